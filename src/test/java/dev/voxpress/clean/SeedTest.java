package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/** The seed article, through the text path and through an HTML rendition of its page, gives the same article. */
class SeedTest {
    static final String TITLE = "Russia, Ukraine Agree to Prisoner Exchange";
    static final String STANDFIRST = "State of the Union: The talks in Istanbul represent the first direct Russia–Ukraine talks since 2022.";
    static final List<String> OPENINGS = List.of("Russia and Ukraine’s direct talks Friday", "The negotiations lasted for an hour",
            "Most of the talks were inconclusive.", "The two countries also remained intractable", "The meeting represented the first time");
    static final List<String> NEVER = List.of("fbpx", "Politics", "Fellows Program", "Istanbul cityscape", "Spatari", "Getty",
            "Loading", "Elevenlabs", "AudioNative", "Donate", "paywall", "Your support", "×", "©");

    static byte[] resource(String name) throws IOException {
        try (InputStream in = SeedTest.class.getResourceAsStream("/clean/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return in.readAllBytes();
        }
    }

    static void assertSeed(Article a) {
        assertEquals(TITLE, a.title());
        assertEquals(STANDFIRST, a.standfirst());
        assertEquals(5, a.blocks().size(), () -> "blocks: " + a.blocks());
        for (int i = 0; i < 5; i++) {
            Block b = a.blocks().get(i);
            assertEquals(Block.Type.PARAGRAPH, b.type());
            assertEquals(true, b.text().startsWith(OPENINGS.get(i)), b.text());
        }
        String all = a.title() + "\n" + a.standfirst() + "\n" + a.text();
        for (String junk : NEVER) assertFalse(all.contains(junk), () -> "narrated text holds \"" + junk + "\"");
    }

    @Test
    void htmlRenditionGivesTitleStandfirstAndFiveParagraphs() throws IOException {
        Article a = new ArticleCleaner().clean(new LoadedSource("seed-tac.html", null, MediaType.HTML, resource("seed-tac.html"), null));
        assertSeed(a);
        assertEquals("The American Conservative", a.siteName());
        assertEquals("2025-05-16T19:02:11+00:00", a.published());
        assertEquals("en-US", a.language());
        assertEquals("https://www.theamericanconservative.com/russia-ukraine-agree-to-prisoner-exchange/", a.url());
        assertEquals("https://www.theamericanconservative.com/wp-content/uploads/2025/05/istanbul.jpg", a.image());
    }

    @Test
    void textDumpGivesTheSameArticleAsTheHtmlPage() throws IOException {
        Path seed = Path.of("seeds", "000_2cb86b97d415e656.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed dump " + seed + " is absent; skipping");
        Article text = new ArticleCleaner().clean(new LoadedSource("seed", null, MediaType.TEXT, Files.readAllBytes(seed), null));
        assertSeed(text);
        Article html = new ArticleCleaner().clean(new LoadedSource("seed-tac.html", null, MediaType.HTML, resource("seed-tac.html"), null));
        assertEquals(html.blocks(), text.blocks());
        assertEquals(html.standfirst(), text.standfirst());
    }
}
