package dev.voxpress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;
import dev.voxpress.VoxpressException;
import dev.voxpress.publish.site.SiteFixture;
import dev.voxpress.publish.site.SiteWriter;

/** The server over real sockets: ranges, conditional requests, types, CORS, and everything it must refuse. */
class FeedServerTest {
    private static final String SECRET = "do-not-serve-this-secret";
    @TempDir
    static Path temp;
    static Path feed;
    static FeedServer server;
    static HttpClient client;
    static byte[] mp3;

    @BeforeAll
    static void start() throws IOException {
        feed = temp.resolve("feed");
        SiteFixture f = SiteFixture.copy(Files.createDirectories(feed));
        new SiteWriter().write(feed, f.channel, f.episodes);
        Files.writeString(feed.resolve("audio/harbour-lights.chapters.json"), "{\"version\":\"1.2.0\",\"chapters\":[]}");
        Files.writeString(feed.resolve(".publish.lock"), "12345");
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(feed.resolve("leak.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(feed.resolve("outside"), temp);
        Files.createSymbolicLink(feed.resolve("inside.mp3"), feed.resolve("audio/harbour-lights.mp3"));
        mp3 = Files.readAllBytes(feed.resolve("audio/harbour-lights.mp3"));
        server = new FeedServer(feed, "127.0.0.1", 0).start();
        client = HttpClient.newBuilder().connectTimeout(Patience.SAFETY_NET).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Patience.SAFETY_NET)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void servesEachTypeWithItsContentType() throws Exception {
        for (String[] pair : List.of(
                new String[] {"feed.xml", "application/rss+xml"},
                new String[] {"audio/harbour-lights.mp3", "audio/mpeg"},
                new String[] {"audio/harbour-lights.vtt", "text/vtt"},
                new String[] {"audio/harbour-lights.chapters.json", "application/json"},
                new String[] {"episodes/harbour-lights.html", "text/html"},
                new String[] {"assets/player.js", "text/javascript"},
                new String[] {"assets/site.css", "text/css"})) {
            HttpResponse<byte[]> response = get(pair[0]);
            assertEquals(200, response.statusCode(), pair[0]);
            String type = header(response, "Content-Type");
            assertTrue(type.startsWith(pair[1]), pair[0] + ": " + type);
            assertArrayEquals(Files.readAllBytes(feed.resolve(pair[0])), response.body(), pair[0]);
        }
        assertTrue(header(get("feed.xml"), "Content-Type").toLowerCase().contains("charset=utf-8"));
    }

    @Test
    void rootServesTheIndexWithAPolicy() throws Exception {
        HttpResponse<byte[]> response = get("/");
        assertEquals(200, response.statusCode());
        assertArrayEquals(Files.readAllBytes(feed.resolve("index.html")), response.body());
        assertEquals(FeedServer.CONTENT_SECURITY_POLICY, header(response, "Content-Security-Policy"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals(null, header(response, "X-Frame-Options"), "the embed must be frameable");
        assertEquals(null, header(response, "Server"));
    }

    @Test
    void headGivesTheHeadersWithoutABody() throws Exception {
        HttpResponse<byte[]> response = send("HEAD", "audio/harbour-lights.mp3");
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(mp3.length), header(response, "Content-Length"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertEquals(0, response.body().length);
    }

    @Test
    void firstBytes() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.mp3", "Range", "bytes=0-99");
        assertEquals(206, response.statusCode());
        assertEquals("bytes 0-99/" + mp3.length, header(response, "Content-Range"));
        assertEquals("100", header(response, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(mp3, 0, 100), response.body());
    }

    @Test
    void middleBytes() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.mp3", "Range", "bytes=1000-1999");
        assertEquals(206, response.statusCode());
        assertEquals("bytes 1000-1999/" + mp3.length, header(response, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(mp3, 1000, 2000), response.body());
    }

    @Test
    void openEndedRangeRunsToTheEnd() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.mp3", "Range", "bytes=" + (mp3.length - 10) + "-");
        assertEquals(206, response.statusCode());
        assertArrayEquals(Arrays.copyOfRange(mp3, mp3.length - 10, mp3.length), response.body());
    }

    @Test
    void suffixRangeGivesTheLastBytes() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.mp3", "Range", "bytes=-500");
        assertEquals(206, response.statusCode());
        assertEquals("bytes " + (mp3.length - 500) + "-" + (mp3.length - 1) + "/" + mp3.length,
                header(response, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(mp3, mp3.length - 500, mp3.length), response.body());
    }

    @Test
    void rangePastTheEndIs416() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.mp3", "Range", "bytes=" + mp3.length + "-");
        assertEquals(416, response.statusCode());
        assertEquals("bytes */" + mp3.length, header(response, "Content-Range"));
        assertEquals(416, get("audio/harbour-lights.mp3", "Range", "bytes=" + (mp3.length + 100) + "-"
                + (mp3.length + 200)).statusCode());
    }

    @Test
    void rangeOverlappingTheEndIsCut() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.mp3", "Range", "bytes=" + (mp3.length - 5) + "-"
                + (mp3.length + 1000));
        assertEquals(206, response.statusCode());
        assertEquals(5, response.body().length);
    }

    @Test
    void conditionalRequestsGive304() throws Exception {
        HttpResponse<byte[]> first = get("audio/harbour-lights.vtt");
        String etag = header(first, "ETag");
        String modified = header(first, "Last-Modified");
        assertTrue(etag != null && modified != null, "ETag and Last-Modified");
        HttpResponse<byte[]> byTag = get("audio/harbour-lights.vtt", "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(304, get("audio/harbour-lights.vtt", "If-Modified-Since", modified).statusCode());
        assertEquals(200, get("audio/harbour-lights.vtt", "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, get("audio/harbour-lights.vtt", "If-Modified-Since", "Thu, 01 Jan 1998 00:00:00 GMT").statusCode());
    }

    @Test
    void ifRangeWithAStaleTagGivesTheWholeFile() throws Exception {
        String etag = header(get("audio/harbour-lights.mp3"), "ETag");
        assertEquals(206, get("audio/harbour-lights.mp3", "Range", "bytes=0-9", "If-Range", etag).statusCode());
        HttpResponse<byte[]> stale = get("audio/harbour-lights.mp3", "Range", "bytes=0-9", "If-Range", "\"stale\"");
        assertEquals(200, stale.statusCode());
        assertEquals(mp3.length, stale.body().length);
        String modified = header(get("audio/harbour-lights.mp3"), "Last-Modified");
        assertEquals(206, get("audio/harbour-lights.mp3", "Range", "bytes=0-9", "If-Range", modified).statusCode());
        assertEquals(200, get("audio/harbour-lights.mp3", "Range", "bytes=0-9", "If-Range",
                "Thu, 01 Jan 1998 00:00:00 GMT").statusCode());
    }

    @Test
    void corsForTheEmbedAndTranscripts() throws Exception {
        HttpResponse<byte[]> response = get("audio/harbour-lights.vtt", "Origin", "https://publisher.example");
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(header(response, "Access-Control-Expose-Headers").contains("Content-Range"));
        HttpResponse<byte[]> preflight = send("OPTIONS", "audio/harbour-lights.mp3", "Origin", "https://publisher.example",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "range");
        assertEquals(204, preflight.statusCode());
        assertTrue(header(preflight, "Access-Control-Allow-Headers").contains("Range"));
        assertEquals("*", header(get("embed/harbour-lights.html"), "Access-Control-Allow-Origin"));
    }

    @Test
    void noDirectoryListingsAndNoHiddenFiles() throws Exception {
        for (String path : List.of("audio/", "episodes/", "assets/", ".publish.lock", "audio/.x.part")) {
            int status = get(path).statusCode();
            assertTrue(status == 404 || status == 403, path + " gave " + status);
        }
        int status = get("audio").statusCode();
        assertNotEquals(200, status, "audio");
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        HttpResponse<byte[]> response = send("POST", "feed.xml");
        assertEquals(405, response.statusCode());
        assertEquals(405, send("PUT", "feed.xml").statusCode());
        assertEquals(405, send("DELETE", "feed.xml").statusCode());
        assertTrue(Files.exists(feed.resolve("feed.xml")));
    }

    @Test
    void symlinksOutOfTheFolderAreNotFollowed() throws Exception {
        assertEquals(404, get("leak.txt").statusCode());
        assertEquals(404, get("outside/secret.txt").statusCode());
        assertEquals(200, get("inside.mp3").statusCode(), "a link that stays inside is served");
    }

    @Test
    void traversalAttemptsOverARawSocket() throws IOException {
        for (String path : List.of("/../secret.txt", "/audio/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt", "/audio/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
                "/audio/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/%2e%2e%5csecret.txt", "/.%2e/secret.txt",
                "/audio/%252e%252e/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "//secret.txt",
                "/outside/secret.txt", "/leak.txt", "/audio%00/../../secret.txt")) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String statusLine = response.substring(0, Math.max(0, response.indexOf("\r\n")));
            assertFalse(response.contains(SECRET), path + " leaked the file");
            assertFalse(statusLine.contains(" 200 "), path + " gave " + statusLine);
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(Patience.SOCKET_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aBusyPortIsAClearError() {
        VoxpressException error = assertThrows(VoxpressException.class,
                () -> new FeedServer(feed, "127.0.0.1", server.port()).start());
        assertTrue(error.getMessage().contains("cannot listen"), error.getMessage());
    }

    @Test
    void aMissingFolderIsAClearError() {
        VoxpressException error = assertThrows(VoxpressException.class,
                () -> new FeedServer(temp.resolve("nowhere"), "127.0.0.1", 0));
        assertTrue(error.getMessage().contains("no such folder"), error.getMessage());
    }

    @Test
    void closeLetsADownloadInFlightFinish() throws Exception {
        // Larger than the socket buffers, so that most of it is still to send when close() is called.
        byte[] big = new byte[32 << 20];
        new java.util.Random(7).nextBytes(big);
        Files.write(feed.resolve("audio/big.mp3"), big);
        // Time enough for the download on a slow machine: the test is about letting it finish, not about how fast.
        FeedServer other = new FeedServer(feed, "127.0.0.1", 0).stopTimeout(Patience.SAFETY_NET).start();
        int port = other.port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(Patience.SOCKET_TIMEOUT_MS);
            socket.getOutputStream().write(("GET /audio/big.mp3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(64); // the download has started
            // Read the rest on another thread meanwhile, so that the download goes on while this one checks.
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            rest.write(head);
            Thread reader = new Thread(() -> {
                try {
                    in.transferTo(rest);
                } catch (IOException e) {
                    // Shows as a short body below.
                }
            });
            reader.start();
            Thread stopper = new Thread(other::close);
            stopper.start();
            // close() is under way once the server no longer accepts connections: wait for that, not for a time.
            Patience.until("the server to stop accepting connections", () -> {
                try {
                    new Socket("127.0.0.1", port).close();
                    return false;
                } catch (IOException e) {
                    return true;
                }
            });
            reader.join(Patience.SAFETY_NET.toMillis());
            stopper.join(Patience.SAFETY_NET.toMillis());
            String response = rest.toString(StandardCharsets.ISO_8859_1);
            int body = response.indexOf("\r\n\r\n") + 4;
            assertTrue(response.startsWith("HTTP/1.1 200"), response.substring(0, 40));
            assertEquals(big.length, rest.size() - body, "the whole file arrived");
        } finally {
            other.close();
            Files.delete(feed.resolve("audio/big.mp3"));
        }
    }

    @Test
    void closeStopsListening() throws Exception {
        FeedServer other = new FeedServer(feed, "127.0.0.1", 0).start();
        int port = other.port();
        assertEquals(200, client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feed.xml")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        other.close();
        assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close());
    }
}
