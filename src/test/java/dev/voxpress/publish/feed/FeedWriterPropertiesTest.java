package dev.voxpress.publish.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;

import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;

/** Any text an article can carry comes out of the feed as it went in, through Rome and a strict XML parser. */
class FeedWriterPropertiesTest {
    private static final Channel CHANNEL = new Channel("Pod", "About", "Me", null, null, "en", "News", null, false,
            "artwork.png", null, "https://example.org/", "0b0c1f6e-2d2a-5c3c-9f3e-1b2a3c4d5e6f", 100);

    @Property(tries = 300)
    void titlesAndDescriptionsRoundTrip(@ForAll String title, @ForAll String description) throws Exception {
        Episode episode = new Episode("slug", "guid-1", title, description, null, "src", "hash", "kevin16",
                Instant.parse("2026-11-24T10:00:00Z"), 12.5, 1000, "audio/slug.mp3", null, null, null, null, null);
        String xml = new FeedWriter().write(CHANNEL, List.of(episode));

        DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
        strict.setNamespaceAware(true);
        strict.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        strict.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        var rss = (com.rometools.rome.feed.rss.Channel) new WireFeedInput().build(new StringReader(xml));
        Item item = rss.getItems().get(0);
        String expectedTitle = FeedWriter.xmlSafe(title).strip();
        assertEquals(expectedTitle, item.getTitle() == null ? "" : item.getTitle().strip());
        String expectedDescription = FeedWriter.xmlSafe(description.isBlank() ? title : description).strip();
        assertEquals(expectedDescription, item.getDescription() == null ? "" : item.getDescription().getValue().strip());
    }
}
