package dev.voxpress.serve.ondemand;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.voxpress.VoxpressException;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.clean.CleanException;
import dev.voxpress.clean.Cleaner;
import dev.voxpress.publish.ChannelSettings;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.PublishListener;
import dev.voxpress.publish.PublishReport;
import dev.voxpress.publish.Publisher;
import dev.voxpress.source.SourceLoader;

/**
 * A job's work: {@link Publisher} publishes the one article into the feed folder, with the channel settings of
 * {@code publish}. The page is fetched by the server itself, with the public-addresses-only rule unless the
 * article's origin is this machine, and capped in size; the cleaned article is capped in length.
 *
 * <pre>{@code
 * new PublishWork(feed, settings, new PublishWork.Caps(2 << 20, 100_000), listener).narrate("https://news.example.com/a")
 * }</pre>
 */
public final class PublishWork implements NarrationQueue.Work {
    /** How long fetching one page may take. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    /**
     * The caps on one article.
     *
     * @param pageBytes    the largest page fetched, in bytes
     * @param articleChars the longest cleaned article narrated, in characters
     */
    public record Caps(int pageBytes, int articleChars) {
        public static final Caps DEFAULTS = new Caps(2 * 1024 * 1024, 100_000);

        public Caps {
            if (pageBytes < 1024) throw new VoxpressException("max-page-kb: at least 1");
            if (articleChars < 1) throw new VoxpressException("max-article-chars: not a positive number: " + articleChars);
        }
    }

    private final Path feedDir;
    private final ChannelSettings settings;
    private final Caps caps;
    private final PublishListener listener;

    /**
     * @param settings the channel settings (voice, base URL, MaryTTS servers...), as {@code publish} takes them
     * @param listener hears of each publish run's progress
     */
    public PublishWork(Path feedDir, ChannelSettings settings, Caps caps, PublishListener listener) {
        this.feedDir = feedDir;
        this.settings = settings;
        this.caps = caps;
        this.listener = listener;
    }

    @Override
    public String narrate(String url) {
        SourceLoader loader = new SourceLoader(caps.pageBytes(), FETCH_TIMEOUT, InputStream.nullInputStream());
        if (!AllowList.isLoopback(url)) loader.publicAddressesOnly();
        PublishReport report = publisher(loader).publish(new Publisher.Request(feedDir, List.of(url), settings, 1, true));
        if (!report.ok()) throw new VoxpressException(report.failures().get(0));
        return Publisher.episodeFor(feedDir, url).map(Episode::slug)
                .orElseThrow(() -> new VoxpressException(url + ": not an article (a feed or a list of links?)"));
    }

    @Override
    public Optional<Episode> remove(String slug) {
        return publisher(new SourceLoader()).remove(feedDir, settings, slug);
    }

    private Publisher publisher(SourceLoader loader) {
        ArticleCleaner articles = new ArticleCleaner();
        Cleaner capped = source -> {
            Article article = articles.clean(source);
            if (article.text().length() > caps.articleChars()) {
                throw new CleanException(source.name(), "longer than the " + caps.articleChars()
                        + " characters narrated on demand (" + article.text().length() + ")");
            }
            return article;
        };
        return new Publisher(loader, capped, listener);
    }
}
