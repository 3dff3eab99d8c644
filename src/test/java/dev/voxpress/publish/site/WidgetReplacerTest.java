package dev.voxpress.publish.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class WidgetReplacerTest {
    static final String SNIPPET = EmbedCode.snippet("https://pods.example.org/", "harbour-lights",
            "Harbour lights & the \"night\" ferry — café");

    /** The page before the widget: odd but valid markup that a re-serializer would change. */
    static final String BEFORE = "<!doctype html>\r\n<HTML lang=en-GB>\r\n<head>\r\n<meta charset=\"utf-8\">\r\n"
            + "<title>Harbour lights &amp; the ferry – Gazette</title>\r\n"
            + "<link rel=canonical href='https://news.example.org/harbour-lights'>\r\n"
            + "<style>p{margin:0}  /* keep   me */</style>\r\n</head>\r\n<body class=\"post  single\">\r\n"
            + "<!-- header starts -->\r\n<nav><a href=/>Home</a> | <A HREF=\"/news\">News</A></nav>\r\n"
            + "<article>\r\n  <h1 class='headline'>Harbour lights &amp; the ferry</h1>\r\n"
            + "  <p class=byline>By Sam Writer<br/>1&nbsp;March</p>\r\n\t";
    /** The widget exactly as ElevenLabs hands it out, loader script included. */
    static final String WIDGET = "<div id=\"elevenlabs-audionative-widget\" data-height=\"90\" data-width=\"100%\" "
            + "data-frameborder=\"no\" data-scrolling=\"no\" data-publicuserid=\"2be4d6242c862832d6b47ec70f7d7daf\" "
            + "data-playerurl=\"https://elevenlabs.io/player/index.html\" data-projectid=\"N6yVs0fxb7RGLHGXjKsT\" >"
            + "Loading the <a href=\"https://elevenlabs.io/text-to-speech\" target=\"_blank\" rel=\"noopener\">Elevenlabs "
            + "Text to Speech</a> AudioNative Player...</div>\r\n  <script src=\"https://elevenlabs.io/player/audioNativeHelper.js\" "
            + "type=\"text/javascript\"></script>";
    static final String AFTER = "\r\n  <div class=\"entry-content\">\r\n    <p>The harbour lights came on at six —"
            + " «ça va» 🚢.<p>Unclosed paragraph <b><i>mis-nested</b></i>\r\n    <img src=x.jpg alt=\"\">\r\n"
            + "  </div>\r\n</article>\r\n<script>var x = 1 < 2 && \"</div>\";</script>\r\n</body>\r\n</html>\r\n";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void replacesTheWidgetAndItsLoaderKeepingEveryOtherByte() {
        byte[] page = utf8(BEFORE + WIDGET + AFTER);
        WidgetReplacer.Result result = new WidgetReplacer().apply("page.html", page, SNIPPET, true).orElseThrow();
        assertEquals(WidgetReplacer.Action.REPLACED, result.action());
        assertArrayEquals(utf8(BEFORE + SNIPPET + AFTER), result.page());

        Document before = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        Document after = Jsoup.parse(new String(result.page(), StandardCharsets.UTF_8));
        assertTrue(after.select("#elevenlabs-audionative-widget, script[src*=elevenlabs]").isEmpty());
        assertEquals("https://pods.example.org/embed/harbour-lights.html", after.selectFirst("iframe.voxpress-player").attr("src"));
        assertEquals("Listen: Harbour lights & the \"night\" ferry — café", after.selectFirst("iframe").attr("title"));
        // Every element that was not part of the widget is still there, unchanged.
        assertEquals(before.getAllElements().size() - 3 + 1, after.getAllElements().size());
        assertEquals(before.select("article .entry-content").outerHtml(), after.select("article .entry-content").outerHtml());
        assertEquals(before.head().outerHtml(), after.head().outerHtml());
    }

    @Test
    void aLoaderElsewhereIsRemovedToo() {
        String loader = "<script src=\"https://elevenlabs.io/player/audioNativeHelper.js\" type=\"text/javascript\"></script>";
        String div = WIDGET.substring(0, WIDGET.indexOf("</div>") + 6);
        String end = "</body>";
        String tail = AFTER.substring(0, AFTER.indexOf(end));
        String page = BEFORE + div + tail + loader + AFTER.substring(AFTER.indexOf(end));
        byte[] out = new WidgetReplacer().apply("p", utf8(page), SNIPPET, true).orElseThrow().page();
        assertEquals(BEFORE + SNIPPET + tail + AFTER.substring(AFTER.indexOf(end)), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void bytesInOtherEncodingsAndInvalidSequencesSurvive() {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        byte[] latin1 = "<html><head><meta charset=iso-8859-1><title>Caf\u00e9</title></head><body><p>na\u00efve \u00bd"
                .getBytes(StandardCharsets.ISO_8859_1);
        page.writeBytes(latin1);
        page.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\r', '\n'});
        page.writeBytes(utf8(WIDGET));
        byte[] tail = "<p>\u00e0 bient\u00f4t</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        page.writeBytes(tail);
        byte[] out = new WidgetReplacer().apply("p", page.toByteArray(), SNIPPET, true).orElseThrow().page();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(latin1);
        expected.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\r', '\n'});
        expected.writeBytes(SNIPPET.getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(tail);
        assertArrayEquals(expected.toByteArray(), out);
    }

    @Test
    void withoutAWidgetThePlayerGoesBeforeTheArticleBody() {
        String page = BEFORE + AFTER;
        WidgetReplacer.Result result = new WidgetReplacer().apply("p", utf8(page), SNIPPET, true).orElseThrow();
        assertEquals(WidgetReplacer.Action.INSERTED, result.action());
        int at = AFTER.indexOf("<div class=\"entry-content\">");
        assertEquals(BEFORE + AFTER.substring(0, at) + SNIPPET + "\n" + AFTER.substring(at),
                new String(result.page(), StandardCharsets.UTF_8));
        assertTrue(result.where().contains("article body"), result.where());
    }

    @Test
    void withoutABodyClassItGoesAfterTheHeadline() {
        String page = "<html><body><article><h1>Title</h1><p>Text.</p></article></body></html>";
        byte[] out = new WidgetReplacer().apply("p", utf8(page), SNIPPET, true).orElseThrow().page();
        assertEquals("<html><body><article><h1>Title</h1>" + SNIPPET + "\n<p>Text.</p></article></body></html>",
                new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void noInsertLeavesAPageWithoutAWidgetAlone() {
        Optional<WidgetReplacer.Result> result = new WidgetReplacer().apply("p", utf8(BEFORE + AFTER), SNIPPET, false);
        assertFalse(result.isPresent());
    }

    @Test
    void runningAgainUpdatesOurPlayerInPlace() {
        byte[] once = new WidgetReplacer().apply("p", utf8(BEFORE + WIDGET + AFTER), SNIPPET, true).orElseThrow().page();
        WidgetReplacer.Result twice = new WidgetReplacer().apply("p", once, SNIPPET, false).orElseThrow();
        assertEquals(WidgetReplacer.Action.UPDATED, twice.action());
        assertArrayEquals(once, twice.page());
        String other = EmbedCode.snippet("https://pods.example.org/", "tea-rooms", "Tea");
        byte[] changed = new WidgetReplacer().apply("p", once, other, false).orElseThrow().page();
        assertArrayEquals(utf8(BEFORE + other + AFTER), changed);
    }
}
