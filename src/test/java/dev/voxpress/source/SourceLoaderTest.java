package dev.voxpress.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.voxpress.Patience;

/** URL loading against a real HTTP server on loopback. */
class SourceLoaderTest {
    private HttpServer server;
    private String base;
    /** A timeout only a hang reaches ({@link Patience}): a busy machine must not turn a fetch into a timeout. */
    private final SourceLoader loader = new SourceLoader(1024 * 1024, Patience.SAFETY_NET, java.io.InputStream.nullInputStream());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", ex -> send(ex, 200, "text/html; charset=ISO-8859-1",
                "<html><body><p>Caf\u00e9</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext("/plain", ex -> send(ex, 200, "text/plain; charset=utf-8", "Hello.".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            send(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/hop", ex -> {
            int n = Integer.parseInt(ex.getRequestURI().getQuery());
            ex.getResponseHeaders().add("Location", n == 0 ? "/article" : "/hop?" + (n - 1));
            send(ex, 301, "text/html", new byte[0]);
        });
        server.createContext("/to-file", ex -> {
            ex.getResponseHeaders().add("Location", "file:///etc/passwd");
            send(ex, 302, "text/html", new byte[0]);
        });
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[2 * 1024 * 1024]));
        server.createContext("/gone", ex -> send(ex, 404, "text/html", "nope".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/image", ex -> send(ex, 200, "image/png", new byte[10]));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void fetchesHtmlWithTheCharsetFromTheHeader() {
        LoadedSource source = loader.load(base + "/article");
        assertEquals(MediaType.HTML, source.type());
        assertEquals(StandardCharsets.ISO_8859_1, source.charset());
    }

    @Test
    void fetchesPlainText() {
        assertEquals(MediaType.TEXT, loader.load(base + "/plain").type());
    }

    @Test
    void followsUpToFiveRedirects() {
        assertEquals(base + "/article", loader.load(base + "/hop?4").location());
        SourceException e = assertThrows(SourceException.class, () -> loader.load(base + "/hop?5"));
        assertTrue(e.getMessage().endsWith("more than 5 redirects"), e.getMessage());
        assertThrows(SourceException.class, () -> loader.load(base + "/loop"));
    }

    @Test
    void refusesOtherSchemes() {
        SourceException e = assertThrows(SourceException.class, () -> loader.load(base + "/to-file"));
        assertTrue(e.getMessage().contains("not http or https"), e.getMessage());
        for (String url : new String[] {"file:///etc/passwd", "FILE:///etc/passwd", "jar:file:///tmp/a.jar!/a.html",
                "ftp://example.org/a.html", "data:text/html,<p>hi</p>", "gopher://example.org/", "http:/etc/passwd"}) {
            SourceException refused = assertThrows(SourceException.class, () -> loader.load(url), url);
            assertEquals(url + ": only http and https URLs are supported", refused.getMessage());
        }
        assertThrows(SourceException.class, () -> loader.fetchImage("file:///etc/passwd"));
        assertTrue(assertThrows(SourceException.class, () -> loader.fetchImage(base + "/to-file")).getMessage()
                .contains("not http or https"));
    }

    @Test
    void capsTheSize() {
        SourceException e = assertThrows(SourceException.class, () -> loader.load(base + "/huge"));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void reportsHttpErrorsAndWrongTypes() {
        assertTrue(assertThrows(SourceException.class, () -> loader.load(base + "/gone")).getMessage().contains("HTTP 404"));
        assertTrue(assertThrows(SourceException.class, () -> loader.load(base + "/image")).getMessage().contains("image/png"));
    }

    @Test
    void publicOnlyRefusesLoopbackAndPrivateAddresses() throws Exception {
        SourceLoader strict = new SourceLoader().publicAddressesOnly();
        SourceException e = assertThrows(SourceException.class, () -> strict.load(base + "/article"));
        assertTrue(e.getMessage().contains("private or loopback"), e.getMessage());
        SourceException image = assertThrows(SourceException.class, () -> strict.fetchImage(base + "/image"));
        assertTrue(image.getMessage().contains("private or loopback"), image.getMessage());
        assertThrows(SourceException.class, () -> strict.load("http://localhost:" + server.getAddress().getPort() + "/article"));
        assertThrows(SourceException.class, () -> strict.load("http://0.0.0.0:" + server.getAddress().getPort() + "/article"));
        assertThrows(SourceException.class, () -> strict.load("http://10.1.2.3/a.html"));
        assertThrows(SourceException.class, () -> strict.load("http://[::1]/a.html"));
        assertTrue(SourceLoader.isPrivate(InetAddress.getByName("192.168.1.1")));
        assertTrue(SourceLoader.isPrivate(InetAddress.getByName("169.254.169.254")));
        assertTrue(SourceLoader.isPrivate(InetAddress.getByName("fd00::1")));
        assertTrue(SourceLoader.isPrivate(InetAddress.getByName("::ffff:127.0.0.1")));
        assertTrue(SourceLoader.isPrivate(InetAddress.getByName("100.64.0.1")));
        assertTrue(!SourceLoader.isPrivate(InetAddress.getByName("93.184.216.34")));
    }

    @Test
    void readsStandardInput() {
        SourceLoader stdin = new SourceLoader(1024, Patience.SAFETY_NET,
                new ByteArrayInputStream("Title\n\nSome text here to read.".getBytes(StandardCharsets.UTF_8)));
        LoadedSource source = stdin.load("-");
        assertEquals("<stdin>", source.name());
        assertEquals(MediaType.TEXT, source.type());
    }
}
