package dev.voxpress.speak;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import dev.voxpress.Languages;
import dev.voxpress.VoxpressException;
import dev.voxpress.script.Lexicon;
import dev.voxpress.script.ScriptSettings;
import dev.voxpress.script.Segment;

/**
 * A voice as a user configures it: the engine and its voice, how fast and how high it speaks, the servers of an
 * engine that runs elsewhere, what is said before and after the article, and the pronunciation lexicons.
 * Profiles are {@code voices/NAME.properties} files; see {@link #parse} for the format.
 *
 * @param voice         the engine and its voice, named after the file
 * @param rate          speaking rate, 1.0 being the engine's own; 0.5 to 2.0
 * @param pitchPercent  pitch change in percent, 0 being the engine's own; -50 to +100
 * @param servers       MaryTTS servers, for the {@code marytts-server} engine; used round-robin
 * @param timeout       how long one request to a server may take
 * @param retries       how often a failed request to the servers is tried again
 * @param intro         said after the title and byline, or null; {@code {title}}, {@code {site}} and
 *                      {@code {voice}} are filled in
 * @param outro         said at the end, or null; same placeholders
 * @param lexicon       the pronunciations applied to the script
 * @param settings      every key of the profile file as written, for the engines' own keys (see
 *                      {@link NeuralSettings}); empty for a profile not read from a file
 */
