package dev.voxpress.speak;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAI speech API, {@code POST {url}/audio/speech}, as OpenAI and compatible local servers (Kokoro-FastAPI,
 * openedai-speech, ...) answer it. Sends {@code model}, {@code voice}, {@code input}, {@code response_format}
 * ({@code wav} by default; {@code pcm} is read as 24 kHz 16-bit mono little-endian, {@code mp3} is decoded with
 * JLayer), and {@code speed} and {@code instructions} when the profile has them. The key, from the environment
 * variable that {@code api-key-env=} names, goes in {@code Authorization: Bearer}. Its readiness check is
 * {@code GET {url}/models}.
 *
 * <p>Thread-safe; its network behaviour is {@link NeuralHttp}'s. Characters are charged to {@link CharactersSent}
 * before each sentence is sent.
 */
public final class OpenAiSpeechEngine extends NeuralEngine {
    public static final String ENGINE = "openai-speech";
    /** The sample rate of {@code response_format=pcm}. */
    public static final int PCM_RATE = 24_000;

    private final URI speech;

    /**
     * @throws EngineUnavailableException when the profile names a key variable that is not set
     */
    public OpenAiSpeechEngine(VoiceProfile profile) {
        super(profile, "Authorization", "Bearer ");
        this.speech = endpoint("audio/speech");
    }

    @Override
    URI readiness() {
        return endpoint("models");
    }

    /** The JSON body for one sentence. */
    String body(String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", settings.model());
        json.put("voice", profile.voice().engineVoice());
        json.put("input", text);
        json.put("response_format", settings.format());
        if (speed() != 1.0) json.put("speed", speed());
        if (settings.instructions() != null) json.put("instructions", settings.instructions());
        return json(json);
    }

    @Override
    public Pcm synthesize(String text) {
        if (text.isBlank()) return new Pcm(PCM_RATE, new float[0]);
        CharactersSent.charge(profile, text.length());
        String format = settings.format();
        String accept = switch (format) {
            case "wav" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            default -> "audio/pcm, application/octet-stream";
        };
        return http.post(speech, body(text), accept, "speak \"" + NeuralHttp.abbreviate(text) + "\"", response ->
                switch (format) {
                    case "wav" -> NeuralAudio.wav(response);
                    case "mp3" -> NeuralAudio.mp3(response);
                    default -> NeuralAudio.pcm(response, PCM_RATE);
                });
    }
}
