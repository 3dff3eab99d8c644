package dev.voxpress.publish.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import dev.voxpress.VoxpressException;

/**
 * What {@code embed} and {@code embed-code} need from a published feed folder, read from its {@code feed.xml}
 * (plain RSS 2.0, so any publisher's feed works): the base URL and, per episode, its slug, title and article link.
 * The slug is the name of the enclosure, {@code audio/<slug>.mp3}; the base URL is what precedes {@code audio/}.
 */
public final class FeedIndex {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** One episode in the feed. */
    public record Item(String slug, String title, String link) {
    }

    private final Path dir;
    private final String title;
    private final String baseUrl;
    private final List<Item> items;

    private FeedIndex(Path dir, String title, String baseUrl, List<Item> items) {
        this.dir = dir;
        this.title = title;
        this.baseUrl = baseUrl;
        this.items = items;
    }

    /** Reads {@code feedDir/feed.xml}. */
    public static FeedIndex read(Path feedDir) {
        Path feed = feedDir.resolve("feed.xml");
        if (!Files.isRegularFile(feed)) {
            throw new VoxpressException(feedDir + ": no feed.xml here; publish the articles first (voxpress publish)");
        }
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            doc = builder.parse(feed.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new VoxpressException(feed + ": not a readable RSS feed: " + firstLine(e.getMessage()), e);
        }
        Element channel = child(doc.getDocumentElement(), "channel");
        if (channel == null) throw new VoxpressException(feed + ": not an RSS feed (no channel)");
        String base = null;
        NodeList links = channel.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String href = link.getAttribute("href");
            if ("self".equals(link.getAttribute("rel")) && href.contains("/")) {
                base = href.substring(0, href.lastIndexOf('/') + 1);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Node n = channel.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element item) || !"item".equals(item.getLocalName() != null ? item.getLocalName() : item.getTagName())) {
                continue;
            }
            Element enclosure = child(item, "enclosure");
            if (enclosure == null) continue;
            String url = enclosure.getAttribute("url");
            String path = URI.create(url.replace(" ", "%20")).getPath();
            if (path == null) continue;
            String file = path.substring(path.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            String slug = dot > 0 ? file.substring(0, dot) : file;
            int audio = url.lastIndexOf("audio/");
            if (base == null && audio > 0) base = url.substring(0, audio);
            items.add(new Item(slug, text(child(item, "title")), text(child(item, "link"))));
        }
        if (base == null) throw new VoxpressException(feed + ": cannot tell the feed's base URL (no atom:link self, no enclosures)");
        return new FeedIndex(feedDir, text(child(channel, "title")), base, List.copyOf(items));
    }

    /** The channel title. */
    public String title() {
        return title;
    }

    /** The URL the folder is served from, ending in {@code /}. */
    public String baseUrl() {
        return baseUrl;
    }

    public List<Item> items() {
        return items;
    }

    /** The episode with this slug. */
    public Optional<Item> find(String slug) {
        return items.stream().filter(i -> i.slug().equals(slug)).findFirst();
    }

    /** The episode with this slug, or an error listing the slugs there are. */
    public Item require(String slug) {
        return find(slug).orElseThrow(() -> new VoxpressException(dir.resolve("feed.xml") + ": no episode \"" + slug
                + "\"" + (items.isEmpty() ? " (the feed is empty)" : "; episodes: " + slugs())));
    }

    private String slugs() {
        List<String> names = items.stream().map(Item::slug).limit(10).toList();
        return String.join(", ", names) + (items.size() > 10 ? ", ..." : "");
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNamespaceURI() == null && name.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static String firstLine(String message) {
        if (message == null) return "parse error";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
