package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.FeedInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

import dev.voxpress.VoxpressException;
import dev.voxpress.DecodedMp3;
import dev.voxpress.publish.feed.PodcastIndex;

class PublisherTest {
    static final String BASE = "https://pod.example.org/news/";

    @TempDir
    Path tmp;

    static ChannelSettings settings() {
        return new ChannelSettings().set("base-url", BASE).set("voice", "kevin16").set("title", "Council & <Town> News")
                .set("owner.email", "editor@example.org").set("category", "News").set("subcategory", "Politics");
    }

    static PublishReport publish(Path feed, ChannelSettings settings, String... sources) {
        return new Publisher(new PublishListener() { }).publish(new Publisher.Request(feed, List.of(sources), settings, 20));
    }

    static Channel readFeed(Path feed) throws Exception {
        return (Channel) new WireFeedInput().build(new File(feed.resolve("feed.xml").toString()));
    }

    @Test
    void feedHasWhatPodcastAppsRequire() throws Exception {
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Articles.numbered(articles, 2);
        Path feed = tmp.resolve("feed");
        PublishReport report = publish(feed, settings(), articles.toString());
        assertEquals(2, report.added());
        assertTrue(report.ok(), report.failures().toString());

        Channel channel = readFeed(feed);
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals("Council & <Town> News", channel.getTitle());
        assertEquals("en", channel.getLanguage());
        FeedInformation itunes = (FeedInformation) channel.getModule(ITunes.URI);
        assertNotNull(itunes.getAuthor());
        assertEquals(BASE + "artwork.png", itunes.getImageUri());
        assertEquals("News", itunes.getCategories().get(0).getName());
        assertEquals("Politics", itunes.getCategories().get(0).getSubcategory().getName());
        assertEquals("editor@example.org", itunes.getOwnerEmailAddress());
        assertEquals("episodic", itunes.getType());
        PodcastIndex podcast = (PodcastIndex) channel.getModule(PodcastIndex.URI);
        assertNotNull(podcast.getGuid());
        assertEquals(Boolean.FALSE, podcast.getLocked());
        assertTrue(Files.size(feed.resolve("artwork.png")) < 512 * 1024);

        assertEquals(2, channel.getItems().size());
        for (Item item : channel.getItems()) {
            assertNotNull(item.getGuid().getValue());
            assertFalse(item.getGuid().isPermaLink());
            assertNotNull(item.getPubDate());
            assertFalse(item.getDescription().getValue().isBlank());
            var enclosure = item.getEnclosures().get(0);
            assertEquals("audio/mpeg", enclosure.getType());
            assertTrue(enclosure.getUrl().startsWith(BASE + "audio/"));
            Path audio = feed.resolve(enclosure.getUrl().substring(BASE.length()));
            assertEquals(Files.size(audio), enclosure.getLength());
            EntryInformation entry = (EntryInformation) item.getModule(ITunes.URI);
            assertEquals("full", entry.getEpisodeType());
            double decoded = DecodedMp3.of(audio).seconds();
            assertEquals(decoded, entry.getDuration().getMilliseconds() / 1000.0, 1.0);
        }
        // Newest first: the second file of the folder was published last.
        assertTrue(channel.getItems().get(0).getTitle().contains("Number 2"));
    }

    @Test
    void rerunWithNothingChangedNarratesNothingAndKeepsTheFeed() throws Exception {
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Path feed = tmp.resolve("feed");
        publish(feed, settings(), articles.toString());
        byte[] before = Files.readAllBytes(feed.resolve("feed.xml"));
        long audioModified = Files.getLastModifiedTime(feed.resolve("audio/report-number-1-from-the-council.mp3")).toMillis();

        PublishReport again = publish(feed, settings(), articles.toString());
        assertEquals(0, again.added());
        assertEquals(1, again.unchanged());
        assertEquals(new String(before), Files.readString(feed.resolve("feed.xml")));
        assertEquals(audioModified, Files.getLastModifiedTime(feed.resolve("audio/report-number-1-from-the-council.mp3")).toMillis());
    }

