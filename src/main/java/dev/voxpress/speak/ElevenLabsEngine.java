package dev.voxpress.speak;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The ElevenLabs text-to-speech API: {@code POST {url}/v1/text-to-speech/{voice_id}?output_format=pcm_44100} with
 * JSON {@code text} and {@code model_id}, and the key, from the environment variable that {@code api-key-env=}
 * names, in the {@code xi-api-key} header. The answer is raw 16-bit little-endian mono PCM at the rate the output
 * format names ({@code pcm_44100} needs a Pro plan; {@code output-format = pcm_24000} suits the others). A profile
 * rate other than 1 is sent as {@code voice_settings.speed} (ElevenLabs accepts 0.7 to 1.2).
 *
 * <p>Thread-safe; its network behaviour is {@link NeuralHttp}'s. Characters are charged to {@link CharactersSent}
 * before each sentence is sent.
 */
public final class ElevenLabsEngine implements Engine {
    public static final String ENGINE = "elevenlabs";

    private final VoiceProfile profile;
    private final NeuralSettings settings;
    private final NeuralHttp http;
    private final URI endpoint;
    private final int sampleRate;

    /**
     * @throws EngineUnavailableException when the profile names a key variable that is not set
     */
    public ElevenLabsEngine(VoiceProfile profile) {
        this.profile = profile;
        this.settings = NeuralSettings.of(profile);
        String base = settings.url().toString();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "v1/text-to-speech/"
                + URLEncoder.encode(profile.voice().engineVoice(), StandardCharsets.UTF_8)
                + "?output_format=" + settings.format());
        this.sampleRate = Integer.parseInt(settings.format().substring("pcm_".length()));
        String service = ENGINE + " at " + settings.url();
        this.http = new NeuralHttp(service, "xi-api-key", "", settings.apiKey(service), settings.apiKeyEnv(),
                MaryHttpEngine.DEFAULT_CONNECT_TIMEOUT, profile.timeout(), profile.retries(), settings.maxConcurrent());
    }

    @Override
    public Voice voice() {
        return profile.voice();
    }

    @Override
    public boolean threadSafe() {
        return true;
    }

    /** The JSON body for one sentence. */
    String body(String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
        json.put("model_id", settings.model());
        double speed = settings.speed() != null ? settings.speed() : profile.rate();
        if (speed != 1.0) json.put("voice_settings", Map.of("speed", Math.max(0.7, Math.min(1.2, speed))));
        try {
            return NeuralHttp.Json.MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Pcm synthesize(String text) {
        if (text.isBlank()) return new Pcm(sampleRate, new float[0]);
        CharactersSent.charge(profile, text.length());
        return http.post(endpoint, body(text), "audio/pcm, application/octet-stream",
                "speak \"" + NeuralHttp.abbreviate(text) + "\"", response -> NeuralAudio.pcm(response, sampleRate));
    }

    @Override
    public void close() {
        // nothing held
    }
}
