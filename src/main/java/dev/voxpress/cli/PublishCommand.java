package dev.voxpress.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.publish.ChannelSettings;
import dev.voxpress.publish.PublishListener;
import dev.voxpress.publish.PublishReport;
import dev.voxpress.publish.Publisher;
import dev.voxpress.source.SourceLoader;

@Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Narrate articles into a podcast feed folder: feed.xml, audio/, the manifest.",
                "Only new or changed articles are narrated; re-running with nothing changed is quick."})
final class PublishCommand implements Callable<Integer> {
    static final String DEFAULT_CONFIG = "voxpress.properties";

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Article files, folders of .html/.txt files, article URLs, or a site's RSS/Atom feed "
                    + "(file or URL). Default: seeds/")
    List<String> sources;

    @Option(names = "--feed", paramLabel = "DIR", defaultValue = "feed", description = "Feed folder (default: ${DEFAULT-VALUE}).")
    Path feed;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Channel settings file (default: " + DEFAULT_CONFIG + " when it exists).")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL", description = "URL the feed folder is served from (default: http://localhost:8080/).")
    String baseUrl;

    @Option(names = "--voice", paramLabel = "NAME", description = "Voice to narrate with (default: cmu-slt-hsmm).")
    String voice;

    @Option(names = "--mary-url", paramLabel = "URL[,URL...]",
            description = "MaryTTS servers for a marytts-server voice, used round-robin (default: the profile's; "
                    + "with no --voice, picks the mary-server voice).")
    String maryUrl;

    @Option(names = "--threads", paramLabel = "N",
            description = "Sentences synthesized at once (default: the number of cores).")
    String threads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Most entries taken from a site's feed, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--episode-limit", paramLabel = "N", description = "Most episodes kept in the feed; the oldest are dropped (default: 100).")
    String episodeLimit;

    @Option(names = "--public-only",
            description = "Refuse URLs on loopback or private addresses (for URLs that someone else supplies).")
    boolean publicOnly;

    @Option(names = "--no-cache", description = "Synthesize every sentence, without the feed's sentence cache.")
    boolean noCache;

    @Option(names = "--title", paramLabel = "TEXT", description = "Podcast title (default: the articles' site name).")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "Podcast description.")
    String description;

    @Option(names = "--author", paramLabel = "NAME", description = "itunes:author (default: the site name).")
    String author;

    @Option(names = "--owner-name", paramLabel = "NAME", description = "itunes:owner name.")
    String ownerName;

    @Option(names = "--owner-email", paramLabel = "EMAIL", description = "itunes:owner e-mail.")
    String ownerEmail;

    @Option(names = "--language", paramLabel = "TAG", description = "Language tag (default: the articles', or en).")
    String language;

    @Option(names = "--category", paramLabel = "NAME", description = "Apple Podcasts category (default: News).")
    String category;

    @Option(names = "--subcategory", paramLabel = "NAME", description = "Apple Podcasts subcategory.")
    String subcategory;

    @Option(names = "--explicit", paramLabel = "true|false", description = "Mark the podcast explicit (default: false).")
    String explicit;

    @Option(names = "--artwork", paramLabel = "FILE", description = "Square cover image, 1400 to 3000 px (default: one is drawn from the title).")
    String artwork;

    @Option(names = "--link", paramLabel = "URL", description = "The publisher's web site.")
    String link;

    @Option(names = "--dry-run",
            description = "Print the characters that would be sent to the voice's engine for the new and changed "
                    + "articles, and their estimated cost, without calling the engine or changing the feed folder.")
    boolean dryRun;

    @Mixin
    CharacterBudget budget;

    @Override
    public Integer call() {
        ChannelSettings settings = settings(config);
        settings.set("base-url", baseUrl).set("voice", voice).set("mary-url", maryUrl).set("threads", threads)
                .set("episode-limit", episodeLimit).set("title", title)
                .set("description", description).set("author", author).set("owner.name", ownerName)
                .set("owner.email", ownerEmail).set("language", language).set("category", category)
                .set("subcategory", subcategory).set("explicit", explicit).set("artwork", artwork).set("link", link);
        if (noCache) settings.set("cache", "false");
        if (maryUrl != null && voice == null) settings.set("voice", NarrateCommand.MARY_SERVER_VOICE);
        if (limit < 1) throw new IllegalArgumentException("--limit must be positive");
        List<String> what = sources == null || sources.isEmpty() ? List.of("seeds") : sources;
        Console console = System.console();
        PublishListener listener = PhaseGate.around(console != null ? new ProgressBar() : new LogLines());
        SourceLoader loader = publicOnly ? new SourceLoader().publicAddressesOnly() : new SourceLoader();
        Publisher.Request request = new Publisher.Request(feed, what, settings, limit);
        if (dryRun) return dryRun(new Publisher(loader, new ArticleCleaner(), new LogLines()), request, settings);
        Costs.start(budget.maxChars);
        PublishReport report = null;
        try {
            report = new Publisher(loader, new ArticleCleaner(), listener).publish(request);
        } finally {
            Costs.report(report != null);
        }
        for (String failure : report.failures()) Log.info("failed: " + failure);
        System.out.printf(Locale.ROOT, "%s: %d new, %d updated, %d unchanged, %d dropped, %d failed; %d episodes, %s of audio; took %.1f s%n",
                feed.resolve(Publisher.FEED_FILE), report.added(), report.updated(), report.unchanged(), report.dropped(),
                report.failures().size(), report.episodes(), Durations.clock(report.audioSeconds()),
                report.elapsed().toMillis() / 1000.0);
        return report.ok() ? 0 : Main.BAD_INPUT;
    }

    private int dryRun(Publisher publisher, Publisher.Request request, ChannelSettings settings) {
        List<String> failures = new java.util.ArrayList<>();
        List<Publisher.DryRunArticle> articles = publisher.dryRun(request, failures);
        long characters = 0;
        int sentences = 0;
        for (Publisher.DryRunArticle article : articles) {
            System.out.printf(Locale.ROOT, "%s\t%d characters\t%s%n", article.unchanged() ? "unchanged" : "narrate",
                    article.unchanged() ? 0 : article.characters(), article.title());
            if (!article.unchanged()) {
                characters += article.characters();
                sentences += article.sentences();
            }
        }
        for (String failure : failures) Log.info("failed: " + failure);
        System.out.println(Costs.dryRun(Publisher.voiceProfileOf(settings), characters, sentences, budget.maxChars));
        return failures.isEmpty() ? 0 : Main.BAD_INPUT;
    }

    /**
     * The settings from {@code config} (or {@value #DEFAULT_CONFIG} in the current folder when null and present),
     * overridden by the environment's {@code VOXPRESS_*} variables.
     */
    static ChannelSettings settings(Path config) {
        Path local = Path.of(DEFAULT_CONFIG);
        ChannelSettings file = config != null ? ChannelSettings.read(config)
                : Files.exists(local) ? ChannelSettings.read(local) : new ChannelSettings();
        return file.overrideWith(System.getenv());
    }

    /** Plain log lines, for logs and pipes. */
    static final class LogLines implements PublishListener {
        private int total;

        @Override
        public void started(int total) {
            this.total = total;
            Log.info(total + " article" + (total == 1 ? "" : "s") + " to consider");
        }

        @Override
        public void narrating(int index, String title) {
            Log.info("[" + (index + 1) + "/" + total + "] narrating \"" + title + "\"");
        }

        @Override
        public void finished(int index, String status, String detail, double audioSeconds) {
            String audio = audioSeconds > 0 ? " (" + Durations.clock(audioSeconds) + ")" : "";
            Log.info("[" + (index + 1) + "/" + total + "] " + status + ": " + detail + audio);
        }

        @Override
        public void cached(int reused, int synthesized) {
            Log.info(NarrateCommand.cacheLine(reused, synthesized));
        }

        @Override
        public void warning(String message) {
            Log.warning(message);
        }
    }

    /** A one-line progress bar on a terminal: articles done and audio narrated. */
    private static final class ProgressBar implements PublishListener {
        private static final int WIDTH = 30;
        private int total;
        private int done;
        private double audio;

        @Override
        public void started(int total) {
            this.total = total;
            draw("");
        }

        @Override
        public void narrating(int index, String title) {
            draw("narrating " + title);
        }

        @Override
        public void finished(int index, String status, String detail, double audioSeconds) {
            done++;
            audio += audioSeconds;
            if (status.equals("failed")) {
                System.err.print("\r\033[K");
                Log.info("failed: " + detail);
            }
            draw(done == total ? "done" : "");
            if (done == total) System.err.println();
        }

        @Override
        public void cached(int reused, int synthesized) {
            Log.info(NarrateCommand.cacheLine(reused, synthesized));
        }

        @Override
        public void warning(String message) {
            System.err.print("\r\033[K");
            Log.warning(message);
            draw("");
        }

        private void draw(String what) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String label = what.length() > 40 ? what.substring(0, 37) + "..." : what;
            System.err.printf(Locale.ROOT, "\r\033[K[%s%s] %d/%d articles, %s audio %s", "#".repeat(filled),
                    ".".repeat(WIDTH - filled), done, total, Durations.clock(audio), label);
            System.err.flush();
        }
    }
}
