package dev.voxpress.master;

import java.nio.file.Path;
import java.util.Locale;

/** The audio file formats voxpress writes, chosen by the output file's extension. */
public enum OutputFormat {
    MP3(".mp3"),
    WAV(".wav");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format for a file name.
     *
     * @throws IllegalArgumentException when the extension is neither .mp3 nor .wav
     */
    public static OutputFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (name.endsWith(format.extension)) return format;
        }
        throw new IllegalArgumentException(file + ": output must end in .mp3 or .wav");
    }
}
