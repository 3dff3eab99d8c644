package dev.voxpress.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import dev.voxpress.VoxpressException;
import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;
import dev.voxpress.source.SourceException;
import dev.voxpress.source.SourceLoader;

/**
 * Expands what {@code publish} was given into the articles to publish: files as they are, folders into their
 * {@code .html}, {@code .htm} and {@code .txt} files, article URLs as they are, and a site's own RSS or Atom feed
 * (file or URL, read with Rome) into its entries' links, newest first.
 */
final class SourceList {
    /**
     * One article to publish.
     *
     * @param key    what identifies the article from run to run: a normalized absolute path, or the URL
     * @param loaded the source when it was already loaded while expanding, else null
     * @param date   the date a site feed gives the entry, or null
     */
    record Candidate(String key, LoadedSource loaded, Instant date) {
    }

    private final SourceLoader loader;

    SourceList(SourceLoader loader) {
        this.loader = loader;
    }

    /**
     * Expands the sources.
     *
     * @param specs     files, folders, URLs
     * @param feedLimit the most entries taken from each site feed
     * @param failures  where sources that cannot be expanded are reported; the others go on
     */
    List<Candidate> expand(List<String> specs, int feedLimit, List<String> failures) {
        List<Candidate> candidates = new ArrayList<>();
        for (String spec : specs) {
            try {
                expandOne(spec, feedLimit, candidates);
            } catch (VoxpressException e) {
                failures.add(e.getMessage());
            }
        }
        return candidates;
    }

    private void expandOne(String spec, int feedLimit, List<Candidate> out) {
        boolean url = spec.toLowerCase(Locale.ROOT).matches("^https?://.*");
        if (!url && Files.isDirectory(Path.of(spec))) {
            try (Stream<Path> files = Files.list(Path.of(spec))) {
                files.filter(SourceList::isArticleFile).sorted()
                        .forEach(f -> out.add(new Candidate(key(f), null, null)));
            } catch (IOException e) {
                throw new SourceException(spec, "cannot list the folder: " + e.getMessage(), e);
            }
            return;
        }
        LoadedSource loaded = loader.load(spec);
        if (loaded.type() != MediaType.FEED) {
            out.add(new Candidate(key(spec), loaded, null));
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(loaded.body())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new SourceException(spec, "not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<SyndEntry> entries = new ArrayList<>(feed.getEntries());
        entries.removeIf(e -> e.getLink() == null || !e.getLink().matches("(?i)^https?://.*"));
        entries.sort(Comparator.comparing(SourceList::date, Comparator.nullsLast(Comparator.reverseOrder())));
        for (SyndEntry entry : entries.subList(0, Math.min(feedLimit, entries.size()))) {
            out.add(new Candidate(entry.getLink(), null, date(entry)));
        }
    }

    private static Instant date(SyndEntry entry) {
        if (entry.getPublishedDate() != null) return entry.getPublishedDate().toInstant();
        if (entry.getUpdatedDate() != null) return entry.getUpdatedDate().toInstant();
        return null;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && Files.isRegularFile(file)
                && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".txt"));
    }

    /** A file's identity: its absolute, normalized path. */
    static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** A source's identity: the URL as given, or the file's absolute, normalized path. */
    static String key(String spec) {
        return spec.toLowerCase(Locale.ROOT).matches("^https?://.*") ? spec : key(Path.of(spec));
    }
}
