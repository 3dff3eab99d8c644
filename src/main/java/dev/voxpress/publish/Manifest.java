package dev.voxpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.voxpress.AtomicOutput;
import dev.voxpress.VoxpressException;

/**
 * The feed folder's record of what was published ({@code manifest.json}): the channel's GUID and every
 * episode with its GUID, date, hash and files. It is what makes {@code publish} incremental, and is replaced
 * atomically, after the files it names exist. A manifest is checked as it is read, since {@code publish} links
 * and deletes the files it names: each slug must be safe as a file name and each path one of the files
 * {@code publish} writes ({@code audio/<name>.mp3}, {@code .vtt}, {@code .srt}, {@code .chapters.json} beside
 * it, {@code images/<name>.jpg}), named by one episode only.
 *
 * @param channelGuid the podcast's {@code podcast:guid}
 * @param episodes    the published episodes
 */
public record Manifest(String channelGuid, List<Episode> episodes) {
    public static final String FILE = "manifest.json";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        episodes = List.copyOf(episodes);
    }

    /**
     * Reads the manifest of a feed folder; empty when there is none yet.
     *
     * @throws VoxpressException when it cannot be parsed, or names a file outside the folder or not of the kind
     *                           expected; the message names the manifest, the episode and the path
     */
    public static Optional<Manifest> read(Path feedDir) {
        Path file = feedDir.resolve(FILE);
        if (!Files.exists(file)) return Optional.empty();
        Manifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), Manifest.class);
        } catch (JsonProcessingException e) {
            throw new VoxpressException(file + ": unreadable manifest: " + e.getOriginalMessage().replace('\n', ' '), e);
        } catch (IOException e) {
            throw new VoxpressException(file + ": unreadable manifest: " + e.getMessage(), e);
        }
        manifest.check(file);
        return Optional.of(manifest);
    }

    private void check(Path file) {
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            String where = file + ": episode " + (i + 1) + " (\"" + e.slug() + "\"): ";
            if (!SAFE_NAME.matcher(e.slug()).matches() || e.slug().contains(".")) {
                throw new VoxpressException(where + "slug \"" + e.slug() + "\" is not safe as a file name");
            }
            String[][] paths = {{"audio", e.audio(), "audio", ".mp3"}, {"vtt", e.vtt(), "audio", ".vtt"},
                    {"srt", e.srt(), "audio", ".srt"}, {"chapters", e.chapters(), "audio", ".chapters.json"},
                    {"image", e.image(), "images", ".jpg"}};
            for (String[] p : paths) {
                if (p[1] == null) continue;
                String problem = problem(p[1], p[2], p[3]);
                if (problem != null) throw new VoxpressException(where + p[0] + " path \"" + p[1] + "\" " + problem);
                Integer owner = owners.putIfAbsent(p[1], i + 1);
                if (owner != null) {
                    throw new VoxpressException(where + p[0] + " path \"" + p[1] + "\" is also a file of episode " + owner);
                }
            }
        }
    }

    /**
     * Why {@code path} cannot be a file {@code folder/<name><suffix>} of the feed folder, or null when it can: the
     * name starts with a letter or digit and holds only letters, digits, dots, dashes and underscores.
     */
    static String problem(String path, String folder, String suffix) {
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("(?s)[A-Za-z]:.*")
                || List.of(path.split("[/\\\\]", -1)).contains("..")) {
            return "is outside the feed folder";
        }
        String name = path.startsWith(folder + "/") ? path.substring(folder.length() + 1) : "";
        if (name.length() <= suffix.length() || !name.endsWith(suffix) || !SAFE_NAME.matcher(name).matches()) {
            return "is not " + folder + "/<name>" + suffix;
        }
        return null;
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