    @Test
    void changedArticleOrVoiceIsRenarratedUnderTheSameGuid() throws Exception {
        Path articles = tmp.resolve("articles");
        Path file = Articles.numbered(articles, 1);
        Path feed = tmp.resolve("feed");
        publish(feed, settings(), articles.toString());
        Item first = readFeed(feed).getItems().get(0);

        Articles.write(articles, file.getFileName().toString(), "Report Number 1 From the Council",
                "The council met on Monday to discuss the budget for the coming year and agreed on most of it.");
        PublishReport changed = publish(feed, settings(), articles.toString());
        assertEquals(1, changed.updated());
        Item second = readFeed(feed).getItems().get(0);
        assertEquals(first.getGuid().getValue(), second.getGuid().getValue());
        assertEquals(first.getPubDate(), second.getPubDate());
        assertEquals(BASE + "audio/report-number-1-from-the-council.2.mp3", second.getEnclosures().get(0).getUrl());
        assertFalse(Files.exists(feed.resolve("audio/report-number-1-from-the-council.mp3")), "old version kept");

        PublishReport revoiced = publish(feed, settings().set("voice", "cmu-slt-hsmm"), articles.toString());
        assertEquals(1, revoiced.updated());
        assertEquals(first.getGuid().getValue(), readFeed(feed).getItems().get(0).getGuid().getValue());
        assertEquals(1, Manifest.read(feed).orElseThrow().episodes().size());
    }

    @Test
    void episodeLimitDropsTheOldestAndTheirFiles() throws Exception {
        Path articles = tmp.resolve("articles");
        for (int i = 1; i <= 3; i++) Articles.numbered(articles, i);
        Path feed = tmp.resolve("feed");
        PublishReport report = publish(feed, settings().set("episode-limit", "2"), articles.toString());
        assertEquals(1, report.dropped());
        Channel channel = readFeed(feed);
        assertEquals(2, channel.getItems().size());
        assertFalse(Files.exists(feed.resolve("audio/report-number-1-from-the-council.mp3")));
        assertTrue(Files.exists(feed.resolve("audio/report-number-3-from-the-council.mp3")));
    }

    @Test
    void textComesThroughIntact() throws Exception {
        Path articles = tmp.resolve("articles");
        String title = "Tom & Jerry's \"<Big>\" Day 🎉 في المدينة";
        Articles.write(articles, "odd.txt", title, "It was a day to remember for everyone in the town.");
        Path feed = tmp.resolve("feed");
        assertTrue(publish(feed, settings(), articles.toString()).ok());
        Item item = readFeed(feed).getItems().get(0);
        assertEquals(title, item.getTitle());
        assertTrue(item.getEnclosures().get(0).getUrl().matches("https://pod\\.example\\.org/news/audio/[a-z0-9-]+\\.mp3"));
    }

    @Test
    void oneBadArticleIsReportedAndTheOthersPublished() throws Exception {
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Files.write(articles.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Path feed = tmp.resolve("feed");
        PublishReport report = publish(feed, settings(), articles.toString());
        assertEquals(1, report.added());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).contains("broken.txt: binary content"), report.failures().toString());
        assertFalse(report.ok());
    }

    @Test
    void aSecondPublishOnTheSameFolderIsRefused() throws Exception {
        Path feed = tmp.resolve("feed");
        Files.createDirectories(feed);
        try (FeedLock held = FeedLock.acquire(feed)) {
            VoxpressException e = assertThrows(VoxpressException.class, () -> publish(feed, settings(), "seeds"));
            assertTrue(e.getMessage().contains("another voxpress publish is running"), e.getMessage());
        }
    }

    @Test
    void guidsAreStableAndDistinct() throws Exception {
        Path articles = tmp.resolve("articles");
        for (int i = 1; i <= 2; i++) Articles.numbered(articles, i);
        Path feedA = tmp.resolve("a");
        Path feedB = tmp.resolve("b");
        publish(feedA, settings(), articles.toString());
        publish(feedB, settings(), articles.toString());
        Map<String, String> a = guids(feedA);
        assertEquals(a, guids(feedB), "same base URL and sources give the same GUIDs");
        assertEquals(2, a.values().stream().distinct().count());
    }

    private static Map<String, String> guids(Path feed) throws IOException {
        return Manifest.read(feed).orElseThrow().episodes().stream()
                .collect(Collectors.toMap(Episode::slug, Episode::guid, (x, y) -> x));
    }
}
