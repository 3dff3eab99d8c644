package dev.voxpress.speak;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.voxpress.Patience;
import dev.voxpress.cli.Main;

/**
 * The MaryTTS HTTP engine against a real MaryTTS server ({@code voxpress mary-server} in its own JVM, started once
 * for the class), and against small broken servers for the failures that a healthy MaryTTS does not produce.
 * <p>
 * No test depends on speed: the engines get timeouts that only a hang would reach, except where the test is of a
 * timeout, and there the server blocks until the test is done, so that only the timeout can end the request. The
 * class-level timeout is a safety net against a hang, not a measure.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaryHttpEngineTest {
    private static final Voice VOICE = new Voice("cmu-slt-hsmm", MaryHttpEngine.ENGINE, "cmu-slt-hsmm", "");
    private static final String SENTENCE = "The negotiations lasted for an hour and forty minutes.";
    private static final String SSML = "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" "
            + "xml:lang=\"en-US\">%s</speak>";

    @TempDir
    static Path dir;
    private static Process process;
    private static URI mary;

    @BeforeAll
    static void startMaryServer() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "mary-server", "--port", "0");
        process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
        // The command prints its URL once it listens.
        String url = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(Patience.SAFETY_NET.toSeconds(), TimeUnit.SECONDS);
        assertTrue(url != null && url.startsWith("http://127.0.0.1:"), "mary-server printed " + url);
        mary = URI.create(url);
    }

    @AfterAll
    static void stopMaryServer() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!Patience.ends(process)) process.destroyForcibly();
        }
    }

    private static MaryHttpEngine engine(int retries, URI... servers) {
        return new MaryHttpEngine(VOICE, List.of(servers), Patience.SAFETY_NET, Patience.SAFETY_NET, retries);
    }

    @Test
    void answersVersionAndVoicesOnLoopbackOnly() throws Exception {
        assertFalse(Files.exists(dir.resolve("log")), "MaryTTS should not write log/server.log in the working folder");
        try (MaryHttpEngine engine = engine(1, mary)) {
            assertTrue(engine.version().startsWith("Mary TTS server 5.2.1"), engine.version());
            assertTrue(engine.voices().contains("cmu-slt-hsmm"), engine.voices().toString());
        }
        for (InetAddress address : lanAddresses()) {
            try (Socket socket = new Socket()) {
                assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(address, mary.getPort()), 1000),
                        "the server should not listen on " + address);
            }
        }
    }

    @Test
    void refusesToOpenWithAVoiceTheServerLacks() {
        Voice missing = new Voice("nobody", MaryHttpEngine.ENGINE, "nobody", "");
        EngineException e = assertThrows(EngineException.class,
                () -> new MaryHttpEngine(missing, List.of(mary), Patience.SAFETY_NET, Patience.SAFETY_NET, 1));
        assertTrue(e.getMessage().contains(mary + " has no voice nobody (it has cmu-slt-hsmm)"), e.getMessage());
    }

    @Test
    void speaksASentence() {
        try (MaryHttpEngine engine = engine(1, mary)) {
            Pcm pcm = engine.synthesize(SENTENCE);
            assertEquals(48000, pcm.sampleRate());
            assertAudibleSpeech(pcm, 9);
        }
    }

    @Test
    void speaksSsmlAndRawMaryXml() {
        try (MaryHttpEngine engine = engine(1, mary)) {
            double plain = engine.process(SSML.formatted("Hello there."), "SSML").seconds();
            double slow = engine.process(SSML.formatted("<prosody rate=\"-50%\">Hello there.</prosody>"), "SSML").seconds();
            assertTrue(slow > plain * 1.3, "rate -50%: " + slow + " s against " + plain + " s");
            Pcm transcribed = engine.process("<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" "
                    + "xml:lang=\"en-US\"><p><s><t ph=\"z @ - ' l E n - s k i\">Zelensky</t> spoke.</s></p></maryxml>",
                    "RAWMARYXML");
            assertAudibleSpeech(transcribed, 2);
        }
    }

    @Test
    void speaksLikeTheEmbeddedEngine() {
        String ssml = SSML.formatted("<prosody rate=\"-20%\" pitch=\"+10%\">Hello there.</prosody>");
        String maryXml = MaryEngineTest.MARYXML.formatted("<t ph=\"z @ - ' l E n - s k i\">Zelensky</t> spoke.");
        try (MaryHttpEngine remote = engine(1, mary);
             MaryEngine embedded = new MaryEngine(VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", "")))) {
            // Same timing to the sample. Not always the same samples: MaryTTS scales clipping audio down by the
            // loudest sample so far, one read at a time, and its WAV writer reads other blocks than MaryEngine.
            assertEquals(embedded.process(ssml, "SSML").samples().length, remote.process(ssml, "SSML").samples().length);
            assertEquals(embedded.process(maryXml, "RAWMARYXML").samples().length,
                    remote.process(maryXml, "RAWMARYXML").samples().length);
        }
    }

    @Test
    void rejectsBadInputWithoutRetrying() {
        try (MaryHttpEngine engine = engine(3, mary)) {
            EngineException malformed = assertThrows(EngineException.class, () -> engine.process("<speak>Hello", "SSML"));
            assertTrue(malformed.getMessage().startsWith("MaryTTS server " + mary + " cannot speak \"<speak>Hello\": "
                    + "HTTP 500: Internal server error: Problem reading input"), malformed.getMessage());
            EngineException unknownType = assertThrows(EngineException.class, () -> engine.process("Hello", "NOPE"));
            assertTrue(unknownType.getMessage().endsWith("HTTP 400: Bad request: The value 'NOPE' of parameter "
                    + "'INPUT_TYPE' is not valid."), unknownType.getMessage());
        }
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try (MaryHttpEngine engine = engine(1, mary)) {
            List<Future<Pcm>> results = new ArrayList<>();
            for (String word : List.of("One.", "Two.", "Three.", "One.", "Two.", "Three.")) {
                results.add(threads.submit(() -> engine.synthesize(word)));
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(results.get(i).get().seconds(), results.get(i + 3).get().seconds(), 1e-9);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void goesRoundADeadServer() throws IOException {
        URI dead = deadServer();
        try (MaryHttpEngine engine = engine(1, dead, mary)) {
            for (int i = 0; i < 3; i++) assertAudibleSpeech(engine.synthesize("Hello."), 1);
        }
    }

    @Test
    void skipsAServerThatFailedWhileOthersAnswer() throws IOException {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket resetting = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!resetting.isClosed()) {
                    try (Socket socket = resetting.accept()) {
                        connections.incrementAndGet();
                        socket.setSoLinger(true, 0); // closing now resets the connection
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            URI broken = URI.create("http://127.0.0.1:" + resetting.getLocalPort() + "/");
            // A clock that stands still: however slowly this machine runs the loop, the skip after the failure never
            // runs out during it.
            try (MaryHttpEngine engine = new MaryHttpEngine(VOICE, List.of(broken, mary), Patience.SAFETY_NET,
                    Patience.SAFETY_NET, 1, () -> 0L)) {
                // The check of the voices tries every server (and the JDK's client retries a reset GET once).
                int afterCheck = connections.get();
                assertTrue(afterCheck > 0);
                for (int i = 0; i < 10; i++) assertTrue(engine.version().startsWith("Mary TTS server"));
                assertEquals(afterCheck, connections.get(), "a server that just failed is skipped");
            }
        }
    }

    @Test
    void failsAfterRetriesWhenNoServerAnswers() throws IOException {
        URI first = deadServer();
        URI second = deadServer();
        EngineException e = assertThrows(EngineException.class, () -> engine(2, first, second));
        assertTrue(e.getMessage().startsWith("no MaryTTS server could list its voices (3 attempts): "), e.getMessage());
        assertTrue(e.getMessage().contains(first + " cannot connect"), e.getMessage());
        assertTrue(e.getMessage().contains(second + " cannot connect"), e.getMessage());
    }

    @Test
    void retriesAServerError() throws Exception {
        byte[] wav = realWav("Hello.");
        AtomicInteger processRequests = new AtomicInteger();
        try (Stub stub = new Stub(n -> processRequests.incrementAndGet() == 1 ? new Answer(500, "text/plain", "busy")
                : new Answer(200, "audio/x-wav", wav))) {
            try (MaryHttpEngine engine = engine(1, stub.uri)) {
                assertAudibleSpeech(engine.synthesize("Hello."), 1);
                assertEquals(2, processRequests.get());
            }
        }
    }

    @Test
    void reportsAServerThatAnswersGarbage() throws Exception {
        byte[] wav = realWav("Hello there.");
        String page = "<html><body><h1>Welcome</h1><p>Log in.</body></html>";
        try (Stub html = new Stub(n -> new Answer(200, "text/html", page));
             Stub truncated = new Stub(n -> new Answer(200, "audio/x-wav", java.util.Arrays.copyOf(wav, wav.length / 2)))) {
            try (MaryHttpEngine engine = engine(1, html.uri)) {
                EngineException e = assertThrows(EngineException.class, () -> engine.synthesize("Hello."));
                assertEquals("no MaryTTS server could speak \"Hello.\" (2 attempts): " + html.uri + " answered something "
                        + "other than a WAV file (text/html, " + page.length() + " bytes: Welcome: Log in.)", e.getMessage());
                assertEquals(3, html.requests.get(), "the voices, then two attempts");
            }
            try (MaryHttpEngine engine = engine(0, truncated.uri)) {
                EngineException e = assertThrows(EngineException.class, () -> engine.synthesize("Hello."));
                assertTrue(e.getMessage().contains(truncated.uri + " answered a truncated WAV file"), e.getMessage());
            }
        }
    }

    @Test
    void timesOutOnAServerThatNeverAnswers() throws Exception {
        // The server answers /process only once the test is done: only the engine's timeout can end the request.
        CountDownLatch done = new CountDownLatch(1);
        try (Stub silent = new Stub(n -> {
            awaitUninterruptibly(done);
            return new Answer(200, "audio/x-wav", new byte[0]);
        }, done)) {
            try (MaryHttpEngine engine = new MaryHttpEngine(VOICE, List.of(silent.uri), Patience.SAFETY_NET,
                    Duration.ofMillis(500), 1)) {
                EngineException e = assertThrows(EngineException.class, () -> engine.synthesize("Hello."));
                assertEquals("no MaryTTS server could speak \"Hello.\" (2 attempts): " + silent.uri
                        + " no answer within 0.5 s", e.getMessage());
            }
        }
    }

    @Test
    void narratesAnArticleWithTheShippedProfileOnSeveralThreads() throws Exception {
        Path article = Files.writeString(dir.resolve("talks.txt"), "Home News\n\nTalks in Istanbul\n\n"
                + "President Zelensky spoke first. The talks lasted an hour and forty minutes.\n\n"
                + "Both sides agreed to exchange one thousand prisoners. Nobody knows what comes next.\n");
        VoiceProfile profile = Voices.profile("mary-server").withServers(List.of(deadServer(), mary));
        List<String> warnings = new ArrayList<>();
        Path mp3 = dir.resolve("talks.mp3");
        dev.voxpress.Narrator.Narration narration = new dev.voxpress.Narrator(new dev.voxpress.source.SourceLoader(),
                new dev.voxpress.clean.ArticleCleaner(), m -> { }, warnings::add)
                .narrate(article.toString(), mp3, profile, 3, dev.voxpress.master.MasterSettings.DEFAULTS, java.util.Set.of());
        assertTrue(narration.file().seconds() > 8, "duration " + narration.file().seconds());
        assertEquals(5, narration.mastered().cues().size());
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(0, Main.execute("narrate", article.toString(), "-o", dir.resolve("cli.wav").toString(),
                "--mary-url", mary.toString(), "--threads", "2"));
        assertTrue(Files.size(dir.resolve("cli.wav")) > 100_000);
    }

    /** Last, since it kills the shared server. */
    @Test
    @Order(Integer.MAX_VALUE)
    void reportsAServerThatDiesMidArticle() throws InterruptedException {
        try (MaryHttpEngine engine = engine(1, mary)) {
            assertAudibleSpeech(engine.synthesize("First sentence."), 2);
            process.destroyForcibly();
            assertTrue(Patience.ends(process));
            EngineException e = assertThrows(EngineUnavailableException.class, () -> engine.synthesize("Second sentence."));
            assertTrue(e.getMessage().startsWith("no MaryTTS server could speak \"Second sentence.\" (2 attempts): "
                    + mary + " "), e.getMessage());
        }
    }

    private static void assertAudibleSpeech(Pcm pcm, int words) {
        double seconds = pcm.seconds();
        assertTrue(seconds > words * 0.2 && seconds < 1 + words * 0.8, "duration " + seconds + " s for " + words + " words");
        double sum = 0;
        for (float s : pcm.samples()) sum += s * s;
        double rms = Math.sqrt(sum / pcm.samples().length);
        assertTrue(rms > 0.01, "RMS " + rms + " is near silence");
    }

    /** A loopback URL where nothing listens. */
    static URI deadServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
    }

    /** What the real server answers for a text, for broken servers to replay. */
    private static byte[] realWav(String text) throws Exception {
        String form = "INPUT_TYPE=TEXT&OUTPUT_TYPE=AUDIO&AUDIO=WAVE_FILE&LOCALE=en_US&VOICE=cmu-slt-hsmm&INPUT_TEXT="
                + java.net.URLEncoder.encode(text, UTF_8);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(mary.resolve("process"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static List<InetAddress> lanAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) continue;
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) addresses.add(address);
            }
        }
        return addresses;
    }

    /** Waits for the latch; a stub's handler thread is interrupted when the stub closes, which also ends the wait. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Answer(int status, String type, byte[] body) {
        Answer(int status, String type, String body) {
            this(status, type, body.getBytes(UTF_8));
        }
    }

    /**
     * A broken server, not a stand-in for MaryTTS: it lists the voice, as any MaryTTS server would, and answers
     * {@code /process} as the test says.
     */
    private static final class Stub implements AutoCloseable {
        final HttpServer server;
        final URI uri;
        final AtomicInteger requests = new AtomicInteger();
        /** Counted down on close: what a handler that blocks until the test is done waits for. */
        private final CountDownLatch done;

        Stub(IntFunction<Answer> process) throws IOException {
            this(process, new CountDownLatch(1));
        }

        Stub(IntFunction<Answer> process, CountDownLatch done) throws IOException {
            this.done = done;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                int n = requests.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                Answer answer = exchange.getRequestURI().getPath().equals("/voices")
                        ? new Answer(200, "text/plain", "cmu-slt-hsmm en_US female hmm\n")
                        : process.apply(n);
                exchange.getResponseHeaders().set("Content-Type", answer.type());
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
                exchange.close();
            });
            server.start();
            uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        @Override
        public void close() {
            done.countDown();
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
