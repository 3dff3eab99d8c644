package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/** Text dumps of other sites than the seed's: lines are classified by shape and position, not by known phrases. */
class TextCleanerTest {
    private static Article clean(String text) {
        return new TextCleaner().clean(new LoadedSource("dump", null, MediaType.TEXT, text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void newsDumpWithBylineDateCaptionAndRelatedLinks() throws IOException {
        Article a = clean(new String(SeedTest.resource("dump-news.txt"), StandardCharsets.UTF_8));
        assertEquals("Scientists find water ice in a shadowed lunar crater", a.title());
        assertEquals("Orbiter data suggest the ice could supply future crewed missions near the south pole.", a.standfirst());
        assertEquals("Jane Smith", a.byline());
        List<Block.Type> types = a.blocks().stream().map(Block::type).toList();
        assertEquals(List.of(Block.Type.PARAGRAPH, Block.Type.PARAGRAPH, Block.Type.PARAGRAPH, Block.Type.HEADING,
                Block.Type.PARAGRAPH, Block.Type.PARAGRAPH), types);
        for (String junk : List.of("Advertisement", "Related", "Share", "caption", "NASA", "Copyright", "Published")) {
            assertFalse(a.text().contains(junk), junk);
        }
    }

    @Test
    void dumpWithoutStandfirst() {
        Article a = clean("""
                Home
                Blog
                About
                Why we moved our build to a single machine
                Posted on 3 May 2023
                We ran our continuous integration on a fleet of small virtual machines for five years.
                Last spring we moved it all to one large server, and the builds got faster and cheaper.
                This post explains how, and what we would do differently next time.
                Comments
                Leave a reply
                """);
        assertEquals("Why we moved our build to a single machine", a.title());
        assertNull(a.standfirst());
        assertEquals(3, a.blocks().size());
    }

    @Test
    void aTextOpeningWithOneWordHasThatWordForTitle() {
        Article a = clean("Obituaries\n\nThe town mourns Ada Price, who ran the bakery on Main Street for forty"
                + " years.\n");
        assertEquals("Obituaries", a.title());
        CleanException e = assertThrows(CleanException.class, () -> clean("fbpx\n\nThe town mourns Ada Price, who ran"
                + " the bakery on Main Street for forty years.\n"));
        assertEquals("dump: no title found", e.getMessage());
    }

    @Test
    void dumpWithNoProseIsNoArticle() {
        CleanException e = assertThrows(CleanException.class, () -> clean("Home\nNews\nSport\nWeather\nLog in\n"));
        assertEquals("dump: no readable article found", e.getMessage());
    }
}
