package dev.voxpress.speak;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What the engines of hosted speech services share: the profile's {@link NeuralSettings}, the {@link NeuralHttp}
 * client that carries the key, and a readiness check that spends no characters.
 *
 * <p>Thread-safe. Opening one tells {@link CharactersSent} that the run uses an engine that counts characters.
 */
public abstract class NeuralEngine implements Engine {
    final VoiceProfile profile;
    final NeuralSettings settings;
    final NeuralHttp http;

    /**
     * @param keyHeader the header that carries the key
     * @param keyPrefix put before the key in that header
     * @throws EngineUnavailableException when the profile names a key variable that is not set
     */
    NeuralEngine(VoiceProfile profile, String keyHeader, String keyPrefix) {
        this.profile = profile;
        this.settings = NeuralSettings.of(profile);
        String service = profile.engine() + " at " + settings.url();
        this.http = new NeuralHttp(service, keyHeader, keyPrefix, settings.apiKey(service), settings.apiKeyEnv(),
                MaryHttpEngine.DEFAULT_CONNECT_TIMEOUT, profile.timeout(), profile.retries(), settings.maxConcurrent());
        CharactersSent.opened(profile);
    }

    /** The service's URL for {@code path}, relative to the profile's base URL. */
    final URI endpoint(String path) {
        String base = settings.url().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }

    /** A GET that costs no characters and fails when the key or the voice is wrong. */
    abstract URI readiness();

    /** Why this engine cannot speak now, asking the service without spending characters; empty when it can. */
    public final Optional<String> unavailable() {
        return http.check(readiness());
    }

    /** The speaking speed: the profile's {@code speed=}, else its rate. */
    final double speed() {
        return settings.speed() != null ? settings.speed() : profile.rate();
    }

    static String json(Map<String, Object> fields) {
        try {
            return NeuralHttp.Json.MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public final Voice voice() {
        return profile.voice();
    }

    @Override
    public final boolean threadSafe() {
        return true;
    }

    @Override
    public final void close() {
        // nothing held: the HTTP client keeps no connection that outlives its use
    }
}
