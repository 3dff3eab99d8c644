package dev.voxpress.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.voxpress.AtomicOutput;
import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;

/**
 * Writes the web side of a feed folder: {@code index.html}, {@code episodes/<slug>.html},
 * {@code embed/<slug>.html}, {@code embed/index.json}, {@code voxpress.js} and the shared {@code assets/}. Every file is written to a temporary name and moved into place, and only when its content
 * changed, so an unchanged re-run leaves the files, their dates and their ETags alone. Pages of episodes no
 * longer in the list are deleted.
 */
public final class SiteWriter {
    /** The shared files copied into {@code assets/}. */
    public static final List<String> ASSETS = List.of("site.css", "embed.css", "player.js");
    /** The drop-in loader that replaces the ElevenLabs AudioNative helper script, at the folder's top. */
    public static final String LOADER = "voxpress.js";
    private static final Pattern SAFE_SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** What a {@link #write} did. */
    public record Result(int written, int unchanged, int deleted) {
    }

    /**
     * Writes the web side for {@code episodes} (any order; the index lists them newest first) in the order
     * {@link SiteFile.Tier} gives, then deletes the pages of episodes no longer listed.
     *
     * @param feedDir  the feed folder
     * @param channel  the podcast
     * @param episodes every episode in the feed
     * @throws VoxpressException when a file cannot be written or a slug is not safe as a file name
     */
    public Result write(Path feedDir, Channel channel, List<Episode> episodes) {
        Result written = writeInOrder(feedDir, files(feedDir, channel, episodes), tier -> { });
        return new Result(written.written(), written.unchanged(), deleteStalePages(feedDir, episodes));
    }

    /**
     * The web side's files for {@code episodes}: the shared assets, an episode page and an embed page each,
     * {@code index.html}, {@code embed/index.json} and {@code voxpress.js}.
     *
     * @throws VoxpressException when a slug is not safe as a file name or appears twice
     */
    public List<SiteFile> files(Path feedDir, Channel channel, List<Episode> episodes) {
        Set<String> slugs = new HashSet<>();
        for (Episode e : episodes) {
            if (!SAFE_SLUG.matcher(e.slug()).matches() || e.slug().contains("..")) {
                throw new VoxpressException("episode \"" + e.title() + "\": slug \"" + e.slug()
                        + "\" is not safe as a file name");
            }
            if (!slugs.add(e.slug())) throw new VoxpressException("episode slug \"" + e.slug() + "\" appears twice");
        }
        List<SiteFile> files = new ArrayList<>();
        for (String asset : ASSETS) files.add(new SiteFile(SiteFile.Tier.ASSETS, "assets/" + asset, asset(asset)));
        for (Episode e : episodes) {
            List<WebVtt.Cue> cues = transcript(feedDir, e);
            files.add(new SiteFile(SiteFile.Tier.PAGES, "episodes/" + e.slug() + ".html", bytes(Pages.episode(channel, e, cues))));
            files.add(new SiteFile(SiteFile.Tier.PAGES, "embed/" + e.slug() + ".html", bytes(Pages.embed(channel, e))));
        }
        List<Episode> newestFirst = new ArrayList<>(episodes);
        newestFirst.sort(Comparator.comparing(Episode::published).reversed().thenComparing(Episode::slug));
        files.add(new SiteFile(SiteFile.Tier.INDEXES, "index.html", bytes(Pages.index(channel, newestFirst))));
        files.add(new SiteFile(SiteFile.Tier.INDEXES, EmbedIndex.FILE, EmbedIndex.json(channel, episodes)));
        files.add(new SiteFile(SiteFile.Tier.LOADER, LOADER, asset(LOADER)));
        return files;
    }

    /**
     * Writes {@code files} tier by tier, in the order of {@link SiteFile.Tier}, each only when its content
     * changed; {@code reached} hears of each tier before its first file is written.
     *
     * @throws VoxpressException when a file cannot be written
     */
    public Result writeInOrder(Path feedDir, List<SiteFile> files, Consumer<SiteFile.Tier> reached) {
        int[] counts = new int[3];
        try {
            Files.createDirectories(feedDir);
            for (SiteFile.Tier tier : SiteFile.Tier.values()) {
                List<SiteFile> inTier = files.stream().filter(f -> f.tier() == tier).toList();
                if (inTier.isEmpty()) continue;
                reached.accept(tier);
                for (SiteFile file : inTier) count(counts, writeIfChanged(feedDir.resolve(file.path()), file.content()));
            }
        } catch (IOException e) {
            throw new VoxpressException(feedDir + ": cannot write the web pages: " + e.getMessage(), e);
        }
        return new Result(counts[0], counts[1], 0);
    }

    /**
     * Deletes the pages of episodes not in {@code episodes}; returns how many.
     *
     * @throws VoxpressException when a page cannot be deleted
     */
    public int deleteStalePages(Path feedDir, List<Episode> episodes) {
        Set<String> slugs = new HashSet<>();
        for (Episode e : episodes) slugs.add(e.slug());
        try {
            return deleteStale(feedDir.resolve("episodes"), slugs) + deleteStale(feedDir.resolve("embed"), slugs);
        } catch (IOException e) {
            throw new VoxpressException(feedDir + ": cannot delete stale web pages: " + e.getMessage(), e);
        }
    }

    private static void count(int[] counts, boolean written) {
        counts[written ? 0 : 1]++;
    }

    /** The episode's transcript cues, or none when it has no readable VTT. */
    static List<WebVtt.Cue> transcript(Path feedDir, Episode e) {
        if (e.vtt() == null) return List.of();
        Path vtt = feedDir.resolve(e.vtt());
        if (!Files.isRegularFile(vtt)) return List.of();
        try {
            return WebVtt.read(vtt);
        } catch (VoxpressException unreadable) {
            return List.of(); // a broken transcript costs the page its transcript, not the feed its pages
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A shared asset's bytes, from the jar. */
    public static byte[] asset(String name) {
        try (InputStream in = SiteWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    /** Writes atomically unless the file already holds exactly these bytes; returns whether it wrote. */
    static boolean writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        try (AtomicOutput out = new AtomicOutput(target)) {
            Files.write(out.temp(), content);
            out.commit();
        }
        return true;
    }

    private static int deleteStale(Path dir, Set<String> slugs) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.html")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) continue;
                String slug = name.substring(0, name.length() - ".html".length());
                if (!slugs.contains(slug) && Files.deleteIfExists(file)) deleted++;
            }
        }
        return deleted;
    }
}
