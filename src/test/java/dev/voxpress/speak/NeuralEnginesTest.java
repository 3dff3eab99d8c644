package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.voxpress.VoxpressException;
import dev.voxpress.speak.SpeechApiServer.Api;
import dev.voxpress.speak.SpeechApiServer.Fault;

/**
 * The openai-speech and elevenlabs engines against {@link SpeechApiServer}, which stands in for the remote services:
 * real requests over loopback HTTP, real speech in the answers, and scripted faults.
 */
class NeuralEnginesTest {
    private static final String KEY_VAR = "VOXPRESS_TEST_TTS_KEY";
    private final String key = "sk-test-" + UUID.randomUUID();
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void freshRun() {
        CharactersSent.reset();
        NeuralSettings.environment(name -> name.equals(KEY_VAR) ? key : null);
    }

    @AfterEach
    void close() throws Exception {
        NeuralSettings.environment(null);
        CharactersSent.reset();
        for (AutoCloseable c : open) c.close();
    }

    private SpeechApiServer server(Api api) throws Exception {
        SpeechApiServer server = new SpeechApiServer(api, key);
        open.add(server);
        return server;
    }

    private Engine openAi(SpeechApiServer server, String extra) {
        return open(openAiProfile(server, extra));
    }

    private static VoiceProfile openAiProfile(SpeechApiServer server, String extra) {
        return VoiceProfile.parse("neural", "engine = openai-speech\nurl = " + server.url() + "\nmodel = tts-1\n"
                + "voice = alloy\napi-key-env = " + KEY_VAR + "\ntimeout = 2\nretries = 3\n" + extra, "neural.properties", null);
    }

    private Engine elevenLabs(SpeechApiServer server, String extra) {
        return open(elevenLabsProfile(server, extra));
    }

    private static VoiceProfile elevenLabsProfile(SpeechApiServer server, String extra) {
        return VoiceProfile.parse("eleven", "engine = elevenlabs\nurl = " + server.url() + "\nmodel = eleven_multilingual_v2\n"
                + "voice-id = JBFqnCBsd6RMkjVDRZzb\napi-key-env = " + KEY_VAR + "\ntimeout = 2\nretries = 3\n" + extra,
                "eleven.properties", null);
    }

    private Engine open(VoiceProfile profile) {
        Engine engine = Voices.open(profile);
        open.add(engine);
        return engine;
    }

    private static void assertSpeech(Pcm pcm, int rate) {
        assertEquals(rate, pcm.sampleRate());
        assertTrue(pcm.seconds() > 0.3, "only " + pcm.seconds() + " s");
        double energy = 0;
        for (float s : pcm.samples()) energy += s * s;
        assertTrue(Math.sqrt(energy / pcm.samples().length) > 0.01, "silence");
    }

