package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.rometools.rome.feed.rss.Item;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Publishing from a site's own RSS feed, served over a real socket on loopback. */
class SiteFeedTest {
    @TempDir
    Path tmp;
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss.xml", ex -> send(ex, "application/rss+xml", rss()));
        server.createContext("/lead.png", ex -> {
            byte[] png = EpisodeImageTest.png(2000, 1600);
            ex.getResponseHeaders().add("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(png);
            }
        });
        server.createContext("/articles/", ex -> {
            String n = ex.getRequestURI().getPath().replaceAll("\\D", "");
            send(ex, "text/html; charset=utf-8", """
                    <!doctype html><html lang="en"><head><title>Story %s | The Daily</title>
                    <meta property="og:site_name" content="The Daily">
                    <meta property="og:image" content="%s/lead.png"></head><body><nav>Home News</nav>
                    <article><h1>Story %s</h1>
                    <p>The council met on Monday to discuss the budget for the coming year, and the members agreed.</p>
                    <p>They will meet again next month to review the plan, the mayor said on Tuesday.</p></article>
                    </body></html>""".formatted(n, base, n));
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String rss() {
        StringBuilder items = new StringBuilder();
        String[] dates = {"Mon, 02 Nov 2026 10:00:00 GMT", "Wed, 04 Nov 2026 10:00:00 GMT", "Tue, 03 Nov 2026 10:00:00 GMT"};
        for (int i = 1; i <= 3; i++) {
            items.append("<item><title>Story ").append(i).append("</title><link>").append(base).append("/articles/")
                    .append(i).append(".html</link><pubDate>").append(dates[i - 1]).append("</pubDate></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>The Daily</title><link>" + base
                + "</link><description>News</description>" + items + "</channel></rss>";
    }

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void publishesTheNewestEntriesOfASiteFeed() throws Exception {
        Path feed = tmp.resolve("feed");
        ChannelSettings settings = new ChannelSettings().set("base-url", PublisherTest.BASE).set("voice", "kevin16");
        PublishReport report = new Publisher(new PublishListener() { })
                .publish(new Publisher.Request(feed, List.of(base + "/rss.xml"), settings, 2));
        assertTrue(report.ok(), report.failures().toString());
        assertEquals(2, report.added());
        List<Item> items = PublisherTest.readFeed(feed).getItems();
        assertEquals(List.of("Story 2", "Story 3"), items.stream().map(Item::getTitle).toList());
        assertEquals(base + "/articles/2.html", items.get(0).getLink());
        assertEquals(Instant.parse("2026-11-04T10:00:00Z"), items.get(0).getPubDate().toInstant());
        assertEquals("The Daily", PublisherTest.readFeed(feed).getTitle());
        var itunes = (com.rometools.modules.itunes.EntryInformation) items.get(0).getModule(com.rometools.modules.itunes.ITunes.URI);
        assertEquals(PublisherTest.BASE + "images/story-2.jpg", itunes.getImageUri());
        assertTrue(Files.size(feed.resolve("images/story-2.jpg")) < 512 * 1024);
    }

    @Test
    void siteFeedsCannotReadLocalFiles() throws Exception {
        String marker = "secret-" + System.nanoTime();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), marker);
        Path xxe = Files.writeString(tmp.resolve("xxe.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>&x;</title><link>" + base + "</link><description>"
                + "&x;</description><item><title>&x;</title><link>" + base + "/articles/1.html</link></item></channel></rss>");
        Path fileLinks = Files.writeString(tmp.resolve("links.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                + "<channel><title>T</title><link>" + base + "</link><description>D</description><item><title>Local</title><link>"
                + secret.toUri() + "</link></item><item><title>Path</title><link>" + secret + "</link></item></channel></rss>");
        Path feed = tmp.resolve("feed");
        ChannelSettings settings = new ChannelSettings().set("base-url", PublisherTest.BASE).set("voice", "kevin16");
        PublishReport report = new Publisher(new PublishListener() { })
                .publish(new Publisher.Request(feed, List.of(xxe.toString(), fileLinks.toString()), settings, 5));
        assertEquals(0, report.added(), "a site feed's entity or file link was published");
        assertTrue(report.failures().stream().anyMatch(f -> f.startsWith(xxe + ": not a readable RSS or Atom feed")),
                report.failures().toString());
        try (var files = Files.walk(feed)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(marker), "leaked into " + file);
            }
        }
    }
}
