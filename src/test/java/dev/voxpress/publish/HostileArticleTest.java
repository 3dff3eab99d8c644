package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.voxpress.publish.site.EmbedCode;
import dev.voxpress.serve.FeedServer;

/**
 * Articles are untrusted input. Titles, site names and text that carry markup are shown as text on every page
 * and in feed.xml, never as elements; titles that look like paths (dot segments, absolute paths, NULs, very long)
 * put no file outside the feed folder. The pages carry the Content-Security-Policy when served.
 */
class HostileArticleTest {
    private static final String SCRIPT_TITLE = "<script>alert(1)</script>";
    private static final String IMG_TITLE = "\"><img src=x onerror=alert(1)>";
    private static final String SITE_NAME = "<b onmouseover=alert(3)>Evil</b> Gazette";
    private static final List<String> PATH_TITLES = List.of("..", "../../../../etc/passwd", "/etc/passwd",
            "..\u0000/../escape", "C:\\Windows\\System32\\drivers", "%2e%2e%2f%2e%2e%2fetc", ".", "~/.ssh/authorized_keys",
            "Very ".repeat(30) + "Long Title", "\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b");

    @TempDir
    static Path tmp;
    static Path feed;
    static Manifest manifest;

    @BeforeAll
    static void publish() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        page(articles.resolve("script.html"), SCRIPT_TITLE, "https://news.example.org/script.html");
        page(articles.resolve("img.html"), IMG_TITLE, "javascript:alert(4)");
        for (int i = 0; i < PATH_TITLES.size(); i++) page(articles.resolve("path-" + i + ".html"), PATH_TITLES.get(i), null);
        feed = tmp.resolve("feed");
        PublishReport report = PublisherTest.publish(feed, new ChannelSettings().set("base-url", PublisherTest.BASE).set("voice", "kevin16"), articles.toString());
        assertTrue(report.ok(), report.failures().toString());
        manifest = Manifest.read(feed).orElseThrow();
        assertEquals(2 + PATH_TITLES.size(), manifest.episodes().size());
    }

    /** An article page whose title (in JSON-LD, which can carry any character, and in the markup) is {@code title}. */
    private static void page(Path file, String title, String url) throws IOException {
        String json = new ObjectMapper().writeValueAsString(java.util.Map.of("@context", "https://schema.org",
                "@type", "NewsArticle", "headline", title));
        String paragraph = "<p>The council met on Monday, and a member typed &lt;script&gt;alert(2)&lt;/script&gt; into the"
                + " minutes, which the clerk then read aloud.</p>";
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Jsoup.parse("").createElement("x")
                .text(title).html() + "</title><meta property=\"og:site_name\" content=\"" + attr(SITE_NAME) + "\">"
                + (url == null ? "" : "<link rel=\"canonical\" href=\"" + attr(url) + "\">")
                + "<script type=\"application/ld+json\">" + json.replace("</", "<\\/") + "</script></head><body><article>"
                + paragraph + "</article></body></html>";
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String attr(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(feed)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void pagesShowArticleDataAsText() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 2 * manifest.episodes().size() + 1, "pages: " + pages);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String name = feed.relativize(page).toString();
            for (Element element : doc.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), name + ": " + element.cssSelector());
                    assertFalse(attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"),
                            name + ": " + attribute);
                }
            }
            for (Element script : doc.select("script")) {
                assertTrue(script.attr("src").endsWith("assets/player.js") && script.data().isEmpty(), name + ": " + script);
            }
            for (Element img : doc.select("img")) assertFalse(img.attr("src").equals("x"), name + ": " + img);
            assertTrue(doc.select("b").isEmpty(), name + ": the site name's <b> became an element");
            assertTrue(doc.text().contains("Evil") || name.startsWith("embed"), name + ": the site name is missing");
        }
        for (String title : List.of(SCRIPT_TITLE, IMG_TITLE)) {
            Episode episode = manifest.episodes().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
            for (String page : List.of("index.html", "episodes/" + episode.slug() + ".html", "embed/" + episode.slug() + ".html")) {
                Document doc = Jsoup.parse(feed.resolve(page).toFile(), "UTF-8");
                assertTrue(doc.body().text().contains(title), page + " does not show the title as text: " + title);
            }
        }
    }

    @Test
    void feedShowsArticleDataAsText() throws Exception {
        byte[] xml = Files.readAllBytes(feed.resolve("feed.xml"));
        DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
        strict.setNamespaceAware(true);
        strict.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document doc = strict.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        for (String tag : new String[] {"script", "img", "b"}) {
            assertEquals(0, doc.getElementsByTagNameNS("*", tag).getLength(), "feed.xml holds a <" + tag + "> element");
        }
        List<String> titles = new ArrayList<>();
        var items = doc.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            titles.add(((org.w3c.dom.Element) items.item(i)).getElementsByTagName("title").item(0).getTextContent());
        }
        assertTrue(titles.contains(SCRIPT_TITLE) && titles.contains(IMG_TITLE), titles.toString());
        assertFalse(new String(xml, StandardCharsets.UTF_8).contains("javascript:"), "feed.xml links to javascript:");
    }

    @Test
    void embedSnippetShowsTheTitleAsText() {
        for (String title : List.of(SCRIPT_TITLE, IMG_TITLE)) {
            Document snippet = Jsoup.parseBodyFragment(EmbedCode.snippet(PublisherTest.BASE, "slug", title));
            assertEquals(List.of("body", "iframe"), snippet.body().getAllElements().stream().map(Element::tagName).toList());
            assertEquals("Listen: " + title, snippet.selectFirst("iframe").attr("title"));
        }
    }

    @Test
    void filesStayInsideTheFeedFolder() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertTrue(file.startsWith(feed) || file.startsWith(tmp.resolve("articles")), "written outside: " + file);
            }
        }
        for (Episode episode : manifest.episodes()) {
            assertTrue(episode.slug().matches("[a-z0-9]+(-[a-z0-9]+)*") && episode.slug().length() <= 80, episode.slug());
            for (String file : Publisher.files(episode)) {
                Path path = feed.resolve(file).normalize();
                assertTrue(path.startsWith(feed) && path.getFileName().toString().length() < 100, file);
            }
        }
        assertFalse(Files.exists(tmp.resolve("etc")) || Files.exists(Path.of("/etc/passwd.mp3")), "a path title escaped");
    }

    @Test
    void servedPagesCarryTheContentSecurityPolicy() throws Exception {
        try (FeedServer server = new FeedServer(feed, "127.0.0.1", 0).start()) {
            HttpClient client = HttpClient.newHttpClient();
            Episode episode = manifest.episodes().get(0);
            for (String page : List.of("", "index.html", "episodes/" + episode.slug() + ".html", "embed/" + episode.slug() + ".html")) {
                URI uri = server.uri().resolve(page);
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, response.statusCode(), page);
                String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
                assertEquals(FeedServer.CONTENT_SECURITY_POLICY, policy, page);
                assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
                assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), page);
            }
        }
    }
}
