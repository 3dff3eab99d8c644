package dev.voxpress.speak;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ElevenLabs text-to-speech API: {@code POST {url}/v1/text-to-speech/{voice_id}/with-timestamps
 * ?output_format=pcm_44100} with JSON {@code text} and {@code model_id}, and the key, from the environment variable
 * that {@code api-key-env=} names, in the {@code xi-api-key} header. The answer is JSON: the audio as base64 raw
 * 16-bit little-endian mono PCM at the rate the output format names ({@code pcm_44100} needs a Pro plan;
 * {@code output-format = pcm_24000} suits the others), and the time each character is spoken, from which
 * {@link NeuralAudio#timestamped} trims the silence before and after the words, so that the sentence's cue spans
 * what is said. With {@code timestamps = false} the plain endpoint, without {@code /with-timestamps}, answers the
 * raw PCM as it is. A profile rate other than 1 is sent as {@code voice_settings.speed} (ElevenLabs accepts 0.7 to
 * 1.2). Its readiness check is {@code GET {url}/v1/voices/{voice_id}}.
 *
 * <p>Thread-safe; its network behaviour is {@link NeuralHttp}'s. Characters are charged to {@link CharactersSent}
 * before each sentence is sent.
 */
public final class ElevenLabsEngine extends NeuralEngine {
    public static final String ENGINE = "elevenlabs";

    private final String voicePath;
    private final URI speech;
    private final int sampleRate;

    /**
     * @throws EngineUnavailableException when the profile names a key variable that is not set
     */
    public ElevenLabsEngine(VoiceProfile profile) {
        super(profile, "xi-api-key", "");
        this.voicePath = URLEncoder.encode(profile.voice().engineVoice(), StandardCharsets.UTF_8);
        this.speech = endpoint("v1/text-to-speech/" + voicePath + (settings.timestamps() ? "/with-timestamps" : "")
                + "?output_format=" + settings.format());
        this.sampleRate = Integer.parseInt(settings.format().substring("pcm_".length()));
    }

    @Override
    URI readiness() {
        return endpoint("v1/voices/" + voicePath);
    }

    /** The JSON body for one sentence. */
    String body(String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
        json.put("model_id", settings.model());
        if (speed() != 1.0) json.put("voice_settings", Map.of("speed", Math.max(0.7, Math.min(1.2, speed()))));
        return json(json);
    }

    @Override
    public Pcm synthesize(String text) {
        if (text.isBlank()) return new Pcm(sampleRate, new float[0]);
        CharactersSent.charge(profile, text.length());
        String what = "speak \"" + NeuralHttp.abbreviate(text) + "\"";
        if (settings.timestamps()) {
            return http.post(speech, body(text), "application/json", what,
                    response -> NeuralAudio.timestamped(response, sampleRate));
        }
        return http.post(speech, body(text), "audio/pcm, application/octet-stream", what,
                response -> NeuralAudio.pcm(response, sampleRate));
    }
}
