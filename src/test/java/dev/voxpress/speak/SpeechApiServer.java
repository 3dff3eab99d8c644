package dev.voxpress.speak;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the remote speech services in tests: a loopback HTTP server that speaks the OpenAI speech API
 * ({@code POST /v1/audio/speech}, and {@code GET /v1/models}) or the ElevenLabs text-to-speech API
 * ({@code POST /v1/text-to-speech/{voice_id}[/with-timestamps]?output_format=pcm_RATE}, and
 * {@code GET /v1/voices/{voice_id}}) as they are documented. It checks each request (method, path, headers, JSON
 * fields and content type) and answers with real speech: FreeTTS's kevin16 saying the requested input, as a WAV file
 * or as raw 16-bit little-endian mono PCM at the rate asked for; with timestamps, as JSON with that PCM in base64
 * and each character's start and end, spread in proportion over the span where the audio is voiced (above
 * {@value #VOICED_LEVEL}), as ElevenLabs' alignment follows the speech. ElevenLabs audio can be padded with silence
 * before and after ({@link #leadMillis}, {@link #tailMillis}), as the service's own answers are. Faults can be scripted for the next requests: 401, 429 with
 * Retry-After, 500, a slow answer, a truncated one. A request that breaks the API's rules gets a 400 and is noted
 * in {@link #problems}.
 */
final class SpeechApiServer implements AutoCloseable {
    enum Api { OPENAI, ELEVENLABS }

    enum Fault { UNAUTHORIZED, RATE_LIMITED, SERVER_ERROR, SLOW, TRUNCATED }

    /** One request as received. */
    record Received(String method, String path, String query, Map<String, List<String>> headers, Map<String, Object> json) {
        String header(String name) {
            for (var entry : headers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) return entry.getValue().get(0);
            }
            return null;
        }
    }

    /** The level above which a sample counts as voiced, for the alignment. */
    static final double VOICED_LEVEL = 0.02;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OPENAI_FORMATS = Set.of("mp3", "opus", "aac", "flac", "wav", "pcm");

    /** The speech requests (POST), which cost characters. */
    final List<Received> requests = Collections.synchronizedList(new ArrayList<>());
    /** The readiness checks (GET), which cost nothing. */
    final List<Received> checks = Collections.synchronizedList(new ArrayList<>());
    /** Per text, the voiced span each alignment was spread over, in seconds: {first character's start, last one's end}. */
    final Map<String, double[]> alignedSpans = new ConcurrentHashMap<>();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Api api;
    private final String key;
    private final HttpServer server;
    private final FreeTtsEngine kevin;
    volatile long slowMillis = 3_000;
    volatile int retryAfterSeconds = 1;
    /** How long each good answer takes, to let requests overlap. */
    volatile long answerMillis = 0;
    /** Silence before and after ElevenLabs audio, in milliseconds. */
    volatile int leadMillis = 0;
    volatile int tailMillis = 0;
    /** Writes WAV files as a streaming service does: RIFF and data sizes 0xFFFFFFFF, "to the end". */
    volatile boolean streamedWav = false;

    /** @param key the API key the server accepts; null to accept requests without one (a local server) */
    SpeechApiServer(Api api, String key) throws IOException {
        this.api = api;
        this.key = key;
        this.kevin = new FreeTtsEngine(VoiceProfile.of(new Voice("kevin16", FreeTtsEngine.ENGINE, "kevin16", "")));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL a profile's {@code url=} names: with {@code /v1} for OpenAI, without for ElevenLabs. */
    URI url() {
        String root = "http://127.0.0.1:" + server.getAddress().getPort();
        return URI.create(api == Api.OPENAI ? root + "/v1" : root);
    }

    /** Answers the next requests with these faults, in order, then normally again. */
    synchronized void script(Fault... next) {
        faults.addAll(List.of(next));
    }

    private synchronized Fault nextFault() {
        return faults.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, Object> json = null;
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = JSON.readValue(body, Map.class);
                json = parsed;
            } catch (IOException notJson) {
                // checked below
            }
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()), json);
            if (request.method().equals("GET")) {
                checks.add(request);
                answerCheck(exchange, request);
                return;
            }
            requests.add(request);
            String wrong = api == Api.OPENAI ? checkOpenAi(request) : checkElevenLabs(request);
            if (wrong != null && wrong.startsWith("401 ")) {
                send(exchange, 401, "application/json", error(wrong.substring(4)));
                return;
            }
            if (wrong != null) {
                problems.add(wrong);
                send(exchange, wrong.startsWith("404 ") ? 404 : 400, "application/json", error(wrong));
                return;
            }
            Fault fault = nextFault();
            if (fault == Fault.UNAUTHORIZED) {
                send(exchange, 401, "application/json", error("Incorrect API key provided: " + key));
                return;
            }
            if (fault == Fault.RATE_LIMITED) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
                send(exchange, 429, "application/json", error("Rate limit reached for requests"));
                return;
            }
            if (fault == Fault.SERVER_ERROR) {
                send(exchange, 500, "application/json", error("The server had an error while processing your request."));
                return;
            }
            if (fault == Fault.SLOW) sleep(slowMillis);
            if (answerMillis > 0) sleep(answerMillis);
            String text = (String) json.get(api == Api.OPENAI ? "input" : "text");
            Pcm speech;
            synchronized (kevin) {
                speech = kevin.synthesize(text);
            }
            byte[] audio;
            String type;
            if (api == Api.ELEVENLABS) {
                int rate = Integer.parseInt(request.query().replaceAll(".*output_format=pcm_(\\d+).*", "$1"));
                Pcm padded = pad(resample(speech, rate));
                audio = pcm16(padded);
                type = "audio/pcm";
                if (request.path().endsWith("/with-timestamps")) {
                    audio = timestamped(text, padded, audio);
                    type = "application/json";
                }
            } else if ("wav".equals(json.getOrDefault("response_format", "mp3"))) {
                audio = wav(speech);
                if (streamedWav) {
                    java.nio.ByteBuffer.wrap(audio).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, -1).putInt(40, -1);
                }
                type = "audio/wav";
            } else {
                audio = pcm16(resample(speech, OpenAiSpeechEngine.PCM_RATE));
                type = "audio/pcm";
            }
            if (fault == Fault.TRUNCATED) {
                // promises the whole answer, sends half of it, and hangs up
                exchange.getResponseHeaders().add("Content-Type", type);
                exchange.sendResponseHeaders(200, audio.length);
                OutputStream out = exchange.getResponseBody();
                out.write(audio, 0, audio.length / 2 + 1);
                out.flush();
                throw new IOException("hung up on purpose");
            }
            // no longer counted as in flight once the answer goes out: the client may send its next request at once
            counted = false;
            inFlight.decrementAndGet();
            send(exchange, 200, type, audio);
        } finally {
            if (counted) inFlight.decrementAndGet();
        }
    }

    /** What is wrong with an OpenAI request, or null. */
    private String checkOpenAi(Received r) {
        if (!r.method().equals("POST")) return "405 method " + r.method();
        if (!r.path().equals("/v1/audio/speech")) return "404 no such path " + r.path();
        String auth = r.header("Authorization");
        if (key != null && (auth == null || !auth.equals("Bearer " + key))) {
            return "401 You didn't provide an API key, or provided an incorrect one.";
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/json")) return "content type " + r.header("Content-Type");
        Map<String, Object> json = r.json();
        if (json == null) return "body is not JSON";
        for (String field : List.of("model", "voice", "input")) {
            if (!(json.get(field) instanceof String s) || s.isBlank()) return "missing " + field;
        }
        if (((String) json.get("input")).length() > 4096) return "input longer than 4096 characters";
        Object format = json.get("response_format");
        if (format != null && !OPENAI_FORMATS.contains(format)) return "bad response_format " + format;
        if (format == null || !(format.equals("wav") || format.equals("pcm"))) return "this stand-in answers wav and pcm only, not " + format;
        Object speed = json.get("speed");
        if (speed != null && !(speed instanceof Number n && n.doubleValue() >= 0.25 && n.doubleValue() <= 4.0)) return "bad speed " + speed;
        Set<String> known = Set.of("model", "voice", "input", "response_format", "speed", "instructions", "stream_format");
        for (String field : json.keySet()) if (!known.contains(field)) return "unknown field " + field;
        return null;
    }

    /** What is wrong with an ElevenLabs request, or null. */
    private String checkElevenLabs(Received r) {
        if (!r.method().equals("POST")) return "405 method " + r.method();
        if (!r.path().matches("/v1/text-to-speech/[A-Za-z0-9]+(/with-timestamps)?")) return "404 no such path " + r.path();
        if (key != null && !key.equals(r.header("xi-api-key"))) return "401 Invalid API key";
        if (r.header("Authorization") != null) return "an Authorization header, which ElevenLabs does not use";
        if (r.query() == null || !r.query().matches("(.*&)?output_format=pcm_(16000|22050|24000|44100)(&.*)?")) {
            return "output_format must be a pcm_ query parameter: " + r.query();
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/json")) return "content type " + r.header("Content-Type");
        Map<String, Object> json = r.json();
        if (json == null) return "body is not JSON";
        if (!(json.get("text") instanceof String s) || s.isBlank()) return "missing text";
        if (json.containsKey("output_format")) return "output_format belongs in the query, not the body";
        if (json.containsKey("model_id") && !(json.get("model_id") instanceof String)) return "model_id is not a string";
        Set<String> known = Set.of("text", "model_id", "voice_settings", "language_code", "seed", "previous_text", "next_text");
        for (String field : json.keySet()) if (!known.contains(field)) return "unknown field " + field;
        return null;
    }

    /**
     * A readiness check: OpenAI's model list, or one ElevenLabs voice; 401 without the key, as the services answer.
     */
    private void answerCheck(HttpExchange exchange, Received r) throws IOException {
        boolean keyed = key == null || (api == Api.OPENAI ? ("Bearer " + key).equals(r.header("Authorization"))
                : key.equals(r.header("xi-api-key")));
        if (!keyed) {
            send(exchange, 401, "application/json", error("Invalid API key"));
            return;
        }
        Object answer;
        if (api == Api.OPENAI && r.path().equals("/v1/models")) {
            answer = Map.of("object", "list", "data", List.of(Map.of("id", "gpt-4o-mini-tts", "object", "model",
                    "created", 1_742_403_959, "owned_by", "system")));
        } else if (api == Api.ELEVENLABS && r.path().matches("/v1/voices/[A-Za-z0-9]+")) {
            answer = Map.of("voice_id", r.path().substring("/v1/voices/".length()), "name", "Kevin", "category", "premade");
        } else {
            problems.add("404 no such path " + r.path());
            send(exchange, 404, "application/json", error("Not found"));
            return;
        }
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(answer));
    }

    private Pcm pad(Pcm speech) {
        int lead = leadMillis * speech.sampleRate() / 1000;
        int tail = tailMillis * speech.sampleRate() / 1000;
        float[] out = new float[lead + speech.samples().length + tail];
        System.arraycopy(speech.samples(), 0, out, lead, speech.samples().length);
        return new Pcm(speech.sampleRate(), out);
    }

    /** ElevenLabs' answer with timestamps: the PCM in base64, and each character's times over the voiced span. */
    private byte[] timestamped(String text, Pcm audio, byte[] pcm16) throws IOException {
        float[] samples = audio.samples();
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) <= VOICED_LEVEL) first++;
        int last = samples.length - 1;
        while (last > first && Math.abs(samples[last]) <= VOICED_LEVEL) last--;
        double start = first / (double) audio.sampleRate();
        double end = (last + 1) / (double) audio.sampleRate();
        alignedSpans.put(text, new double[] {start, end});
        List<String> characters = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            characters.add(String.valueOf(text.charAt(i)));
            starts.add(start + (end - start) * i / n);
            ends.add(start + (end - start) * (i + 1) / n);
        }
        Map<String, Object> alignment = Map.of("characters", characters, "character_start_times_seconds", starts,
                "character_end_times_seconds", ends);
        return JSON.writeValueAsBytes(Map.of("audio_base64", Base64.getEncoder().encodeToString(pcm16),
                "alignment", alignment, "normalized_alignment", alignment));
    }

    private byte[] error(String message) {
        try {
            return api == Api.OPENAI
                    ? JSON.writeValueAsBytes(Map.of("error", Map.of("message", message, "type", "invalid_request_error")))
                    : JSON.writeValueAsBytes(Map.of("detail", Map.of("status", "error", "message", message)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    static byte[] pcm16(Pcm pcm) {
        byte[] bytes = new byte[pcm.samples().length * 2];
        for (int i = 0; i < pcm.samples().length; i++) {
            int s = Math.max(-32768, Math.min(32767, Math.round(pcm.samples()[i] * 32768)));
            bytes[2 * i] = (byte) s;
            bytes[2 * i + 1] = (byte) (s >> 8);
        }
        return bytes;
    }

    static byte[] wav(Pcm pcm) throws IOException {
        byte[] bytes = pcm16(pcm);
        AudioFormat format = new AudioFormat(pcm.sampleRate(), 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(bytes), format, pcm.samples().length),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    /** Linear interpolation: good enough for a stand-in. */
    static Pcm resample(Pcm pcm, int rate) {
        float[] in = pcm.samples();
        int n = (int) ((long) in.length * rate / pcm.sampleRate());
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double x = (double) i * pcm.sampleRate() / rate;
            int j = (int) x;
            double f = x - j;
            float a = in[Math.min(j, in.length - 1)];
            float b = in[Math.min(j + 1, in.length - 1)];
            out[i] = (float) (a + (b - a) * f);
        }
        return new Pcm(rate, out);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int count() {
        return requests.size();
    }

    String query(int i) {
        return requests.get(i).query();
    }

    String bodyText(int i) {
        return String.valueOf(requests.get(i).json());
    }

    @Override
    public void close() {
        server.stop(0);
        kevin.close();
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, UTF_8);
    }
}
