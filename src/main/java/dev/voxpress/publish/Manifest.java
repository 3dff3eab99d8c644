package dev.voxpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.voxpress.AtomicOutput;
import dev.voxpress.VoxpressException;

/**
 * The feed folder's record of what was published ({@code manifest.json}): the channel's GUID and every
 * episode with its GUID, date, hash and files. It is what makes {@code publish} incremental, and is replaced
 * atomically, after the files it names exist.
 *
 * @param channelGuid the podcast's {@code podcast:guid}
 * @param episodes    the published episodes
 */
public record Manifest(String channelGuid, List<Episode> episodes) {
    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        episodes = List.copyOf(episodes);
    }

    /** Reads the manifest of a feed folder; empty when there is none yet. */
    public static Optional<Manifest> read(Path feedDir) {
        Path file = feedDir.resolve(FILE);
        if (!Files.exists(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), Manifest.class));
        } catch (IOException e) {
            throw new VoxpressException(file + ": unreadable manifest: " + e.getMessage(), e);
        }
    }

    /** Replaces the manifest in {@code feedDir} atomically. */
    public void write(Path feedDir) throws IOException {
        try (AtomicOutput out = new AtomicOutput(feedDir.resolve(FILE))) {
            JSON.writeValue(out.temp().toFile(), this);
            out.commit();
        }
    }

    /** The episode published from {@code source}, if any. */
    public Optional<Episode> bySource(String source) {
        return episodes.stream().filter(e -> e.source().equals(source)).findFirst();
    }

    /** A copy with {@code episode} added, or replacing the one with the same GUID. */
    public Manifest with(Episode episode) {
        List<Episode> list = new ArrayList<>(episodes);
        list.removeIf(e -> e.guid().equals(episode.guid()));
        list.add(episode);
        return new Manifest(channelGuid, list);
    }
}
