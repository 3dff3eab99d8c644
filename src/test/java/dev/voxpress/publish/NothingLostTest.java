package dev.voxpress.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.voxpress.Patience;
import dev.voxpress.cli.Main;

/**
 * A {@code publish} that fails, for whatever reason, loses nothing: every file of the feed folder that existed
 * before it (the episodes' audio, their pages, feed.xml with its entries, the manifest) is byte for byte what it was.
 * Two articles are published first; then each failure is made to happen, with every file's SHA-256 taken before and
 * after. The runs are child processes of {@code voxpress publish}, as a user runs it, so that they can be given a
 * file-size limit or killed.
 * <p>
 * Nothing here depends on speed: the kill is sent once the run is known to be narrating (its log says so and the
 * engine has been asked for audio), and that engine never answers, so the run cannot have got further; every wait
 * is only a safety net ({@link Patience}).
 */
class NothingLostTest {
    private static final String BASE = "http://127.0.0.1:8080/";

    @TempDir
    Path tmp;
    private Path articles;
    private Path feed;
    private Map<String, String> published;

    @BeforeEach
    void publishTwo() throws Exception {
        articles = tmp.resolve("articles");
        feed = tmp.resolve("feed");
        Articles.numbered(articles, 1);
        Articles.numbered(articles, 2);
        Run first = publish(null, "--voice", "kevin16");
        assertEquals(0, first.exit, first.log);
        assertTrue(first.log.contains("2 new, 0 updated, 0 unchanged"), first.log);
        published = hashes(feed);
        assertTrue(published.keySet().stream().filter(f -> f.startsWith("audio/") && f.endsWith(".mp3")).count() == 2,
                published.keySet().toString());
    }

    /** The file-size limit (ulimit -f) hit while the new episode's MP3 is written: the write fails with EFBIG. */
    @Test
    void diskFull() throws Exception {
        Articles.numbered(articles, 3);
        long largestOld = 0;
        for (String file : published.keySet()) largestOld = Math.max(largestOld, Files.size(feed.resolve(file)));
        long mp3 = Files.size(feed.resolve(published.keySet().stream().filter(f -> f.endsWith(".mp3")).findFirst().orElseThrow()));
        // Below the size of an episode's MP3 (the new one is as long as the old ones), so that writing it fails.
        long limitKb = Math.max(1, mp3 / 1024 / 2);
        Run run = publish("ulimit -f " + limitKb, "--voice", "kevin16");
        assertNotEquals(0, run.exit, run.log);
        assertTrue(run.log.contains("failed"), run.log);
        assertNothingLost("disk full (ulimit -f " + limitKb + " KB; largest file " + (largestOld >> 10) + " KB)");
    }

    /** The MaryTTS server is down (nothing listens on its port) while there is a new article to narrate. */
    @Test
    void engineDownWithANewArticle() throws Exception {
        Articles.numbered(articles, 3);
        Run run = publish(null, "--voice", "mary-server", "--mary-url", closedPort());
        assertEquals(Main.BAD_INPUT, run.exit, run.log);
        assertTrue(run.log.contains("no MaryTTS server"), run.log);
        assertNothingLost("engine down, new article");
    }

    /**
     * An existing article changes and its re-narration fails (the engine is down): its old episode stays as it was,
     * audio, page and feed entry, and so does the other one.
     */
    @Test
    void engineDownWithAChangedArticle() throws Exception {
        Articles.write(articles, "article-001.txt", "Report Number 1 From the Council",
                "The council met again on Tuesday, and this time it agreed the budget.");
        Run run = publish(null, "--voice", "mary-server", "--mary-url", closedPort());
        assertEquals(Main.BAD_INPUT, run.exit, run.log);
        assertTrue(run.log.contains("no MaryTTS server"), run.log);
        assertNothingLost("engine down, changed article");
    }

    /**
     * Pages that are no articles next to the published ones: an empty file, binary bytes, text that cannot be read
     * as UTF-8 (a folder's text files must be UTF-8). The
     * run goes on past them and fails with the documented exit code for "some articles failed".
     */
    @Test
    void badPages() throws Exception {
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(11).nextBytes(binary);
        Files.write(articles.resolve("binary.txt"), binary);
        byte[] latin1 = new byte[400];
        for (int i = 0; i < latin1.length; i++) latin1[i] = (byte) (i % 5 == 0 ? 0xE9 : 'a' + i % 26);
        Files.write(articles.resolve("unreadable.txt"), latin1);
        Run run = publish(null, "--voice", "kevin16");
        assertEquals(Main.BAD_INPUT, run.exit, run.log);
        assertTrue(run.log.contains("0 new, 0 updated, 2 unchanged"), run.log);
        assertTrue(run.log.contains("empty.txt: empty file"), run.log);
        assertTrue(run.log.contains("binary.txt: binary content, not text"), run.log);
        assertTrue(run.log.contains("unreadable.txt: not valid UTF-8 text"), run.log);
        assertNothingLost("bad pages");
    }

