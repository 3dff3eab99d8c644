package dev.voxpress.serve.ondemand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.Manifest;
import dev.voxpress.publish.Publisher;
import dev.voxpress.publish.site.ArticleUrl;
import dev.voxpress.publish.site.EmbedCode;
import dev.voxpress.publish.site.FeedIndex;

/**
 * What the feed folder has published, as its manifest and {@code feed.xml} say, read again only when either file
 * changed (a publish run, on demand or from the command line, replaces them whole).
 */
final class Published {
    private record Snapshot(Object manifestKey, Object feedKey, List<Episode> episodes, String baseUrl) {
    }

    private final Path feedDir;
    private Snapshot snapshot = new Snapshot(null, null, List.of(), null);

    Published(Path feedDir) {
        this.feedDir = feedDir;
    }

    /** The episodes published now. */
    synchronized List<Episode> episodes() {
        return current().episodes();
    }

    /** The episode whose source or article link is {@code normalizedUrl}, if any. */
    Optional<Episode> find(String normalizedUrl) {
        return episodes().stream()
                .filter(e -> normalizedUrl.equals(ArticleUrl.normalize(e.source()).orElse(null))
                        || normalizedUrl.equals(ArticleUrl.normalize(e.link()).orElse(null)))
                .findFirst();
    }

    /** The absolute URL of an episode's embed page, under the base URL that {@code feed.xml} was written with. */
    synchronized String embedUrl(String slug) {
        String base = current().baseUrl();
        return EmbedCode.url(base == null ? "/" : base, slug);
    }

    private Snapshot current() {
        Path manifest = feedDir.resolve(Manifest.FILE);
        Path feed = feedDir.resolve(Publisher.FEED_FILE);
        Object manifestKey = key(manifest);
        Object feedKey = key(feed);
        if (manifestKey == null) return new Snapshot(null, feedKey, List.of(), null);
        if (!manifestKey.equals(snapshot.manifestKey()) || feedKey == null || !feedKey.equals(snapshot.feedKey())) {
            List<Episode> episodes = Manifest.read(feedDir).map(Manifest::episodes).orElse(List.of());
            String base = feedKey == null ? null : baseUrl();
            snapshot = new Snapshot(manifestKey, feedKey, episodes, base);
        }
        return snapshot;
    }

    private String baseUrl() {
        try {
            return FeedIndex.read(feedDir).baseUrl();
        } catch (VoxpressException e) {
            return null;
        }
    }

    /** What tells one version of a file from the next: its modification time, size and file key. */
    private static Object key(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.lastModifiedTime(), a.size(), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }
}
