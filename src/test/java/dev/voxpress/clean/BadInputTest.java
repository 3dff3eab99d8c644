package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.voxpress.Patience;
import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/**
 * Bad pages end with one line naming the page and the reason: never a hang, a stack overflow or running out of memory.
 * The timeouts are only a safety net against a hang ({@link Patience}); how fast the cleaner is belongs to bench/.
 */
class BadInputTest {
    private static final Cleaner CLEANER = new ArticleCleaner();

    private static CleanException refused(MediaType type, byte[] body) {
        CleanException e = assertTimeoutPreemptively(Patience.SAFETY_NET,
                () -> assertThrows(CleanException.class, () -> CLEANER.clean(new LoadedSource("page", null, type, body, null))));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("page: "), e.getMessage());
        return e;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyPages() {
        assertEquals("page: empty file", refused(MediaType.HTML, new byte[0]).getMessage());
        refused(MediaType.HTML, utf8("   \n  "));
        refused(MediaType.HTML, utf8("<html><head><title>x</title></head><body></body></html>"));
        assertEquals("page: empty file", refused(MediaType.TEXT, new byte[0]).getMessage());
    }

    @Test
    void homePageIsNoArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>News</title></head><body><nav><a href=/>Home</a></nav><main>");
        for (int i = 0; i < 40; i++) {
            html.append("<div class=card><h3><a href=/story").append(i).append(">Headline number ").append(i)
                    .append(" about the day's events</a></h3><a href=/section>Section</a></div>");
        }
        html.append("</main></body></html>");
        assertEquals("page: no readable article found", refused(MediaType.HTML, utf8(html.toString())).getMessage());
    }

    @Test
    void loginWallIsNoArticle() {
        String html = "<html><head><title>Sign in</title></head><body><h1>Sign in to continue</h1><form><label>Email "
                + "<input name=email></label><label>Password <input type=password></label><button>Sign in</button></form>"
                + "<p><a href=/forgot>Forgot your password?</a></p></body></html>";
        assertEquals("page: no readable article found", refused(MediaType.HTML, utf8(html)).getMessage());
    }

    @Test
    void binaryBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertEquals("page: binary content, not text", refused(MediaType.HTML, png).getMessage());
        assertEquals("page: binary content, not text", refused(MediaType.TEXT, png).getMessage());
    }

    @Test
    void fiftyMegabytePageIsRefused() {
        byte[] body = new byte[50 * 1024 * 1024];
        byte[] para = utf8("<p>Some words that repeat, again and again, to fill the page.</p>\n");
        for (int i = 0; i < body.length; i++) body[i] = para[i % para.length];
        assertTrue(refused(MediaType.HTML, body).getMessage().contains("too large"));
    }

    @Test
    void hundredThousandLevelsOfNesting() {
        for (String tag : new String[] {"div", "span", "blockquote", "table", "sup"}) {
            StringBuilder html = new StringBuilder("<html><body>");
            for (int i = 0; i < 100_000; i++) html.append('<').append(tag).append('>');
            html.append("deep");
            Article a = assertTimeoutPreemptively(Patience.SAFETY_NET, () -> {
                try {
                    return CLEANER.clean(new LoadedSource("page", null, MediaType.HTML, utf8(html.toString()), null));
                } catch (CleanException e) {
                    assertFalse(e.getMessage().contains("\n"));
                    return null;
                }
            }, tag);
            if (a != null) assertTrue(a.text().length() < 100);
        }
    }

    @Test
    void deepNestingAroundARealArticleStillFindsIt() {
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < 100_000; i++) html.append("<div>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>This paragraph of the article sits very deep in the page, and it still has to be read aloud.</p>");
        }
        Article a = assertTimeoutPreemptively(Patience.SAFETY_NET,
                () -> CLEANER.clean(new LoadedSource("page", null, MediaType.HTML, utf8(html.toString()), null)));
        assertEquals(5, a.blocks().size());
    }

    @Test
    void brokenCharsets() {
        // A charset the JVM does not know: the page is still read (as UTF-8), not an error.
        String article = "<p>" + "A sentence of the article, long enough to be read aloud by the narrator. ".repeat(5) + "</p>";
        Article a = CLEANER.clean(new LoadedSource("page", null, MediaType.HTML,
                utf8("<html><head><meta charset=\"x-no-such-charset\"><title>T</title></head><body>" + article + "</body></html>"), null));
        assertEquals(1, a.blocks().size());
        // Bytes that are not text in the declared charset at all.
        byte[] garbage = new byte[4000];
        for (int i = 0; i < garbage.length; i++) garbage[i] = (byte) (0x80 + (i * 7) % 0x7f);
        byte[] head = utf8("<html><head><meta charset=\"utf-8\"></head><body><p>");
        byte[] body = new byte[head.length + garbage.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(garbage, 0, body, head.length, garbage.length);
        refused(MediaType.HTML, body);
        // A text dump that is not UTF-8.
        assertEquals("page: not valid UTF-8 text", refused(MediaType.TEXT, garbage).getMessage());
    }
}