    /**
     * SIGKILL in the middle of narrating a new article. The engine is a MaryTTS stand-in that lists the voice and
     * then never answers a request for audio (until the test is done): once it has been asked for audio and the log
     * says the run is narrating, the run is killed, and it cannot have got any further than that.
     */
    @Test
    void killedWhileNarrating() throws Exception {
        Articles.numbered(articles, 3);
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        HttpServer mary = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newCachedThreadPool();
        mary.setExecutor(threads);
        mary.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().endsWith("/voices")) {
                byte[] voices = "cmu-slt-hsmm en_US female hmm\n".getBytes(UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, voices.length);
                exchange.getResponseBody().write(voices);
                exchange.close();
                return;
            }
            asked.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        mary.start();
        try {
            Process process = start(null, "--voice", "mary-server", "--mary-url",
                    "http://127.0.0.1:" + mary.getAddress().getPort() + "/");
            process.getOutputStream().close();
            List<String> lines = new ArrayList<>();
            CountDownLatch narrating = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                        if (line.contains("] narrating \"")) narrating.countDown();
                    }
                } catch (IOException e) {
                    // The process was killed: its output ends.
                }
            });
            reader.start();
            assertTrue(narrating.await(Patience.SAFETY_NET.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    && asked.await(Patience.SAFETY_NET.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS),
                    "the run never started narrating: " + lines);
            assertTrue(process.isAlive(), "the run ended while its engine still owed it audio: " + lines);
            process.destroyForcibly();
            assertTrue(Patience.ends(process));
            reader.join(Patience.SAFETY_NET.toMillis());
            assertEquals(137, process.exitValue(), "killed by SIGKILL");
        } finally {
            done.countDown();
            mary.stop(0);
            threads.shutdownNow();
        }
        assertNothingLost("killed while narrating");
        // And the next run, with the engine back (kevin16), picks up where the killed one stopped.
        Run again = publish(null, "--voice", "kevin16");
        assertEquals(0, again.exit, again.log);
        assertTrue(again.log.contains("1 new, 0 updated, 2 unchanged"), again.log);
    }

    /** Every file that existed after the first publish is still there, byte for byte. */
    private void assertNothingLost(String what) throws IOException {
        Map<String, String> now = hashes(feed);
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> file : published.entrySet()) {
            String after = now.get(file.getKey());
            if (after == null) changed.add(file.getKey() + " (deleted)");
            else if (!after.equals(file.getValue())) changed.add(file.getKey() + " (changed)");
        }
        System.out.printf("nothing lost: %-45s %d files checked, %d new%n", what, published.size(),
                now.keySet().stream().filter(f -> !published.containsKey(f)).count());
        assertEquals(List.of(), changed, what + ": files of the earlier publish changed");
    }

    /** SHA-256 of every file under {@code dir}, by path relative to it; the run lock is left out. */
    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(file) || file.getFileName().toString().equals(".voxpress.lock")) continue;
                hashes.put(dir.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loopback URL where nothing listens. */
    private static String closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    private record Run(int exit, String log) {
    }

    /** Runs {@code voxpress publish ARTICLES --feed FEED --base-url BASE OPTIONS} to the end. */
    private Run publish(String limit, String... options) throws Exception {
        Process process = start(limit, options);
        process.getOutputStream().close();
        String log = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertTrue(Patience.ends(process), "publish did not end: " + log);
        return new Run(process.exitValue(), log);
    }

    /**
     * Starts {@code voxpress publish} in a child JVM, in a folder of its own (no voxpress.properties there), its
     * output and errors together; {@code limit} is a bash command run before it, such as {@code ulimit -f 20}.
     */
    private Process start(String limit, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "publish",
                articles.toString(), "--feed", feed.toString(), "--base-url", BASE));
        command.addAll(List.of(options));
        if (limit != null) {
            // bash runs the limit, then becomes the JVM: "$@" is the command, passed as arguments, not parsed.
            List<String> wrapped = new ArrayList<>(List.of("bash", "-c", limit + " && exec \"$@\"", "bash"));
            wrapped.addAll(command);
            command = wrapped;
        }
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        return new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
    }
}
