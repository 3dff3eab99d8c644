package dev.voxpress.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.voxpress.Narrator;
import dev.voxpress.Patience;
import dev.voxpress.VoxpressException;
import dev.voxpress.clean.ArticleCleaner;

/**
 * Source URLs that misbehave, against a real server on 127.0.0.1: each fetch ends with a one-line error that names
 * the URL, having read and allocated a bounded amount whatever the server sends (allocation is counted over all
 * threads of the JVM, whichever thread the HTTP client reads on).
 * <p>
 * Nothing here depends on speed. The servers that stall do so until the class is done (a latch), so only the
 * client's timeout can end those fetches, and the test checks that it did and said so, not how long it took. The
 * other faults are fetched with a timeout far longer than any of them needs, so that a slow machine never turns
 * them into timeouts. The class-level timeout is only a safety net against a hang.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SourceFaultsTest {
    /** The timeout of the fetches that must time out: short, since the server never answers them anyway. */
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final long GIGABYTE = 1L << 30;
    private static final long MEMORY_BOUND = 128L << 20;

    private static FaultServer server;
    /** For the faults that the timeout must end. */
    private static final SourceLoader STALLED =
            new SourceLoader(SourceLoader.DEFAULT_MAX_BYTES, TIMEOUT, java.io.InputStream.nullInputStream());
    /** For every other fault: a timeout that no machine, however busy, reaches before the fault shows. */
    private static final SourceLoader LOADER =
            new SourceLoader(SourceLoader.DEFAULT_MAX_BYTES, Patience.SAFETY_NET, java.io.InputStream.nullInputStream());
    /** Released when the class is done: until then the stalling servers stall. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        byte[] html = "<p>An endless page of words, words and more words.</p>\n".repeat(1200).getBytes(StandardCharsets.UTF_8);
        server = new FaultServer()
                .on("/silent", (socket, out) -> RELEASE.await())
                .on("/headers-then-stall", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", 100_000).getBytes(StandardCharsets.US_ASCII));
                    out.write("<html><body><p>The start".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    RELEASE.await();
                })
                .on("/trickle", (socket, out) -> {
                    out.write(FaultServer.head(200, "text/html", -1).getBytes(StandardCharsets.US_ASCII));
                    // A byte every 100 ms, never ending: until the client hangs up (the write fails) or the class is done.
                    do {
                        out.write('.');
                        out.flush();
                    } while (!RELEASE.await(100, TimeUnit.MILLISECONDS));
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
        RELEASE.countDown();
        server.close();
    }

    /** Writes {@code chunk} again and again, up to {@code total} bytes or until the client hangs up. */
    private static void endless(OutputStream out, byte[] chunk, long total) throws IOException {
        for (long sent = 0; sent < total; sent += chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, total - sent));
    }

    /**
     * Loads and cleans the URL as {@code narrate} does, with the given loader; checks that it fails with one line
     * naming the URL, in bounded allocation. Returns the message.
     */
    private static String fails(SourceLoader loader, String path) {
        String url = server.url(path);
        Narrator narrator = new Narrator(loader, new ArticleCleaner(), message -> { });
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getTotalThreadAllocatedBytes();
        VoxpressException e = assertThrows(VoxpressException.class, () -> narrator.clean(url), url);
        long allocated = threads.getTotalThreadAllocatedBytes() - before;
        String message = e.getMessage();
        System.out.printf("%-20s %6d KB allocated  %s%n", path, allocated >> 10, message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.startsWith(url + ": "), "names the URL first: " + message);
        assertTrue(allocated < MEMORY_BOUND, path + " allocated " + (allocated >> 20) + " MB");
        return message;
    }

    private static String fails(String path) {
        return fails(LOADER, path);
    }

    /** A fetch that only the client's timeout can end: it fails saying so. */
    private static void timesOut(String path) {
        String message = fails(STALLED, path);
        assertTrue(message.endsWith(": timed out (limit 800 ms)"), message);
    }

    @Test
    void serverThatAcceptsAndSendsNothing() {
        timesOut("/silent");
    }

    @Test
    void serverThatSendsHeadersThenStalls() {
        timesOut("/headers-then-stall");
    }

    @Test
    void serverThatTricklesForever() {
        timesOut("/trickle");
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
