package dev.voxpress.publish;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.voxpress.VoxpressException;
import dev.voxpress.speak.SentenceCache;

/**
 * The podcast's settings (see docs/configuration.md): a {@code .properties} file, overridden by {@code VOXPRESS_*}
 * environment variables, overridden by the command line. Each value remembers where it came from. Keys not set are
 * derived from the articles at publish time.
 */
public final class ChannelSettings {
    /** Every key the settings file may hold, in the order the documentation lists them. */
    public static final Set<String> KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("title",
            "description", "author", "owner.name", "owner.email", "language", "category", "subcategory", "explicit",
            "artwork", "link", "base-url", "voice", "mary-url", "threads", "episode-limit", "allow", "cache", "cache-dir",
            "cache-max-mb")));
    /** The voice for articles in one language: {@code voice.} and a primary language subtag, such as {@code voice.pt}. */
    private static final Pattern LANGUAGE_VOICE = Pattern.compile("voice\\.([a-z]{2,3})");
    /** The environment variable of a language's voice, such as {@code VOXPRESS_VOICE_PT}. */
    private static final Pattern LANGUAGE_VOICE_VARIABLE = Pattern.compile("VOXPRESS_VOICE_([A-Z]{2,3})");
    /** Where a value set by {@link #set(String, String)} came from. */
    public static final String COMMAND_LINE = "command line";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    /** Empty settings: everything derived or defaulted. */
    public ChannelSettings() {
    }

    /**
     * Reads a settings file (UTF-8 properties).
     *
     * @throws VoxpressException when it cannot be read or names an unknown key
     */
    public static ChannelSettings read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new VoxpressException(file + ": cannot read settings: " + e.getMessage(), e);
        }
        ChannelSettings settings = new ChannelSettings();
        for (String key : properties.stringPropertyNames()) {
            if (!known(key)) throw new VoxpressException(file + ": unknown setting " + key);
            settings.set(key, properties.getProperty(key), file.toString());
        }
        return settings;
    }

    /** The environment variable for a key: {@code VOXPRESS_} and the key in capitals, dots and dashes as underscores. */
    public static String environmentVariable(String key) {
        return "VOXPRESS_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Overrides these settings with those that {@code environment} sets (see {@link #environmentVariable}). Returns this. */
    public ChannelSettings overrideWith(Map<String, String> environment) {
        for (String key : KEYS) {
            String variable = environmentVariable(key);
            set(key, environment.get(variable), "environment (" + variable + ")");
        }
        environment.forEach((variable, value) -> {
            Matcher language = LANGUAGE_VOICE_VARIABLE.matcher(variable);
            if (language.matches()) {
                set("voice." + language.group(1).toLowerCase(Locale.ROOT), value, "environment (" + variable + ")");
            }
        });
        return this;
    }

    /** Whether a key may be set: one of {@link #KEYS}, or {@code voice.} and a language, such as {@code voice.pt}. */
    public static boolean known(String key) {
        return KEYS.contains(key) || LANGUAGE_VOICE.matcher(key).matches();
    }

    /** The keys set or known here: {@link #KEYS}, then the {@code voice.LANG} keys that are set. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(KEYS);
        values.keySet().stream().filter(key -> !KEYS.contains(key)).sorted().forEach(keys::add);
        return keys;
    }

    /** The voice names set for languages ({@code voice.pt=NAME}), by primary language subtag. */
    public Map<String, String> languageVoices() {
        Map<String, String> voices = new TreeMap<>();
        values.forEach((key, value) -> {
            Matcher language = LANGUAGE_VOICE.matcher(key);
            if (language.matches()) voices.put(language.group(1), value);
        });
        return voices;
    }

    /** Sets a value from the command line; null or blank leaves the current one. Returns this, for chaining. */
    public ChannelSettings set(String key, String value) {
        return set(key, value, COMMAND_LINE);
    }

    private ChannelSettings set(String key, String value, String source) {
        if (!known(key)) throw new IllegalArgumentException("unknown setting " + key);
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
            sources.put(key, source);
        }
        return this;
    }

    /** Where the value came from: {@value #COMMAND_LINE}, the environment variable, the file; null when not set. */
    public String source(String key) {
        return sources.get(key);
    }

    /** The value, or null when not set. */
    public String get(String key) {
        return values.get(key);
    }

    /** The episode limit, or {@code fallback} when not set. */
    public int episodeLimit(int fallback) {
        return positive("episode-limit", fallback);
    }

    /** The number of sentences synthesized at once, or {@code fallback} when not set. */
    public int threads(int fallback) {
        return positive("threads", fallback);
    }

    private int positive(String key, int fallback) {
        String value = values.get(key);
        if (value == null) return fallback;
        try {
            int number = Integer.parseInt(value);
            if (number < 1) throw new NumberFormatException();
            return number;
        } catch (NumberFormatException e) {
            throw new VoxpressException(key + ": not a positive number: " + value);
        }
    }

    /**
     * The sentence cache these settings ask for: {@code cache-dir} (default {@code feedDir}/{@value
     * SentenceCache#FEED_FOLDER}) limited to {@code cache-max-mb}; null when {@code cache} is false.
     *
     * @throws VoxpressException when a value is invalid or the folder cannot be used
     */
    public SentenceCache sentenceCache(Path feedDir) {
        String enabled = values.getOrDefault("cache", "true");
        if (enabled.equalsIgnoreCase("false") || enabled.equalsIgnoreCase("no")) return null;
        if (!(enabled.equalsIgnoreCase("true") || enabled.equalsIgnoreCase("yes"))) {
            throw new VoxpressException("cache: not true or false: " + enabled);
        }
        String dir = values.get("cache-dir");
        long maxBytes = positive("cache-max-mb", (int) (SentenceCache.DEFAULT_MAX_BYTES >> 20)) * 1024L * 1024;
        return new SentenceCache(dir != null ? Path.of(dir) : feedDir.resolve(SentenceCache.FEED_FOLDER), maxBytes);
    }

    /** Whether the podcast is explicit; false unless set to true or yes. */
    public boolean explicit() {
        String value = values.getOrDefault("explicit", "false");
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
    }
}
