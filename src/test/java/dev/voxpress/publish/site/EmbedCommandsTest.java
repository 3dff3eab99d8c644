package dev.voxpress.publish.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;

/** {@code voxpress embed-code} and {@code voxpress embed} through the command line. */
class EmbedCommandsTest {
    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private SiteFixture feed() throws IOException {
        SiteFixture f = SiteFixture.copy(Files.createDirectories(temp.resolve("feed")));
        new SiteWriter().write(f.dir, f.channel, f.episodes);
        return f;
    }

    @Test
    void embedCodePrintsTheSnippet() throws IOException {
        SiteFixture f = feed();
        Run run = run("embed-code", "harbour-lights", "--feed", f.dir.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(EmbedCode.snippet("http://127.0.0.1:8080/", "harbour-lights",
                f.episode(SiteFixture.FIRST).title()) + System.lineSeparator(), run.out());
        assertTrue(run.out().contains("src=\"http://127.0.0.1:8080/embed/harbour-lights.html\""));
        assertTrue(run.out().contains("height=\"90\""));
        Run other = run("embed-code", "tea-rooms-and-tides", "--feed", f.dir.toString(), "--base-url", "https://pods.example.org/");
        assertTrue(other.out().contains("src=\"https://pods.example.org/embed/tea-rooms-and-tides.html\""), other.out());
    }

    @Test
    void embedCodeWithoutASlugPrintsTheSiteWideSnippet() throws IOException {
        SiteFixture f = feed();
        Run run = run("embed-code", "--feed", f.dir.toString());
        assertEquals(0, run.code(), run.err());
        String nl = System.lineSeparator();
        assertEquals("<div data-voxpress data-height=\"90\" data-width=\"100%\"></div>\n"
                + "<script src=\"http://127.0.0.1:8080/voxpress.js\" async></script>" + nl, run.out());
        assertEquals("A template with the ElevenLabs AudioNative widget needs one change: its <script src> becomes "
                + "http://127.0.0.1:8080/voxpress.js; the <div> stays." + nl, run.err());

        Run elevenlabs = run("embed-code", "--elevenlabs", "--feed", f.dir.toString(), "--base-url", "https://pods.example.org/a&b");
        assertEquals(0, elevenlabs.code(), elevenlabs.err());
        assertEquals("<div id=\"elevenlabs-audionative-widget\" data-height=\"90\" data-width=\"100%\"></div>\n"
                + "<script src=\"https://pods.example.org/a&amp;b/voxpress.js\" async></script>" + nl, elevenlabs.out());
    }

    @Test
    void theSiteWideSnippetNeedsNoFeedFolderWithABaseUrl() {
        Run run = run("embed-code", "--feed", temp.resolve("none").toString(), "--base-url", "https://pods.example.org");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("<script src=\"https://pods.example.org/voxpress.js\" async></script>"), run.out());
        Run none = run("embed-code", "--feed", temp.resolve("none").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no feed.xml"), none.err());
    }

    @Test
    void embedCodeForAnUnknownEpisodeSaysWhichThereAre() throws IOException {
        SiteFixture f = feed();
        Run run = run("embed-code", "nope", "--feed", f.dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no episode \"nope\"") && run.err().contains("harbour-lights"), run.err());
        Run none = run("embed-code", "nope", "--feed", temp.resolve("empty").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no feed.xml"), none.err());
    }

    @Test
    void embedFindsTheEpisodeByTheCanonicalLinkAndReplacesTheWidget() throws IOException {
        SiteFixture f = feed();
        Path page = temp.resolve("article.html");
        byte[] original = (WidgetReplacerTest.BEFORE + WidgetReplacerTest.WIDGET + WidgetReplacerTest.AFTER)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(page, original);
        Path out = temp.resolve("out.html");
        Run run = run("embed", page.toString(), "--feed", f.dir.toString(), "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("replaced the ElevenLabs widget"), run.err());
        String snippet = EmbedCode.snippet("http://127.0.0.1:8080/", "harbour-lights", f.episode(SiteFixture.FIRST).title());
        assertArrayEquals((WidgetReplacerTest.BEFORE + snippet + WidgetReplacerTest.AFTER).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out));
        assertArrayEquals(original, Files.readAllBytes(page), "the input is untouched with -o");

        Run inPlace = run("embed", page.toString(), "--episode", "tea-rooms-and-tides", "--feed", f.dir.toString());
        assertEquals(0, inPlace.code(), inPlace.err());
        assertTrue(Files.readString(page).contains("embed/tea-rooms-and-tides.html"));
    }

    @Test
    void noInsertLeavesAPageWithoutTheWidgetAloneAndSaysSo() throws IOException {
        SiteFixture f = feed();
        Path page = temp.resolve("plain.html");
        byte[] original = (WidgetReplacerTest.BEFORE + WidgetReplacerTest.AFTER).getBytes(StandardCharsets.UTF_8);
        Files.write(page, original);
        Run run = run("embed", page.toString(), "--episode", "harbour-lights", "--feed", f.dir.toString(), "--no-insert");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no ElevenLabs AudioNative widget"), run.err());
        assertArrayEquals(original, Files.readAllBytes(page));
        Run insert = run("embed", page.toString(), "--episode", "harbour-lights", "--feed", f.dir.toString(), "-o", "-");
        assertEquals(0, insert.code(), insert.err());
        assertTrue(insert.out().contains("<iframe class=\"voxpress-player\""), insert.out());
        assertTrue(insert.err().contains("before the article body"), insert.err());
    }

    @Test
    void anUnpublishedArticleNeedsNarrate() throws IOException {
        SiteFixture f = feed();
        Path page = temp.resolve("new.html");
        Files.writeString(page, "<html><head><title>Something new</title></head><body><article><h1>Something new</h1>"
                + "<p>Text.</p></article></body></html>");
        Run run = run("embed", page.toString(), "--feed", f.dir.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no episode in") && run.err().contains("--narrate"), run.err());
    }

    @Test
    void narrateNarratesAndPublishesTheArticleFirst() throws IOException {
        Path page = temp.resolve("story.html");
        Files.writeString(page, "<html lang=\"en\"><head><title>Harbour Reopens | The Daily</title></head><body>"
                + "<article><h1>Harbour Reopens</h1><div id=\"elevenlabs-audionative-widget\" data-height=\"90\">"
                + "Loading the Elevenlabs Text to Speech AudioNative Player...</div>"
                + "<script src=\"https://elevenlabs.io/player/audioNativeHelper.js\" type=\"text/javascript\"></script>"
                + "<p>The harbour reopened on Monday after a month of repairs to the old sea wall.</p>"
                + "<p>Fishing boats were the first to sail out, the harbour master said.</p></article></body></html>");
        Path feed = temp.resolve("newfeed");
        Run run = run("embed", page.toString(), "--feed", feed.toString(), "--narrate", "-o", temp.resolve("out.html").toString());
        assertEquals(0, run.code(), run.err());
        String out = Files.readString(temp.resolve("out.html"));
        assertTrue(out.contains("/embed/harbour-reopens.html"), out);
        assertTrue(!out.contains("elevenlabs.io"), out);
        assertTrue(Files.exists(feed.resolve("audio/harbour-reopens.mp3")));
        assertTrue(Files.exists(feed.resolve("embed/harbour-reopens.html")));
    }
}
