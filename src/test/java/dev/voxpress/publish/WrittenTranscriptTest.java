package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.publish.site.WebVtt;

/**
 * A real FreeTTS narration of an article full of numbers, abbreviations and a lexicon name: every transcript a
 * person reads (WebVTT, SubRip, chapters, the episode page) shows the article's words, not the engine's.
 */
class WrittenTranscriptTest {
    private static final String TITLE = "Kyiv since 2022: Dr. Smith's $3.5 billion fund";
    private static final String HEADING = "What the 2024 audit found";
    private static final List<String> SENTENCES = List.of(TITLE,
            "Dr. Smith has worked in Kyiv since 2022.", "The fund, worth $3.5 billion, grew 12% last year.",
            HEADING, "On March 3, the U.S. auditors met at 10:30 a.m. in Kyiv.", "They counted 1,250 projects.");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    @TempDir
    Path tmp;

    @Test
    void transcriptsShowTheArticleSentencesTimedByTheSpokenOnes() throws Exception {
        Path article = Files.writeString(tmp.resolve("fund.html"), """
                <!doctype html><html lang="en"><head><title>%s</title></head><body><article><h1>%s</h1>
                <p>%s   %s</p><h2>%s</h2><p>%s
                %s</p></article></body></html>""".formatted(TITLE, TITLE, SENTENCES.get(1), SENTENCES.get(2), HEADING,
                SENTENCES.get(4), SENTENCES.get(5)));
        Path feed = tmp.resolve("feed");
        PublishReport report = PublisherTest.publish(feed, PublisherTest.settings(), article.toString());
        assertTrue(report.ok(), report.failures().toString());

        List<WebVtt.Cue> cues = WebVtt.read(only(feed.resolve("audio"), ".vtt"));
        assertEquals(SENTENCES, cues.stream().map(WebVtt.Cue::text).toList());
        for (int i = 1; i < cues.size(); i++) assertTrue(cues.get(i).start() >= cues.get(i - 1).end(), "cue " + i);
        String srt = Files.readString(only(feed.resolve("audio"), ".srt"));
        List<String> srtTexts = srt.lines().filter(l -> !l.isBlank() && !l.matches("\\d+|.* --> .*")).toList();
        assertEquals(SENTENCES, srtTexts);
        String chapters = Files.readString(only(feed.resolve("audio"), ".chapters.json"));
        assertTrue(chapters.contains("\"title\": \"" + HEADING + "\""), chapters);
        List<String> chapterTitles = titles(chapters);
        assertEquals(List.of(TITLE, HEADING), chapterTitles);
        Element page = Jsoup.parse(only(feed.resolve("episodes"), ".html").toFile());
        List<String> shown = page.select("#transcript a.cue").stream().map(Element::text).toList();
        assertEquals(SENTENCES, shown);

        Set<String> written = tokens(String.join(" ", SENTENCES));
        for (List<String> transcript : List.of(srtTexts, chapterTitles, shown)) {
            Set<String> extra = new TreeSet<>(tokens(String.join(" ", transcript)));
            extra.removeAll(written);
            assertEquals(Set.of(), extra, "words the article does not have");
        }
        Set<String> digits = written.stream().filter(t -> t.matches("\\d+")).collect(Collectors.toSet());
        assertEquals(Set.of("2022", "3", "5", "12", "2024", "10", "30", "1", "250"), digits);
        assertTrue(tokens(String.join(" ", shown)).containsAll(digits), "the page shows the article's numbers");
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new TreeSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private static List<String> titles(String chaptersJson) {
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("\"startTime\"[^}]*\"title\": \"([^\"]*)\"").matcher(chaptersJson);
        while (m.find()) titles.add(m.group(1));
        return titles;
    }

    private static Path only(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), dir + ": " + Arrays.toString(found.toArray()));
            return found.get(0);
        }
    }
}
