package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

/** What must hold of a feed folder at any moment, even right after a run was killed. */
final class FeedInvariants {
    private FeedInvariants() {
    }

    /** Checks the folder; returns the number of episodes in the feed (0 when there is no feed yet). */
    static int check(Path feed, String baseUrl) throws Exception {
        Path xml = feed.resolve("feed.xml");
        Manifest manifest = Manifest.read(feed).orElse(null);
        if (manifest != null) {
            for (Episode episode : manifest.episodes()) {
                for (String file : new String[] {episode.audio(), episode.vtt(), episode.srt(), episode.chapters()}) {
                    if (file != null) assertTrue(Files.exists(feed.resolve(file)), "manifest names a missing file " + file);
                }
            }
        }
        if (!Files.exists(xml)) return 0;
        Channel channel = (Channel) new WireFeedInput().build(new File(xml.toString()));
        Set<String> guids = new HashSet<>();
        for (Item item : channel.getItems()) {
            assertTrue(guids.add(item.getGuid().getValue()), "duplicate GUID " + item.getGuid().getValue());
            var enclosure = item.getEnclosures().get(0);
            Path audio = feed.resolve(enclosure.getUrl().substring(baseUrl.length()));
            assertTrue(Files.exists(audio), "feed names a missing file " + audio);
            assertEquals(Files.size(audio), enclosure.getLength(), "enclosure length of " + audio);
        }
        return channel.getItems().size();
    }
}
