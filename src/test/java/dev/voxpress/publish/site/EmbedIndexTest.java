package dev.voxpress.publish.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;

/** {@link EmbedIndex}: which article URL leads to which episode, and the bytes of {@code embed/index.json}. */
class EmbedIndexTest {
    private static final Channel CHANNEL = new Channel("Harbour Weekly", "Stories from the coast.", "The Gazette",
            "Ana Editor", "ana@example.org", "en", "News", null, false, null, "https://news.example.org/",
            "https://feed.example.org/pods", "6a1e3b8c-0a4d-5e58-9b1f-2f2d3c4b5a69", 50);

    private static Episode episode(String slug, String title, String link, String source, String published) {
        return new Episode(slug, "urn:uuid:" + slug, title, "About " + title, link, source, "hash-" + slug, "kevin16",
                Instant.parse(published), 12.5, 1000, "audio/" + slug + ".mp3", null, null, null, null, null);
    }

    @Test
    void keysAreTheNormalizedLinkAndSource() {
        Episode harbour = episode("harbour", "Harbour", "HTTPS://News.Example.org/news/harbour/?utm_source=rss",
                "https://news.example.org/news/harbour?id=7#top", "2025-03-01T08:00:00Z");
        Map<String, EmbedIndex.Entry> entries = EmbedIndex.entries(CHANNEL, List.of(harbour));
        EmbedIndex.Entry entry = new EmbedIndex.Entry("harbour", "https://feed.example.org/pods/embed/harbour.html", "Harbour");
        assertEquals(Map.of("https://news.example.org/news/harbour", entry,
                "https://news.example.org/news/harbour?id=7", entry), entries);
    }

    @Test
    void aLocalFileOrNoLinkGivesNoKey() {
        Episode local = episode("local", "Local", null, "seeds/local.html", "2025-03-01T08:00:00Z");
        Episode same = episode("same", "Same", "https://news.example.org/same", "https://news.example.org/same/",
                "2025-03-01T08:00:00Z");
        assertEquals(List.of("https://news.example.org/same"),
                List.copyOf(EmbedIndex.entries(CHANNEL, List.of(local, same)).keySet()));
    }

    @Test
    void theNewestEpisodeWinsASharedUrl() {
        Episode old = episode("tides-1", "Tides", "https://news.example.org/tides", null, "2025-03-01T08:00:00Z");
        Episode renarrated = episode("tides-2", "Tides again", "https://news.example.org/tides/", null, "2025-03-08T08:00:00Z");
        for (List<Episode> order : List.of(List.of(old, renarrated), List.of(renarrated, old))) {
            assertEquals("tides-2", EmbedIndex.entries(CHANNEL, order).get("https://news.example.org/tides").slug());
        }
    }

    @Test
    void theFileIsSortedJsonTheSameForTheSameEpisodes() throws Exception {
        Episode b = episode("b-story", "B \"story\" & <more>", "https://news.example.org/b", null, "2025-03-02T08:00:00Z");
        Episode a = episode("a-story", "Ä story", "https://news.example.org/a", null, "2025-03-01T08:00:00Z");
        byte[] json = EmbedIndex.json(CHANNEL, List.of(b, a));
        assertArrayEquals(json, EmbedIndex.json(CHANNEL, List.of(a, b)));
        assertEquals("{\"episodes\":{"
                + "\"https://news.example.org/a\":{\"slug\":\"a-story\",\"embed\":\"https://feed.example.org/pods/embed/a-story.html\",\"title\":\"Ä story\"},"
                + "\"https://news.example.org/b\":{\"slug\":\"b-story\",\"embed\":\"https://feed.example.org/pods/embed/b-story.html\",\"title\":\"B \\\"story\\\" & <more>\"}"
                + "},\"version\":1}", new String(json, StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("B \"story\" & <more>", root.path("episodes").path("https://news.example.org/b").path("title").asText());
    }

    @Test
    void noEpisodesIsAnEmptyIndex() {
        assertEquals("{\"episodes\":{},\"version\":1}", new String(EmbedIndex.json(CHANNEL, List.of()), StandardCharsets.UTF_8));
    }
}
