package dev.voxpress.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.voxpress.Narrator;
import dev.voxpress.VoxpressException;
import dev.voxpress.clean.ArticleCleaner;

/**
 * Source URLs that misbehave, against a real server on 127.0.0.1: each fetch ends with a one-line error that names
 * the URL, within the timeout plus a margin, having read and allocated a bounded amount whatever the server sends
 * (allocation is counted over all threads of the JVM, whichever thread the HTTP client reads on).
 */
class SourceFaultsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    /** How long past the timeout a fetch may take to give up: thread hand-offs and a loaded CI machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);
    private static final long GIGABYTE = 1L << 30;
    private static final long MEMORY_BOUND = 128L << 20;

    private static FaultServer server;
    private static final SourceLoader LOADER =
            new SourceLoader(SourceLoader.DEFAULT_MAX_BYTES, TIMEOUT, java.io.InputStream.nullInputStream());

    @BeforeAll
    static void start() throws IOException {
        byte[] html = "<p>An endless page of words, words and more words.</p>\n".repeat(1200).getBytes(StandardCharsets.UTF_8);
        server = new FaultServer()
                .on("/silent", (socket, out) -> Thread.sleep(60_000))
                .on("/headers-then-stall", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", 100_000).getBytes(StandardCharsets.US_ASCII));
                    out.write("<html><body><p>The start".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(60_000);
                })
                .on("/trickle", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", -1).getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 600; i++) {
                        out.write('.');
                        out.flush();
                        Thread.sleep(100);
                    }
                })
                .on("/reset", (socket, out) -> socket.setSoLinger(true, 0))
                .on("/reset-mid-body", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", 100_000).getBytes(StandardCharsets.US_ASCII));
                    out.write(html, 0, 1000);
                    out.flush();
                    socket.setSoLinger(true, 0);
                })
                .on("/loop", (socket, out) -> out.write(FaultServer.head(302, "text/html", 0, "Location: /loop")
                        .getBytes(StandardCharsets.US_ASCII)))
                .on("/gigabyte", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", GIGABYTE).getBytes(StandardCharsets.US_ASCII));
                    endless(out, html, GIGABYTE);
                })
                .on("/gigabyte-no-length", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", -1).getBytes(StandardCharsets.US_ASCII));
                    endless(out, html, GIGABYTE);
                })
                .on("/gzip-bomb", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", -1, "Content-Encoding: gzip").getBytes(StandardCharsets.US_ASCII));
                    GZIPOutputStream gzip = new GZIPOutputStream(out, 65536);
                    endless(gzip, new byte[65536], GIGABYTE);
                    gzip.finish();
                })
                .on("/binary", (socket, out) -> {
                    byte[] body = new byte[100_000];
                    new java.util.Random(1).nextBytes(body);
                    out.write(FaultServer.head(200, "application/octet-stream", body.length).getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                })
                .on("/binary-as-html", (socket, out) -> {
                    byte[] body = new byte[100_000];
                    new java.util.Random(2).nextBytes(body);
                    out.write(FaultServer.head(200, "text/html", body.length).getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                })
                .on("/binary-no-type", (socket, out) -> {
                    byte[] body = new byte[100_000];
                    Arrays.fill(body, (byte) 0);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                });
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    /** Writes {@code chunk} again and again, up to {@code total} bytes or until the client hangs up. */
    private static void endless(OutputStream out, byte[] chunk, long total) throws IOException {
        for (long sent = 0; sent < total; sent += chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, total - sent));
    }

    /**
     * Loads and cleans the URL as {@code narrate} does; checks that it fails with one line naming the URL, in bounded
     * time and allocation. Returns the message.
     */
    private static String fails(String path) {
        String url = server.url(path);
        Narrator narrator = new Narrator(LOADER, new ArticleCleaner(), message -> { });
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long[] allocated = new long[1];
        VoxpressException e = assertTimeoutPreemptively(TIMEOUT.plus(MARGIN), () -> {
            long before = threads.getTotalThreadAllocatedBytes();
            try {
                return assertThrows(VoxpressException.class, () -> narrator.clean(url), url);
            } finally {
                allocated[0] = threads.getTotalThreadAllocatedBytes() - before;
            }
        }, url + " did not give up in time");
        long ms = (System.nanoTime() - start) / 1_000_000;
        String message = e.getMessage();
        System.out.printf("%-20s %5d ms %6d KB allocated  %s%n", path, ms, allocated[0] >> 10, message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.startsWith(url + ": "), "names the URL first: " + message);
        assertTrue(allocated[0] < MEMORY_BOUND, path + " allocated " + (allocated[0] >> 20) + " MB");
        return message;
    }

    @Test
    void serverThatAcceptsAndSendsNothing() {
        assertTrue(fails("/silent").contains("timed out (limit 800 ms)"));
    }

    @Test
    void serverThatSendsHeadersThenStalls() {
        assertTrue(fails("/headers-then-stall").contains("timed out (limit 800 ms)"));
    }

    @Test
    void serverThatTricklesForever() {
        assertTrue(fails("/trickle").contains("timed out (limit 800 ms)"));
    }

    @Test
    void connectionReset() {
        assertTrue(fails("/reset").contains("cannot fetch"));
        assertTrue(fails("/reset-mid-body").contains("cannot"));
    }

    @Test
    void redirectLoop() {
        assertTrue(fails("/loop").contains("more than " + SourceLoader.MAX_REDIRECTS + " redirects"));
    }

    @Test
    void gigabyteBodyIsCutAtTheLimit() {
        for (String path : new String[] {"/gigabyte", "/gigabyte-no-length", "/gzip-bomb"}) {
            long sentBefore = server.bytesSent.get();
            assertTrue(fails(path).contains("larger than the 10 MB limit"));
            long sent = server.bytesSent.get() - sentBefore;
            assertTrue(sent < 64L << 20, path + ": the client read " + (sent >> 20) + " MB of a 1 GB body");
        }
    }

    @Test
    void binaryBodies() {
        assertTrue(fails("/binary").contains("not an article: content type application/octet-stream"));
        assertTrue(fails("/binary-as-html").contains("binary content, not text"));
        assertTrue(fails("/binary-no-type").contains("binary content, not text"));
    }

    @Test
    void unreachablePortIsAClearError() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/article";
        VoxpressException e = assertThrows(VoxpressException.class, () -> LOADER.load(url));
        assertTrue(e.getMessage().startsWith(url + ": cannot fetch"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
