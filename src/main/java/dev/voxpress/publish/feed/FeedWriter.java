package dev.voxpress.publish.feed;

import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Duration;
import com.rometools.modules.itunes.types.Subcategory;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Image;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;

/**
 * Writes the podcast's RSS 2.0 feed with Rome: what Apple Podcasts and Spotify require and recommend (the
 * iTunes namespace), and the Podcast Index namespace for the channel GUID, transcripts and chapters.
 */
public final class FeedWriter {
    /** The generator named in the feed. */
    public static final String GENERATOR = "voxpress";
    /** The feed's file name in the feed folder. */
    public static final String FEED_FILE = "feed.xml";

    /**
     * The feed as XML text. Episodes are listed newest first; the output depends only on the arguments, so
     * that an unchanged podcast gives a byte-identical feed.
     */
    public String write(Channel channel, List<Episode> episodes) {
        List<Episode> newestFirst = new ArrayList<>(episodes);
        newestFirst.sort(Comparator.comparing(Episode::published).reversed().thenComparing(Episode::slug));

        com.rometools.rome.feed.rss.Channel rss = new com.rometools.rome.feed.rss.Channel("rss_2.0");
        rss.setTitle(xmlSafe(channel.title()));
        rss.setLink(channel.link() != null ? channel.link() : channel.baseUrl());
        rss.setDescription(xmlSafe(orDefault(channel.description(), channel.title())));
        rss.setLanguage(orDefault(channel.language(), "en"));
        rss.setGenerator(GENERATOR);
        if (!newestFirst.isEmpty()) {
            Date latest = Date.from(newestFirst.get(0).published());
            rss.setLastBuildDate(latest);
            rss.setPubDate(latest);
        }
        String artworkUrl = channel.artwork() == null ? null : channel.url(channel.artwork());
        if (artworkUrl != null) {
            Image image = new Image();
            image.setUrl(artworkUrl);
            image.setTitle(rss.getTitle());
            image.setLink(rss.getLink());
            image.setWidth(null);
            image.setHeight(null);
            rss.setImage(image);
        }

        FeedInformationImpl itunes = new FeedInformationImpl();
        itunes.setAuthor(xmlSafe(orDefault(channel.author(), channel.title())));
        itunes.setSummary(rss.getDescription());
        itunes.setExplicit(channel.explicit());
        itunes.setType("episodic");
        itunes.setOwnerName(xmlSafe(orDefault(channel.ownerName(), itunes.getAuthor())));
        if (channel.ownerEmail() != null) itunes.setOwnerEmailAddress(channel.ownerEmail());
        if (artworkUrl != null) itunes.setImageUri(artworkUrl);
        Category category = new Category(orDefault(channel.category(), "News"));
        if (channel.subcategory() != null) category.setSubcategory(new Subcategory(channel.subcategory()));
        itunes.setCategories(List.of(category));

        PodcastIndex podcast = new PodcastIndex();
        podcast.setGuid(channel.guid());
        podcast.setLocked(Boolean.FALSE);
        if (channel.ownerEmail() != null) podcast.setLockedOwner(channel.ownerEmail());
        AtomLinkModuleImpl atom = new AtomLinkModuleImpl();
        Link self = new Link();
        self.setHref(channel.url(FEED_FILE));
        self.setRel("self");
        self.setType("application/rss+xml");
        atom.setLinks(List.of(self));
        rss.setModules(new ArrayList<>(List.<Module>of(itunes, podcast, atom)));

        List<Item> items = new ArrayList<>();
        for (Episode episode : newestFirst) items.add(item(channel, episode));
        rss.setItems(items);

        try {
            Document document = new WireFeedOutput().outputJDom(rss);
            removeEmptyElements(document.getRootElement());
            Format format = Format.getPrettyFormat().setEncoding("UTF-8");
            StringWriter out = new StringWriter();
            new XMLOutputter(format).output(document, out);
            return out.toString();
        } catch (FeedException | java.io.IOException e) {
            throw new VoxpressException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    /**
     * Rome writes some optional elements even when they have no value ({@code itunes:email},
     * {@code itunes:keywords}); podcast directories flag empty ones, so they go.
     */
    private static void removeEmptyElements(Element element) {
        element.getChildren().removeIf(child -> {
            removeEmptyElements(child);
            return child.getChildren().isEmpty() && child.getTextTrim().isEmpty() && child.getAttributes().isEmpty()
                    && !child.getName().equals("description");
        });
    }

    /**
     * Drops what XML 1.0 cannot hold (control characters, unpaired surrogates, U+FFFE and U+FFFF), which an
     * article's text may carry and which would make the whole feed unreadable.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok && out == null) out = new StringBuilder(text.substring(0, i));
            if (ok && out != null) out.appendCodePoint(c);
            i += n;
        }
        return out == null ? text : out.toString();
    }

    private static Item item(Channel channel, Episode episode) {
        Item item = new Item();
        item.setTitle(xmlSafe(episode.title()));
        item.setLink(xmlSafe(episode.link() != null ? episode.link() : channel.url("episodes/" + episode.slug() + ".html")));
        Description description = new Description();
        description.setType("text/plain");
        description.setValue(xmlSafe(orDefault(episode.description(), episode.title())));
        item.setDescription(description);
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(episode.guid());
        item.setGuid(guid);
        item.setPubDate(Date.from(episode.published()));

        Enclosure enclosure = new Enclosure();
        enclosure.setUrl(channel.url(episode.audio()));
        enclosure.setLength(episode.bytes());
        enclosure.setType("audio/mpeg");
        item.setEnclosures(List.of(enclosure));

        EntryInformationImpl itunes = new EntryInformationImpl();
        itunes.setTitle(item.getTitle());
        itunes.setDuration(new Duration(Math.round(episode.seconds() * 1000)));
        itunes.setEpisodeType("full");
        itunes.setExplicit(channel.explicit());
        itunes.setSummary(description.getValue());
        if (episode.byline() != null) itunes.setAuthor(xmlSafe(episode.byline()));
        if (episode.image() != null) itunes.setImageUri(channel.url(episode.image()));

        PodcastIndex podcast = new PodcastIndex();
        String language = orDefault(channel.language(), "en");
        if (episode.vtt() != null) podcast.getTranscripts().add(new PodcastIndex.Link(channel.url(episode.vtt()), "text/vtt", language));
        if (episode.srt() != null) {
            podcast.getTranscripts().add(new PodcastIndex.Link(channel.url(episode.srt()), "application/x-subrip", language));
        }
        if (episode.chapters() != null) {
            podcast.setChapters(new PodcastIndex.Link(channel.url(episode.chapters()), "application/json+chapters", null));
        }
        item.setModules(new ArrayList<>(List.<Module>of(itunes, podcast)));
        return item;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Checks that a base URL is absolute http(s), as podcast apps need. */
    public static void checkBaseUrl(String baseUrl) {
        try {
            URI uri = new URI(baseUrl);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new VoxpressException(baseUrl + ": the base URL must be an absolute http or https URL");
            }
            uri.toURL();
        } catch (java.net.URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new VoxpressException(baseUrl + ": not a valid base URL", e);
        }
    }
}
