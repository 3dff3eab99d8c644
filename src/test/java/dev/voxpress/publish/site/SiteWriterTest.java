package dev.voxpress.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Episode;

class SiteWriterTest {
    @TempDir
    Path temp;

    private SiteFixture written() throws IOException {
        SiteFixture f = SiteFixture.copy(temp);
        new SiteWriter().write(f.dir, f.channel, f.episodes);
        return f;
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void writesIndexEpisodeAndEmbedPagesAndAssets() throws IOException {
        SiteFixture f = written();
        for (String path : List.of("index.html", "episodes/harbour-lights.html", "episodes/tea-rooms-and-tides.html",
                "embed/harbour-lights.html", "embed/tea-rooms-and-tides.html", "assets/site.css", "assets/embed.css",
                "assets/player.js")) {
            assertTrue(Files.isRegularFile(f.dir.resolve(path)), path);
        }
        try (var files = Files.walk(f.dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary files left");
        }
    }

    @Test
    void indexListsEpisodesNewestFirstWithSubscribeLinks() throws IOException {
        SiteFixture f = written();
        Document index = parse(f.dir.resolve("index.html"));
        List<String> links = index.select("ol.episodes h3 a").eachAttr("href");
        assertEquals(List.of("episodes/tea-rooms-and-tides.html", "episodes/harbour-lights.html"), links);
        assertEquals("Harbour & Tide <Weekly>", index.selectFirst("h1").text());
        assertEquals("http://127.0.0.1:8080/feed.xml", index.getElementById("feed-url").val());
        Element copy = index.selectFirst("button[data-copy]");
        assertEquals("feed-url", copy.attr("data-copy"));
        assertEquals("feed.xml", index.selectFirst("link[rel=alternate]").attr("href"));
        assertEquals("podcast://127.0.0.1:8080/feed.xml", index.select(".apps a").get(1).attr("href"));
    }

    @Test
    void episodePageHasPlayerControlsAndTranscript() throws IOException {
        SiteFixture f = written();
        Episode e = f.episode(SiteFixture.FIRST);
        Document page = parse(f.dir.resolve("episodes/harbour-lights.html"));
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Harbour lights & the \"night\" ferry <live>", page.selectFirst("h1").text());
        Element audio = page.selectFirst("audio[controls]");
        assertEquals("../audio/harbour-lights.mp3", audio.attr("src"));
        Element track = audio.selectFirst("track");
        assertEquals("../audio/harbour-lights.vtt", track.attr("src"));
        assertEquals("captions", track.attr("kind"));
        assertEquals(2, page.select("button[data-skip]").size());
        assertEquals(List.of("0.75", "1", "1.25", "1.5", "1.75", "2"), page.select("select[data-speed] option").eachAttr("value"));
        assertEquals("https://news.example.org/harbour-lights", page.selectFirst("a:contains(Original article)").attr("href"));

        List<WebVtt.Cue> cues = WebVtt.read(f.dir.resolve(e.vtt()));
        List<Element> sentences = page.select("#transcript a.cue");
        assertEquals(cues.size(), sentences.size());
        assertEquals(8, sentences.size());
        assertEquals("The harbour lights came on at six.", sentences.get(0).text());
        assertEquals(Html.secs(cues.get(3).start()), sentences.get(3).attr("data-start"));
        assertEquals(3, page.select("#transcript p:has(a.cue)").size(), "one paragraph per pause of 0.8 s");
    }

    @Test
    void pagesFollowTheCheckableHtmlRules() throws IOException {
        SiteFixture f = written();
        List<Path> pages = new ArrayList<>();
        try (var files = Files.walk(f.dir)) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        }
        assertEquals(5, pages.size());
        for (Path file : pages) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), file.toString());
            Document page = parse(file);
            String where = f.dir.relativize(file).toString();
            assertEquals(1, page.select("head > meta[charset=utf-8]").size(), where);
            assertFalse(page.title().isBlank(), where);
            assertEquals(1, page.select("main").size(), where);
            Set<String> ids = new HashSet<>();
            for (Element el : page.select("[id]")) assertTrue(ids.add(el.id()), where + ": duplicate id " + el.id());
            for (Element el : page.select("[for], [aria-controls]")) {
                String target = el.hasAttr("for") ? el.attr("for") : el.attr("aria-controls");
                assertNotNull(page.getElementById(target), where + ": " + el.tagName() + " refers to missing id " + target);
            }
            for (Element control : page.select("input, select, textarea")) {
                assertFalse(page.select("label[for=" + control.id() + "]").isEmpty(), where + ": unlabelled " + control);
            }
            for (Element control : page.select("audio, button, a")) {
                assertFalse(control.text().isBlank() && control.attr("aria-label").isBlank(), where + ": no name: " + control);
            }
            for (Element img : page.select("img")) assertTrue(img.hasAttr("alt"), where + ": img without alt");
            for (Element script : page.select("script")) assertTrue(script.hasAttr("src"), where + ": inline script");
            for (Element el : page.getAllElements()) {
                assertFalse(el.hasAttr("style"), where + ": inline style");
                for (Attribute a : el.attributes()) assertFalse(a.getKey().startsWith("on"), where + ": handler " + a);
            }
            // Every relative link points at a file in the folder.
            for (Element el : page.select("[href], [src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.contains(":") || url.startsWith("#")) continue;
                Path target = file.getParent().resolve(url.replaceAll("#.*", "")).normalize();
                assertTrue(Files.isRegularFile(target), where + ": broken link " + url);
            }
        }
    }

    /** HTML Tidy (Debian's {@code tidy}) as an offline HTML5 checker: no errors and no warnings on any page. */
    @Test
    void htmlTidyFindsNothingToReport() throws Exception {
        Path tidy = Path.of("/usr/bin/tidy");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(tidy), "skipped: needs tidy (apt-get install tidy)");
        SiteFixture f = written();
        List<Path> pages = new ArrayList<>();
        try (var files = Files.walk(f.dir)) {
            files.filter(p -> p.toString().endsWith(".html")).forEach(pages::add);
        }
        for (Path page : pages) {
            Process process = new ProcessBuilder(tidy.toString(), "-q", "-e", "--show-warnings", "yes",
                    "--show-info", "yes", "--drop-empty-elements", "no", page.toString()).redirectErrorStream(true).start();
            String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            assertEquals("", report.strip(), f.dir.relativize(page) + ": tidy says");
            assertEquals(0, code, f.dir.relativize(page) + ": tidy exit code");
        }
    }

    @Test
    void embedPageIsCompactAndSmall() throws IOException {
        SiteFixture f = written();
        Path embed = f.dir.resolve("embed/harbour-lights.html");
        Document page = parse(embed);
        assertEquals(1, page.select("audio").size());
        assertTrue(page.select(".transcript").isEmpty());
        assertEquals("../episodes/harbour-lights.html", page.selectFirst(".title a").attr("href"));
        long weight = Files.size(embed) + Files.size(f.dir.resolve("assets/embed.css"))
                + Files.size(f.dir.resolve("assets/player.js"));
        long gzipped = 0;
        for (Path file : List.of(embed, f.dir.resolve("assets/embed.css"), f.dir.resolve("assets/player.js"))) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
                gzip.write(Files.readAllBytes(file));
            }
            gzipped += bytes.size();
        }
        System.out.println("embed page weight without the audio: " + weight + " bytes (" + Files.size(embed)
                + " HTML + embed.css + player.js), " + gzipped + " bytes gzipped");
        assertTrue(weight < 12_000, "embed page weighs " + weight + " bytes");
    }

    @Test
    void rerunWithNothingChangedWritesNothing() throws IOException {
        SiteFixture f = written();
        Path page = f.dir.resolve("episodes/harbour-lights.html");
        Files.setLastModifiedTime(page, FileTime.fromMillis(1_000_000_000_000L));
        SiteWriter.Result again = new SiteWriter().write(f.dir, f.channel, f.episodes);
        assertEquals(0, again.written());
        assertEquals(0, again.deleted());
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(page).toMillis());
    }

    @Test
    void deletesPagesOfEpisodesNoLongerInTheFeed() throws IOException {
        SiteFixture f = written();
        Files.writeString(f.dir.resolve("episodes/unrelated.txt"), "kept");
        SiteWriter.Result result = new SiteWriter().write(f.dir, f.channel, List.of(f.episode(SiteFixture.SECOND)));
        assertEquals(2, result.deleted());
        assertFalse(Files.exists(f.dir.resolve("episodes/harbour-lights.html")));
        assertFalse(Files.exists(f.dir.resolve("embed/harbour-lights.html")));
        assertTrue(Files.exists(f.dir.resolve("episodes/tea-rooms-and-tides.html")));
        assertTrue(Files.exists(f.dir.resolve("episodes/unrelated.txt")));
        assertEquals(1, parse(f.dir.resolve("index.html")).select("ol.episodes > li").size());
    }

    @Test
    void episodeWithoutTranscriptHasNoTranscriptSection() throws IOException {
        SiteFixture f = SiteFixture.copy(temp);
        Episode e = f.episode(SiteFixture.SECOND);
        Episode noVtt = new Episode(e.slug(), e.guid(), e.title(), null, null, e.source(), e.contentHash(), e.voice(),
                e.published(), e.seconds(), e.bytes(), e.audio(), null, null, null, null, null);
        new SiteWriter().write(f.dir, f.channel, List.of(noVtt));
        Document page = parse(f.dir.resolve("episodes/" + e.slug() + ".html"));
        assertTrue(page.select("#transcript, track, .skip").isEmpty());
        assertNotNull(page.selectFirst("audio"));
    }

    @Test
    void aBrokenTranscriptCostsOnlyTheTranscript() throws IOException {
        SiteFixture f = SiteFixture.copy(temp);
        Files.writeString(f.dir.resolve(f.episode(SiteFixture.FIRST).vtt()), "not a transcript");
        new SiteWriter().write(f.dir, f.channel, f.episodes);
        Document page = parse(f.dir.resolve("episodes/harbour-lights.html"));
        assertTrue(page.select("#transcript").isEmpty());
        assertNotNull(page.selectFirst("audio"));
    }

    @Test
    void unsafeSlugIsRefused() throws IOException {
        SiteFixture f = SiteFixture.copy(temp);
        Episode e = f.episode(SiteFixture.SECOND);
        Episode bad = new Episode("../escape", e.guid(), e.title(), null, null, e.source(), e.contentHash(), e.voice(),
                e.published(), e.seconds(), e.bytes(), e.audio(), null, null, null, null, null);
        VoxpressException error = assertThrows(VoxpressException.class,
                () -> new SiteWriter().write(f.dir, f.channel, List.of(bad)));
        assertTrue(error.getMessage().contains("../escape"), error.getMessage());
    }
}
