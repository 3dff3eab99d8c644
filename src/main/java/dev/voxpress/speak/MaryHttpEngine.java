package dev.voxpress.speak;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * MaryTTS over HTTP: speaks through one or more MaryTTS servers ({@code voxpress mary-server}, or any MaryTTS 5
 * server) with their {@code /process} API, and reads the WAV files they answer.
 *
 * <p>Unlike the embedded engines, this one is thread-safe: several threads may call {@link #synthesize} and
 * {@link #process} at once on one instance, which is how to keep several servers busy.
 *
 * <p>Requests go to the servers in turn. A request that fails in a way that may pass (connection refused or reset,
 * timeout, HTTP 5xx or 429, an answer that is not a complete WAV file) is retried: at once on a server not yet tried
 * for it, after an exponentially growing, jittered pause on one already tried. A server that failed is skipped by
 * later requests while others answer, for a second, doubling with each further failure up to a minute. A request
 * that the server rejects (HTTP 4xx, or MaryTTS's "Problem reading input" for malformed SSML or MaryXML) fails at
 * once. Every failure is an {@link EngineException} whose one-line message names the servers and the reasons.
 */
public final class MaryHttpEngine implements Engine {
    public static final String ENGINE = "marytts-server";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RETRIES = 3;

    private static final long FIRST_SKIP_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long LONGEST_SKIP_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Voice voice;
    private final List<Server> servers = new ArrayList<>();
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    /** Nanoseconds, as {@link System#nanoTime()}: when to stop skipping a server that failed. */
    private final LongSupplier clock;
    private final int retries;
    private final HttpClient client;
    private final AtomicInteger turn = new AtomicInteger();
    private final String locale;
    private final MaryInput input;

    /**
     * Connects to a profile's servers with its request timeout and retries; sentences are sent with its rate,
     * pitch and lexicon phonemes.
     *
     * @throws EngineException when no server answers, even after the retries, or a server lacks the voice
     */
    public MaryHttpEngine(VoiceProfile profile) {
        this(profile, profile.servers(), DEFAULT_CONNECT_TIMEOUT, profile.timeout(), profile.retries(), System::nanoTime);
    }

    /**
     * Connects with the default timeouts and retries: {@link #DEFAULT_CONNECT_TIMEOUT},
     * {@link #DEFAULT_REQUEST_TIMEOUT}, {@link #DEFAULT_RETRIES}.
     *
     * @see #MaryHttpEngine(Voice, List, Duration, Duration, int)
     */
    public MaryHttpEngine(Voice voice, List<URI> servers) {
        this(voice, servers, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_RETRIES);
    }

    /**
     * Asks the servers for their voices and checks that each server that answers has this one.
     *
     * @param voice          the voice; its {@link Voice#engineVoice()} is the MaryTTS voice name, such as
     *                       {@code cmu-slt-hsmm}
     * @param servers        the servers' base URLs, such as {@code http://127.0.0.1:59125/}; one at least
     * @param connectTimeout the longest wait for a connection to a server
     * @param requestTimeout the longest wait for a whole answer, connecting and audio included
     * @param retries        how many times a failed request is tried again, 0 for never
     * @throws EngineException when no server answers, even after the retries, or a server lacks the voice
     */
    public MaryHttpEngine(Voice voice, List<URI> servers, Duration connectTimeout, Duration requestTimeout,
            int retries) {
        this(VoiceProfile.of(voice), servers, connectTimeout, requestTimeout, retries, System::nanoTime);
    }

    /** As the public constructor, with the clock that times how long failed servers are skipped: for tests. */
    MaryHttpEngine(Voice voice, List<URI> servers, Duration connectTimeout, Duration requestTimeout, int retries,
            LongSupplier clock) {
        this(VoiceProfile.of(voice), servers, connectTimeout, requestTimeout, retries, clock);
    }

    private MaryHttpEngine(VoiceProfile profile, List<URI> servers, Duration connectTimeout, Duration requestTimeout,
            int retries, LongSupplier clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.voice = profile.voice();
        this.input = new MaryInput(profile);
        if (servers.isEmpty()) throw new IllegalArgumentException("no MaryTTS server given");
        if (retries < 0) throw new IllegalArgumentException("retries must not be negative");
        for (URI server : servers) this.servers.add(new Server(baseUrl(server)));
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.retries = retries;
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // MaryTTS speaks HTTP/1.1 only: no upgrade attempt
                .connectTimeout(connectTimeout)
                .build();
        locale = checkVoice();
    }

    private static URI baseUrl(URI server) {
        String scheme = server.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("not an http URL: " + server);
        }
        String url = server.toString();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /**
     * Asks every server for its voices, in rounds until one answers. Servers that do not answer stay in the rotation:
     * they may be starting, and requests skip them while they fail.
     */
    private String checkVoice() {
        Map<Server, String> reasons = new LinkedHashMap<>();
        for (int round = 0; round <= retries; round++) {
            if (round > 0) pause(round - 1);
            String found = null;
            for (Server server : servers) {
                try {
                    Map<String, String> voices = readVoices(send(server, "voices", null));
                    server.answered();
                    if (!voices.containsKey(voice.engineVoice())) {
                        throw new EngineException("MaryTTS server " + server + " has no voice " + voice.engineVoice()
                                + " (it has " + String.join(", ", voices.keySet()) + ")");
                    }
                    if (found == null) found = voices.get(voice.engineVoice());
                } catch (HttpAttempt.Failure failure) {
                    if (!failure.retryable) throw onServer(failure, server, "list its voices");
                    server.failed(clock.getAsLong());
                    reasons.put(server, failure.getMessage());
                }
            }
            if (found != null) return found;
        }
        throw new EngineUnavailableException(failedAfterRetries("list its voices", reasons));
    }

    @Override
    public Voice voice() {
        return voice;
    }

    @Override
    public boolean threadSafe() {
        return true;
    }

    /** Speaks a sentence: plain text, or MaryXML when the profile asks for a rate, a pitch or phonemes. */
    @Override
    public Pcm synthesize(String text) {
        return input.speak(text, this::process);
    }

    /**
     * Speaks a document of one of MaryTTS's input types, as {@link MaryEngine#process} does.
     *
     * @param input     the document, such as an SSML {@code <speak>} document
     * @param inputType the MaryTTS input type: {@code TEXT}, {@code SSML}, {@code RAWMARYXML}, ...
     * @return the audio at the voice's sample rate (48 kHz for {@code cmu-slt-hsmm})
     * @throws EngineException when no server can speak it, even after the retries, or a server rejects it
     */
    public Pcm process(String input, String inputType) {
        String form = form("INPUT_TEXT", input, "INPUT_TYPE", inputType, "OUTPUT_TYPE", "AUDIO",
                "AUDIO", "WAVE_FILE", "LOCALE", locale, "VOICE", voice.engineVoice());
        return call("speak \"" + MaryEngine.abbreviate(input) + "\"", "process", form, MaryHttpEngine::readWav);
    }

    /** The next server's version, such as {@code Mary TTS server 5.2.1 (impl. unknown)}. */
    public String version() {
        return call("tell its version", "version", null, response -> text(response).trim());
    }

    /** The names of the next server's voices. */
    public Set<String> voices() {
        return call("list its voices", "voices", null, response -> readVoices(response).keySet());
    }

    /** Sends one request, retrying as the class documentation says. */
    private <T> T call(String what, String path, String form, Reader<T> reader) {
        Map<Server, String> reasons = new LinkedHashMap<>();
        int pauses = 0;
        for (int attempt = 0; attempt <= retries; attempt++) {
            Server server = pick(reasons.keySet());
            if (reasons.containsKey(server)) pause(pauses++);
            try {
                T result = reader.read(send(server, path, form));
                server.answered();
                return result;
            } catch (HttpAttempt.Failure failure) {
                if (!failure.retryable) throw onServer(failure, server, what);
                server.failed(clock.getAsLong());
                reasons.remove(server); // keeps the reasons in the order of the last failures
                reasons.put(server, failure.getMessage());
            }
        }
        throw new EngineUnavailableException(failedAfterRetries(what, reasons));
    }

    private String failedAfterRetries(String what, Map<Server, String> reasons) {
        StringJoiner detail = new StringJoiner("; ");
        reasons.forEach((server, reason) -> detail.add(server + " " + reason));
        int attempts = retries + 1;
        return "no MaryTTS server could " + what + " (" + attempts + (attempts == 1 ? " attempt" : " attempts")
                + "): " + detail;
    }

    /**
     * The next server in turn that this request has not tried and that is not being skipped; failing that, the next
     * one it has not tried; failing that, the next one.
     */
    private Server pick(Set<Server> tried) {
        int first = Math.floorMod(turn.getAndIncrement(), servers.size());
        long now = clock.getAsLong();
        Server untried = null;
        for (int i = 0; i < servers.size(); i++) {
            Server server = servers.get((first + i) % servers.size());
            if (tried.contains(server)) continue;
            if (!server.skipped(now)) return server;
            if (untried == null) untried = server;
        }
        return untried != null ? untried : servers.get(first);
    }

    private static EngineException onServer(HttpAttempt.Failure failure, Server server, String what) {
        return new EngineException("MaryTTS server " + server + " cannot " + what + ": " + failure.getMessage());
    }

    /** Sleeps before retrying a server (see {@link HttpAttempt#pauseMillis}). */
    private static void pause(int pauses) {
        HttpAttempt.sleep(HttpAttempt.pauseMillis(pauses), "MaryTTS");
    }

    private HttpResponse<byte[]> send(Server server, String path, String form) throws HttpAttempt.Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base.resolve(path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        HttpResponse<byte[]> response = HttpAttempt.send(client, request.build(), connectTimeout, requestTimeout,
                "MaryTTS server " + server, UnaryOperator.identity());
        checkStatus(response);
        return response;
    }

    private static void checkStatus(HttpResponse<byte[]> response) throws HttpAttempt.Failure {
        int status = response.statusCode();
        if (status == 200) return;
        String summary = summary(response.body());
        // MaryTTS answers 500 for input it cannot parse, which no retry will mend.
        boolean badInput = status == 500 && summary.contains("Problem reading input");
        boolean retryable = (status >= 500 || status == 429) && !badInput;
        throw new HttpAttempt.Failure("HTTP " + status + (summary.isEmpty() ? "" : ": " + summary), retryable);
    }

    /**
     * One line from an error page: MaryTTS's message, and the innermost exception of the stack trace that it puts in
     * a {@code <pre>}; any other page's text, shortened.
     */
    static String summary(byte[] body) {
        String page = new String(body, 0, Math.min(body.length, 8192), UTF_8);
        String cause = "";
        int pre = page.indexOf("<pre>");
        if (pre >= 0) {
            String[] trace = page.substring(pre + "<pre>".length()).split("\n");
            cause = trace[0];
            for (String line : trace) {
                if (line.startsWith("Caused by: ")) cause = line.substring("Caused by: ".length());
            }
            page = page.substring(0, pre);
        }
        String text = (page.replaceAll("(?is)<title>.*?</title>", " ").replaceAll("(?i)</h1>", ": ")
                .replaceAll("<[^>]*>", " ") + " " + cause).replaceAll("\\s+", " ").replaceAll("[:\\s]+$", "").trim();
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static Pcm readWav(HttpResponse<byte[]> response) throws HttpAttempt.Failure {
        byte[] body = response.body();
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(body))) {
            AudioFormat format = audio.getFormat();
            if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1
                    || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
                throw new HttpAttempt.Failure("answered audio in an unexpected format: " + format, true);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            audio.transferTo(bytes);
            long promised = audio.getFrameLength() * format.getFrameSize();
            if (audio.getFrameLength() != AudioSystem.NOT_SPECIFIED && bytes.size() < promised) {
                throw new HttpAttempt.Failure("answered a truncated WAV file: " + bytes.size() + " of " + promised
                        + " bytes of audio", true);
            }
            return Pcm.fromPcm16(bytes.toByteArray(), bytes.size(), Math.round(format.getSampleRate()),
                    format.isBigEndian());
        } catch (UnsupportedAudioFileException | IOException e) {
            String type = response.headers().firstValue("Content-Type").orElse("no content type");
            String summary = summary(body);
            throw new HttpAttempt.Failure("answered something other than a WAV file (" + type + ", " + body.length + " bytes"
                    + (summary.isEmpty() ? "" : ": " + summary) + ")", true);
        }
    }

    /** Voice names and their locales, from lines such as {@code cmu-slt-hsmm en_US female hmm}. */
    private static Map<String, String> readVoices(HttpResponse<byte[]> response) throws HttpAttempt.Failure {
        Map<String, String> voices = new LinkedHashMap<>();
        for (String line : text(response).split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 2) voices.put(fields[0], fields[1]);
        }
        if (voices.isEmpty()) {
            throw new HttpAttempt.Failure("answered no list of voices: " + summary(response.body()), true);
        }
        return voices;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), UTF_8);
    }

    private static String form(String... namesAndValues) {
        StringJoiner form = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], UTF_8));
        }
        return form.toString();
    }

    @Override
    public void close() {
        // The HTTP client holds no connection that outlives its use, and its threads end when it is unreachable.
    }

    /** Reads what a request is for out of a successful answer. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(HttpResponse<byte[]> response) throws HttpAttempt.Failure;
    }

    /** One server, and how long requests skip it after failures. */
    private static final class Server {
        final URI base;
        private int failures;
        private long skipUntil;

        Server(URI base) {
            this.base = base;
        }

        synchronized boolean skipped(long now) {
            return failures > 0 && now - skipUntil < 0;
        }

        synchronized void failed(long now) {
            failures++;
            skipUntil = now + Math.min(LONGEST_SKIP_NANOS, FIRST_SKIP_NANOS << Math.min(failures - 1, 10));
        }

        synchronized void answered() {
            failures = 0;
        }

        @Override
        public String toString() {
            return base.toString();
        }
    }

}