public record VoiceProfile(Voice voice, double rate, double pitchPercent, List<URI> servers, Duration timeout,
                           int retries, String intro, String outro, Lexicon lexicon, Map<String, String> settings) {
    /** The key naming the profile that speaks the intro and the outro; by default this one does. */
    public static final String INTRO_VOICE = "intro-voice";
    /** The key naming the profile that speaks the title; by default this one does. */
    public static final String TITLE_VOICE = "title-voice";
    /** The engines a profile can name. */
    public static final Set<String> ENGINES = Set.of(MaryEngine.ENGINE, MaryHttpEngine.ENGINE, FreeTtsEngine.ENGINE,
            OpenAiSpeechEngine.ENGINE, ElevenLabsEngine.ENGINE);
    /** Keys that do not change how a given text sounds in this profile's own voice. */
    private static final Set<String> NOT_SOUND = Set.of("name", "description", "engine", "voice", "voice-id", "rate",
            "pitch", "servers", "url", "timeout", "retries", "intro", "outro", "lexicons", "api-key-env",
            "max-concurrent", "price-per-million-chars", "max-chars-per-run", "languages", INTRO_VOICE, TITLE_VOICE);
    /** MaryTTS's usual port on this machine, for a {@code marytts-server} profile that names no server. */
    public static final URI DEFAULT_SERVER = URI.create("http://127.0.0.1:59125/");

    public VoiceProfile {
        Objects.requireNonNull(voice, "voice");
        if (!(rate >= 0.5 && rate <= 2.0)) throw new IllegalArgumentException("rate must be between 0.5 and 2.0");
        if (!(pitchPercent >= -50 && pitchPercent <= 100)) {
            throw new IllegalArgumentException("pitch must be between -50 and +100 percent");
        }
        servers = List.copyOf(servers);
        Objects.requireNonNull(timeout, "timeout");
        if (retries < 0) throw new IllegalArgumentException("retries must not be negative");
        Objects.requireNonNull(lexicon, "lexicon");
        settings = Map.copyOf(settings);
    }

    /** A profile without engine-specific keys. */
    public VoiceProfile(Voice voice, double rate, double pitchPercent, List<URI> servers, Duration timeout,
                        int retries, String intro, String outro, Lexicon lexicon) {
        this(voice, rate, pitchPercent, servers, timeout, retries, intro, outro, lexicon, Map.of());
    }

    /** A key of the profile file, stripped, or null when absent or blank. */
    public String setting(String key) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What a given text's sound depends on in this profile's voice: the engine, its voice, rate, pitch, the engine's
     * own keys that shape the sound (a speech API's model, instructions, speed...) and the lexicon's phonemes. Not
     * the profile's name, servers, timeouts, intro, outro, other voices, key or budget.
     */
    public List<String> soundParts() {
        List<String> parts = new ArrayList<>(List.of(engine(), voice.engineVoice(), Double.toString(rate),
                Double.toString(pitchPercent)));
        new TreeMap<>(settings).forEach((name, value) -> {
            if (!NOT_SOUND.contains(name)) parts.add(name + "=" + value.strip());
        });
        for (Lexicon.Entry entry : lexicon.entries()) {
            if (entry.phonemes() != null) parts.add(entry.respelling() + "\u0001" + entry.phonemes());
        }
        return parts;
    }

    /**
     * The profile that speaks segments of {@code role} instead of this one ({@code title-voice=} for the title,
     * {@code intro-voice=} for the intro and the outro), or null when this one speaks them.
     */
    public String voiceFor(Segment.Role role) {
        return switch (role) {
            case TITLE -> setting(TITLE_VOICE);
            case INTRO, OUTRO -> setting(INTRO_VOICE);
            default -> null;
        };
    }

    /** The other profiles this one hands segments to, in the order of the roles; empty by default. */
    public List<String> otherVoices() {
        return Arrays.stream(Segment.Role.values()).map(this::voiceFor).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Why this voice does not narrate an article in {@code languageTag} (such as {@code de} or {@code pt-BR}), or
     * null when it does: its primary language is one of {@link #languages()}. An article of unknown language is
     * narrated.
     */
    public String refusesLanguage(String languageTag) {
        String primary = Languages.primary(languageTag);
        if (primary == null || languages().contains(primary)) return null;
        return "its language " + languageTag.strip() + " is not among those of the voice " + name() + " ("
                + String.join(", ", languages()) + "; languages= in the profile)";
    }

    /** The article languages this voice speaks ({@code languages=}, default {@code en}), lower case. */
    public List<String> languages() {
        List<String> languages = list(setting("languages")).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        return languages.isEmpty() ? List.of("en") : languages;
    }

    /** A profile with the engine's defaults: no rate or pitch change, no intro or outro, no lexicon. */
    public static VoiceProfile of(Voice voice) {
        List<URI> servers = voice.engine().equals(MaryHttpEngine.ENGINE) ? List.of(DEFAULT_SERVER) : List.of();
        return new VoiceProfile(voice, 1.0, 0, servers, Duration.ofSeconds(60), 3, null, null, Lexicon.EMPTY);
    }

    /** The name used on the command line. */
    public String name() {
        return voice.name();
    }

    /** The engine's name: {@code marytts}, {@code marytts-server} or {@code freetts}. */
    public String engine() {
        return voice.engine();
    }

    /** This profile pointed at other MaryTTS servers. */
    public VoiceProfile withServers(List<URI> servers) {
        return new VoiceProfile(voice, rate, pitchPercent, servers, timeout, retries, intro, outro, lexicon, settings);
    }

    /** What the script stage needs of this profile, with {@code {voice}} filled in. */
    public ScriptSettings scriptSettings() {
        return new ScriptSettings(lexicon, fill(intro), fill(outro));
    }

    private String fill(String template) {
        return template == null ? null : template.replace("{voice}", name());
    }

    /**
     * Parses a profile. The format is a Java properties file (UTF-8):
     * <pre>
     * engine = marytts              # marytts (embedded), marytts-server (HTTP client) or freetts
     * voice = cmu-slt-hsmm          # the engine's voice name
     * description = Warm US English voice
     * rate = 1.0                    # 0.5 to 2.0
     * pitch = 0                     # percent, -50 to +100
     * servers = http://tts1:59125/, http://tts2:59125/   # marytts-server only, used round-robin
     * timeout = 60                  # seconds per server request
     * retries = 3
     * intro = This is {site}.
     * outro = This article was narrated by voxpress with the voice {voice}.
     * lexicons = names.lexicon, places.lexicon
     * </pre>
     *
     * @param name          the profile's name (its file name without {@code .properties})
     * @param text          the file's text
     * @param origin        names the file in error messages
     * @param lexiconLoader reads a lexicon named in the profile
     * @throws VoxpressException naming the origin and the key when a value is missing or invalid
     */
    public static VoiceProfile parse(String name, String text, String origin, Function<String, Lexicon> lexiconLoader) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new VoxpressException(origin + ": not a properties file: " + e.getMessage());
        }
        String engine = required(p, "engine", origin).toLowerCase(Locale.ROOT);
        if (!ENGINES.contains(engine)) {
            throw new VoxpressException(origin + ": engine must be one of " + String.join(", ", ENGINES.stream().sorted().toList()));
        }
        String engineVoice = engine.equals(ElevenLabsEngine.ENGINE) && p.getProperty("voice", "").isBlank()
                ? required(p, "voice-id", origin) : required(p, "voice", origin);
        Voice voice = new Voice(name, engine, engineVoice, p.getProperty("description", "").strip());
        Map<String, String> settings = new TreeMap<>();
        for (String key : p.stringPropertyNames()) settings.put(key, p.getProperty(key));
        try {
            List<URI> servers = new ArrayList<>();
            for (String url : list(p.getProperty("servers"))) servers.add(serverUri(url));
            if (servers.isEmpty() && engine.equals(MaryHttpEngine.ENGINE)) servers.add(DEFAULT_SERVER);
            Lexicon lexicon = Lexicon.EMPTY;
            for (String file : list(p.getProperty("lexicons"))) lexicon = lexicon.plus(lexiconLoader.apply(file));
            VoiceProfile profile = new VoiceProfile(voice, number(p, "rate", 1.0), number(p, "pitch", 0),
                    servers, Duration.ofMillis(Math.round(number(p, "timeout", 60) * 1000)),
                    (int) number(p, "retries", 3), text(p, "intro"), text(p, "outro"), lexicon, settings);
            NeuralSettings.check(profile);
            return profile;
        } catch (IllegalArgumentException e) {
            throw new VoxpressException(origin + ": " + e.getMessage());
        }
    }

    /**
     * A MaryTTS server's base URL, checked.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public static URI serverUri(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) server URL: " + url);
            }
            return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
    }

    private static String required(Properties p, String key, String origin) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) throw new VoxpressException(origin + ": missing " + key);
        return value.strip();
    }

    private static String text(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static double number(Properties p, String key, double otherwise) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) return otherwise;
        try {
            return Double.parseDouble(value.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value.strip());
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) return List.of();
        return List.of(value.strip().split("\\s*,\\s*"));
    }
}
