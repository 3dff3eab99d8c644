package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.voxpress.publish.site.EmbedIndex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

/** What must hold of a feed folder at any moment, even right after a run was killed or hit a full disk. */
final class FeedInvariants {
    /** Attributes through which a page loads or links to a file of the folder. */
    private static final String LOCAL_REFERENCES = "a[href], link[href], script[src], audio[src], source[src], track[src], img[src]";

    private FeedInvariants() {
    }

    /**
     * Checks the folder: the manifest and {@code feed.xml} name only files that exist (every URL under the base URL,
     * not only enclosures), enclosure lengths are right, GUIDs are unique, and the pages link only to files that
     * exist, and {@code embed/index.json} names only embed pages that exist. Returns the number of episodes in the
     * feed (0 when there is no feed yet, or no folder: a run killed before it made one).
     */
    static int check(Path feed, String baseUrl) throws Exception {
        if (!Files.exists(feed)) return 0;
        Manifest manifest = Manifest.read(feed).orElse(null);
        if (manifest != null) {
            for (Episode episode : manifest.episodes()) {
                for (String file : Publisher.files(episode)) {
                    assertTrue(Files.exists(feed.resolve(file)), "manifest names a missing file " + file);
                }
            }
        }
        checkPages(feed);
        checkEmbedIndex(feed);
        Path xml = feed.resolve("feed.xml");
        if (!Files.exists(xml)) return 0;
        for (String url : urlsUnder(Files.readString(xml), baseUrl)) {
            Path file = feed.resolve(url.substring(baseUrl.length()));
            assertTrue(url.equals(baseUrl) || Files.exists(file), "feed.xml names a missing file " + url);
        }
        Channel channel = (Channel) new WireFeedInput().build(new File(xml.toString()));
        Set<String> guids = new LinkedHashSet<>();
        for (Item item : channel.getItems()) {
            assertTrue(guids.add(item.getGuid().getValue()), "duplicate GUID " + item.getGuid().getValue());
            var enclosure = item.getEnclosures().get(0);
            Path audio = feed.resolve(enclosure.getUrl().substring(baseUrl.length()));
            assertEquals(Files.size(audio), enclosure.getLength(), "enclosure length of " + audio);
        }
        return channel.getItems().size();
    }

    /** The GUIDs of the episodes {@code feed.xml} names: what podcast apps have seen published. */
    static Set<String> feedGuids(Path feed) throws Exception {
        Path xml = feed.resolve("feed.xml");
        Set<String> guids = new LinkedHashSet<>();
        if (!Files.exists(xml)) return guids;
        Channel channel = (Channel) new WireFeedInput().build(new File(xml.toString()));
        for (Item item : channel.getItems()) guids.add(item.getGuid().getValue());
        return guids;
    }

    /** Files under {@code audio/} and {@code images/} that no episode of the manifest names. */
    static List<Path> orphans(Path feed) throws IOException {
        Set<Path> used = new LinkedHashSet<>();
        Manifest.read(feed).ifPresent(m -> m.episodes().forEach(e -> Publisher.files(e).forEach(f -> used.add(feed.resolve(f)))));
        try (Stream<Path> files = Files.walk(feed)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.startsWith(feed.resolve("audio")) || f.startsWith(feed.resolve("images")))
                    .filter(f -> !used.contains(f)).toList();
        }
    }

    private static Set<String> urlsUnder(String xml, String baseUrl) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher m = Pattern.compile(Pattern.quote(baseUrl) + "[^\"'<\\s]*").matcher(xml);
        while (m.find()) urls.add(m.group().replace("&amp;", "&"));
        return urls;
    }

    private static void checkEmbedIndex(Path feed) throws IOException {
        Path index = feed.resolve(EmbedIndex.FILE);
        if (!Files.exists(index)) return;
        JsonNode episodes = new ObjectMapper().readTree(index.toFile()).path("episodes");
        for (JsonNode entry : episodes) {
            String page = "embed/" + entry.path("slug").asText() + ".html";
            assertTrue(Files.exists(feed.resolve(page)), EmbedIndex.FILE + " names a missing page " + page);
        }
    }

    private static void checkPages(Path feed) throws IOException {
        try (Stream<Path> files = Files.walk(feed, 2)) {
            for (Path page : files.filter(f -> f.getFileName().toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (var element : doc.select(LOCAL_REFERENCES)) {
                    String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    URI uri = URI.create(ref.replace(" ", "%20"));
                    if (uri.getScheme() != null || uri.getPath() == null || uri.getPath().isEmpty()) continue;
                    Path target = page.getParent().resolve(uri.getPath()).normalize();
                    assertTrue(Files.exists(target), feed.relativize(page) + " links to a missing file " + ref);
                }
            }
        }
    }
}
