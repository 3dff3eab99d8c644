package dev.voxpress.speak;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The keys of a profile for a hosted (neural) speech service: {@code openai-speech} or {@code elevenlabs}.
 *
 * <pre>
 * engine = openai-speech            # or elevenlabs
 * url = https://api.openai.com/v1   # the API's base URL
 * model = gpt-4o-mini-tts           # model (OpenAI) or model_id (ElevenLabs)
 * voice = alloy                     # OpenAI's voice; ElevenLabs: voice-id = JBFqnCBsd6RMkjVDRZzb
 * api-key-env = OPENAI_API_KEY      # the environment variable that holds the key; none for a local server
 * response-format = wav             # OpenAI: wav, pcm or mp3; ElevenLabs output-format = pcm_44100
 * speed = 1.0                       # OpenAI's speed (default: the profile's rate)
 * instructions = Calm news reader.  # OpenAI gpt-4o-mini-tts only
 * timestamps = true                 # ElevenLabs: cues from the character alignment (default true)
 * max-concurrent = 4                # requests in flight at once for this profile
 * price-per-million-chars = 15      # for the cost estimate of --dry-run
 * max-chars-per-run = 200000        # stop before a run sends more
 * </pre>
 *
 * The key itself is never in a profile: only the name of the variable that holds it.
 */
public record NeuralSettings(URI url, String model, String apiKeyEnv, String format, Double speed,
                             String instructions, boolean timestamps, int maxConcurrent,
                             Double pricePerMillionChars, Long maxCharsPerRun) {
    /** The engines these keys are for. */
    public static final Set<String> ENGINES = Set.of(OpenAiSpeechEngine.ENGINE, ElevenLabsEngine.ENGINE);
    public static final int DEFAULT_MAX_CONCURRENT = 4;

    /** Where API keys are looked up: the process environment, unless a test or an embedding program says otherwise. */
    private static volatile Function<String, String> environment = System::getenv;

    /** Looks API keys up in {@code variables} instead of the process environment: for tests and embedding. */
    public static void environment(Function<String, String> variables) {
        environment = variables == null ? System::getenv : variables;
    }

    /** Whether a profile speaks through a hosted service that these keys describe. */
    public static boolean applies(VoiceProfile profile) {
        return ENGINES.contains(profile.engine());
    }

    /**
     * Checks a profile's keys: those of a neural engine, and the cost keys of any profile.
     *
     * @throws IllegalArgumentException naming the key
     */
    static void check(VoiceProfile profile) {
        if (applies(profile)) of(profile);
        positive(profile, "price-per-million-chars");
        positive(profile, "max-chars-per-run");
    }

    /** The keys of a profile of a neural engine, with the defaults of its service. */
    public static NeuralSettings of(VoiceProfile profile) {
        boolean openAi = profile.engine().equals(OpenAiSpeechEngine.ENGINE);
        String url = profile.setting("url");
        if (url == null) url = openAi ? "https://api.openai.com/v1" : "https://api.elevenlabs.io";
        URI base = VoiceProfile.serverUri(url);
        String model = profile.setting("model");
        if (model == null) model = openAi ? "gpt-4o-mini-tts" : "eleven_multilingual_v2";
        String env = profile.setting("api-key-env");
        if (env != null && !env.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("api-key-env must name an environment variable, such as OPENAI_API_KEY"
                    + " (the key itself never goes in a profile)");
        }
        String format;
        if (openAi) {
            format = profile.setting("response-format") == null ? "wav"
                    : profile.setting("response-format").toLowerCase(Locale.ROOT);
            if (!Set.of("wav", "pcm", "mp3").contains(format)) {
                throw new IllegalArgumentException("response-format must be wav, pcm or mp3");
            }
        } else {
            format = profile.setting("output-format") == null ? "pcm_44100"
                    : profile.setting("output-format").toLowerCase(Locale.ROOT);
            if (!format.matches("pcm_(8000|16000|22050|24000|44100|48000)")) {
                throw new IllegalArgumentException("output-format must be pcm_16000, pcm_22050, pcm_24000 or pcm_44100");
            }
        }
        Double speed = number(profile, "speed");
        if (speed != null && !(speed >= 0.25 && speed <= 4.0)) {
            throw new IllegalArgumentException("speed must be between 0.25 and 4.0");
        }
        Double concurrent = number(profile, "max-concurrent");
        int maxConcurrent = concurrent == null ? DEFAULT_MAX_CONCURRENT : (int) Math.round(concurrent);
        if (maxConcurrent < 1) throw new IllegalArgumentException("max-concurrent must be at least 1");
        String timestamps = profile.setting("timestamps") == null ? "true"
                : profile.setting("timestamps").toLowerCase(Locale.ROOT);
        if (!timestamps.equals("true") && !timestamps.equals("false")) {
            throw new IllegalArgumentException("timestamps must be true or false");
        }
        Double max = positive(profile, "max-chars-per-run");
        return new NeuralSettings(base, model, env, format, speed, profile.setting("instructions"),
                timestamps.equals("true"), maxConcurrent,
                positive(profile, "price-per-million-chars"), max == null ? null : Math.round(max));
    }

    /** {@code price-per-million-chars} of any profile, or null. */
    public static Double price(VoiceProfile profile) {
        return positive(profile, "price-per-million-chars");
    }

    /** {@code max-chars-per-run} of any profile, or null. */
    public static Long maxChars(VoiceProfile profile) {
        Double max = positive(profile, "max-chars-per-run");
        return max == null ? null : Math.round(max);
    }

    private static Double positive(VoiceProfile profile, String key) {
        Double value = number(profile, key);
        if (value != null && !(value >= 0)) throw new IllegalArgumentException(key + " must not be negative");
        return value;
    }

    private static Double number(VoiceProfile profile, String key) {
        String value = profile.setting(key);
        if (value == null) return null;
        try {
            return Double.parseDouble(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value);
        }
    }

    /**
     * The API key from the environment variable {@link #apiKeyEnv}, or null when the profile names none.
     *
     * @throws EngineUnavailableException when the variable is named but not set; the message names the variable only
     */
    public String apiKey(String service) {
        if (apiKeyEnv == null) return null;
        String key = environment.apply(apiKeyEnv);
        if (key == null || key.isBlank()) {
            throw new EngineUnavailableException(service + ": the environment variable " + apiKeyEnv
                    + " that the profile names in api-key-env is not set");
        }
        return key.strip();
    }
}
