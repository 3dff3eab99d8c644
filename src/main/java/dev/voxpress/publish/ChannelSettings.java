package dev.voxpress.publish;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import dev.voxpress.VoxpressException;

/**
 * The podcast's settings, from a {@code .properties} file (see docs/configuration.md) and the command
 * line, which wins. Keys not set are derived from the articles at publish time.
 */
public final class ChannelSettings {
    /** Every key the settings file may hold. */
    public static final Set<String> KEYS = Set.of("title", "description", "author", "owner.name", "owner.email",
            "language", "category", "subcategory", "explicit", "artwork", "link", "base-url", "voice", "mary-url", "threads", "episode-limit");

    private final Map<String, String> values = new LinkedHashMap<>();

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
            if (!KEYS.contains(key)) throw new VoxpressException(file + ": unknown setting " + key);
            settings.set(key, properties.getProperty(key));
        }
        return settings;
    }

    /** Sets a value; null or blank leaves the current one. Returns this, for chaining. */
    public ChannelSettings set(String key, String value) {
        if (!KEYS.contains(key)) throw new IllegalArgumentException("unknown setting " + key);
        if (value != null && !value.isBlank()) values.put(key, value.strip());
        return this;
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

    /** Whether the podcast is explicit; false unless set to true or yes. */
    public boolean explicit() {
        String value = values.getOrDefault("explicit", "false");
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
    }
}
