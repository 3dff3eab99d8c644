package dev.voxpress.publish.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;

/**
 * {@code embed/index.json}: which episode narrates which article, so that {@code voxpress.js} finds an article's
 * player from any static host, with no voxpress server running. Keys are article URLs as {@link ArticleUrl}
 * normalizes them: each episode's article link and, when different, the URL it was published from.
 *
 * <pre>{@code
 * {"version":1,"episodes":{"https://example.com/news/harbour":{"slug":"harbour","embed":"https://feed.example.com/embed/harbour.html","title":"Harbour"}}}
 * }</pre>
 */
public final class EmbedIndex {
    /** The file, relative to the feed folder. */
    public static final String FILE = "embed/index.json";
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** One entry: the episode's slug, its embed page's absolute URL and its title. */
    public record Entry(String slug, String embed, String title) {
    }

    private EmbedIndex() {
    }

    /** The entries for {@code episodes}, by normalized article URL; the newest episode wins a shared URL. */
    public static Map<String, Entry> entries(Channel channel, List<Episode> episodes) {
        Map<String, Entry> entries = new TreeMap<>();
        List<Episode> oldestFirst = episodes.stream()
                .sorted(java.util.Comparator.comparing(Episode::published).thenComparing(Episode::slug)).toList();
        for (Episode e : oldestFirst) {
            Entry entry = new Entry(e.slug(), EmbedCode.url(channel.baseUrl(), e.slug()), e.title());
            ArticleUrl.normalize(e.source()).ifPresent(url -> entries.put(url, entry));
            ArticleUrl.normalize(e.link()).ifPresent(url -> entries.put(url, entry));
        }
        return entries;
    }

    /** The file's bytes: UTF-8 JSON, the same bytes for the same episodes. */
    public static byte[] json(Channel channel, List<Episode> episodes) {
        Map<String, Object> root = new TreeMap<>();
        root.put("version", 1);
        root.put("episodes", entries(channel, episodes));
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + FILE, e);
        }
    }
}