    @Test
    void openAiSpeaksAsTheApiIsDocumented() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        Engine engine = openAi(server, "rate = 1.1\ninstructions = Read like a news anchor.\n");
        assertTrue(engine.threadSafe());
        assertSpeech(engine.synthesize("Hello from the speech service."), 16_000);
        assertEquals(List.of(), server.problems);
        SpeechApiServer.Received request = server.requests.get(0);
        assertEquals("Bearer " + key, request.header("Authorization"));
        assertEquals(Map.of("model", "tts-1", "voice", "alloy", "input", "Hello from the speech service.",
                "response_format", "wav", "speed", 1.1, "instructions", "Read like a news anchor."), request.json());
        assertEquals(Map.of(OpenAiSpeechEngine.ENGINE, 30L), CharactersSent.byEngine());
    }

    @Test
    void openAiPcmIs24kHz() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        assertSpeech(openAi(server, "response-format = pcm\n").synthesize("Raw samples this time."), 24_000);
        assertEquals(List.of(), server.problems);
    }

    @Test
    void streamedWavFilesAreReadToTheEnd() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        server.streamedWav = true;
        assertSpeech(openAi(server, "").synthesize("A file of unknown length."), 16_000);
        assertEquals(1, server.count());
    }

    @Test
    void aRefusedKeyStopsAtOnceAndIsNeverShown() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        server.script(Fault.UNAUTHORIZED);
        Engine engine = openAi(server, "");
        RunStoppedException e = assertThrows(RunStoppedException.class, () -> engine.synthesize("Hello."));
        assertEquals(1, server.count(), "no retry after 401");
        assertTrue(e.getMessage().contains(KEY_VAR) && e.getMessage().contains("HTTP 401"), e.getMessage());
        assertFalse(e.getMessage().contains(key), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertThrows(RunStoppedException.class, () -> engine.synthesize("Again."));
        assertEquals(1, server.count(), "sent again after a refused key");
    }

    @Test
    void aMissingKeyVariableIsNamed() {
        NeuralSettings.environment(name -> null);
        EngineException e = assertThrows(EngineUnavailableException.class,
                () -> Voices.open(VoiceProfile.parse("n", "engine = openai-speech\nvoice = alloy\napi-key-env = " + KEY_VAR
                        + "\n", "n.properties", null)));
        assertTrue(e.getMessage().contains(KEY_VAR), e.getMessage());
    }

    @Test
    void rateLimitsWaitAsRetryAfterAsks() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        server.retryAfterSeconds = 1;
        server.script(Fault.RATE_LIMITED);
        long start = System.nanoTime();
        assertSpeech(openAi(server, "").synthesize("Patience is a virtue."), 16_000);
        assertTrue(System.nanoTime() - start >= 950_000_000L, "retried before Retry-After");
        assertEquals(2, server.count());
    }

    @Test
    void serverErrorsSlowAndTruncatedAnswersAreRetried() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        server.slowMillis = 3_000;
        server.script(Fault.SERVER_ERROR, Fault.SLOW, Fault.TRUNCATED);
        assertSpeech(openAi(server, "").synthesize("Third time lucky."), 16_000);
        assertEquals(4, server.count());
        assertEquals(List.of(), server.problems);
    }

    @Test
    void retriesEndInOneLine() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        server.script(Fault.SERVER_ERROR, Fault.SERVER_ERROR);
        Engine engine = openAi(server, "retries = 1\n");
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class, () -> engine.synthesize("No luck."));
        assertEquals(2, server.count());
        assertTrue(e.getMessage().contains("2 attempts") && e.getMessage().contains("HTTP 500"), e.getMessage());
    }

    @Test
    void otherClientErrorsAreNotRetried() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        Engine engine = openAi(server, "response-format = mp3\n"); // the stand-in answers 400 to mp3
        EngineException e = assertThrows(EngineException.class, () -> engine.synthesize("Not this way."));
        assertFalse(e instanceof EngineUnavailableException, e.getMessage());
        assertEquals(1, server.count());
        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
    }

    @Test
    void maxConcurrentBoundsRequestsInFlight() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        server.answerMillis = 300;
        Engine engine = openAi(server, "max-concurrent = 2\n");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Pcm>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = "Sentence number " + i + ".";
                results.add(pool.submit(() -> engine.synthesize(text)));
            }
            for (Future<Pcm> result : results) assertSpeech(result.get(), 16_000);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, server.mostAtOnce.get());
    }

    @Test
    void theBudgetStopsBeforeItIsExceeded() throws Exception {
        SpeechApiServer server = server(Api.OPENAI);
        Engine engine = openAi(server, "max-chars-per-run = 40\n");
        engine.synthesize("Twenty characters...");
        assertThrows(CharactersSent.BudgetExceededException.class, () -> engine.synthesize("Twenty-one characters."));
        assertEquals(1, server.count());
        CharactersSent.limit(25L);
        assertThrows(CharactersSent.BudgetExceededException.class, () -> engine.synthesize("Ten chars."));
        assertEquals(1, server.count());
    }

    @Test
    void elevenLabsSpeaksAsTheApiIsDocumented() throws Exception {
        SpeechApiServer server = server(Api.ELEVENLABS);
        Engine engine = elevenLabs(server, "");
        assertSpeech(engine.synthesize("Hello from the other service."), 44_100);
        assertEquals(List.of(), server.problems);
        SpeechApiServer.Received request = server.requests.get(0);
        assertEquals("/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb/with-timestamps", request.path());
        assertEquals("output_format=pcm_44100", request.query());
        assertEquals(key, request.header("xi-api-key"));
        assertEquals(Map.of("text", "Hello from the other service.", "model_id", "eleven_multilingual_v2"), request.json());
        assertEquals(Map.of(ElevenLabsEngine.ENGINE, 29L), CharactersSent.byEngine());
    }

    @Test
    void elevenLabsTrimsItsAudioToTheAlignmentUnlessTold() throws Exception {
        SpeechApiServer server = server(Api.ELEVENLABS);
        server.leadMillis = 300;
        server.tailMillis = 400;
        String text = "Only the words, please.";
        Pcm trimmed = elevenLabs(server, "").synthesize(text);
        double[] span = server.alignedSpans.get(text);
        double guard = NeuralAudio.ALIGNMENT_GUARD_SECONDS;
        assertTrue(span[0] > 0.3, "the stand-in's alignment starts at " + span[0]);
        assertEquals(span[1] - span[0] + 2 * guard, trimmed.seconds(), 0.001);
        Pcm whole = elevenLabs(server, "timestamps = false\n").synthesize(text);
        assertEquals("/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb", server.requests.get(1).path());
        assertTrue(whole.seconds() >= span[1] + 0.4, whole.seconds() + " s");
        assertEquals(List.of(), server.problems);
    }

    @Test
    void readinessIsCheckedWithTheKeyAndCostsNothing() throws Exception {
        SpeechApiServer openAi = server(Api.OPENAI);
        SpeechApiServer eleven = server(Api.ELEVENLABS);
        assertEquals(Optional.empty(), Voices.unavailable(openAiProfile(openAi, "")));
        assertEquals(Optional.empty(), Voices.unavailable(elevenLabsProfile(eleven, "")));
        assertEquals("/v1/models", openAi.checks.get(0).path());
        assertEquals("Bearer " + key, openAi.checks.get(0).header("Authorization"));
        assertEquals("/v1/voices/JBFqnCBsd6RMkjVDRZzb", eleven.checks.get(0).path());
        assertEquals(key, eleven.checks.get(0).header("xi-api-key"));
        assertEquals(0, openAi.count() + eleven.count());
        assertEquals(0, CharactersSent.total());
        assertEquals(List.of(), openAi.problems);
        assertEquals(List.of(), eleven.problems);

        NeuralSettings.environment(name -> name.equals(KEY_VAR) ? "sk-wrong-" + key : null);
        String refused = Voices.unavailable(elevenLabsProfile(eleven, "")).orElseThrow();
        assertTrue(refused.contains("refused the API key from " + KEY_VAR), refused);
        assertFalse(refused.contains(key), refused);
        NeuralSettings.environment(name -> null);
        String unset = Voices.unavailable(openAiProfile(openAi, "")).orElseThrow();
        assertTrue(unset.contains("environment variable " + KEY_VAR), unset);
        assertEquals(1, openAi.checks.size(), "a check without a key was sent");

        NeuralSettings.environment(name -> name.equals(KEY_VAR) ? key : null);
        VoiceProfile gone = openAiProfile(openAi, "");
        openAi.close();
        String down = Voices.unavailable(gone).orElseThrow();
        assertTrue(down.contains("cannot connect"), down);
    }

    @Test
    void elevenLabsFaults() throws Exception {
        SpeechApiServer server = server(Api.ELEVENLABS);
        server.script(Fault.RATE_LIMITED, Fault.TRUNCATED);
        Engine engine = elevenLabs(server, "output-format = pcm_24000\n");
        assertSpeech(engine.synthesize("After a pause."), 24_000);
        assertEquals(3, server.count());
        server.script(Fault.UNAUTHORIZED);
        RunStoppedException e = assertThrows(RunStoppedException.class, () -> engine.synthesize("Refused."));
        assertFalse(e.getMessage().contains(key), e.getMessage());
        assertEquals(4, server.count());
    }

    @Test
    void profilesAreChecked() {
        VoxpressException e = assertThrows(VoxpressException.class, () -> VoiceProfile.parse("bad",
                "engine = openai-speech\nvoice = alloy\napi-key-env = sk-abc123\n", "bad.properties", null));
        assertTrue(e.getMessage().contains("api-key-env"), e.getMessage());
        assertThrows(VoxpressException.class, () -> VoiceProfile.parse("bad",
                "engine = openai-speech\nvoice = alloy\nresponse-format = ogg\n", "bad.properties", null));
        assertInstanceOf(VoiceProfile.class, VoiceProfile.parse("ok", "engine = elevenlabs\nvoice-id = abc\n", "ok.properties", null));
    }
}
