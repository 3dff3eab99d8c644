package dev.voxpress.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.AtomicOutput;
import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.PublishListener;
import dev.voxpress.publish.PublishReport;
import dev.voxpress.publish.Publisher;
import dev.voxpress.publish.site.EmbedCode;
import dev.voxpress.publish.site.FeedIndex;
import dev.voxpress.publish.site.WidgetReplacer;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Put the voxpress player into an article page in place of the ElevenLabs AudioNative widget "
                + "(or before the article body when there is none), leaving every other byte of the page as it was.",
                "The episode is --episode SLUG, or the one in --feed whose article link or title matches the page."})
final class EmbedCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PAGE", description = "The article page (.html).")
    Path page;

    @Option(names = "--episode", paramLabel = "SLUG", description = "The episode to play, as in audio/SLUG.mp3.")
    String episode;

    @Option(names = "--feed", paramLabel = "DIR", defaultValue = "feed",
            description = "The published feed folder (default: ${DEFAULT-VALUE}).")
    Path feed;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the page (default: PAGE itself, replaced atomically); - for standard output.")
    String output;

    @Option(names = "--no-insert", description = "When the page has no ElevenLabs widget, change nothing and say so.")
    boolean noInsert;

    @Option(names = "--narrate", description = "When the article is not in the feed yet, narrate and publish it first.")
    boolean narrate;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the feed folder is served from (default: the base URL in feed.xml).")
    String baseUrl;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(page)) throw new VoxpressException(page + ": no such file");
        byte[] original = Files.readAllBytes(page);
        FeedIndex.Item item = resolve(original);
        FeedIndex index = FeedIndex.read(feed);
        String snippet = EmbedCode.snippet(baseUrl != null ? baseUrl : index.baseUrl(), item.slug(), item.title());
        Optional<WidgetReplacer.Result> result = new WidgetReplacer().apply(page.toString(), original, snippet, !noInsert);
        if (result.isEmpty()) {
            throw new VoxpressException(page + ": no ElevenLabs AudioNative widget found; left unchanged (--no-insert)");
        }
        WidgetReplacer.Result r = result.get();
        if ("-".equals(output)) {
            System.out.write(r.page());
            System.out.flush();
        } else {
            Path target = output != null ? Path.of(output) : page;
            try (AtomicOutput out = new AtomicOutput(target)) {
                Files.write(out.temp(), r.page());
                out.commit();
            }
        }
        String verb = switch (r.action()) {
            case REPLACED -> "replaced " + r.where() + " with";
            case UPDATED -> "updated " + r.where() + " to";
            case INSERTED -> "inserted " + r.where() + ":";
        };
        Log.info(page + ": " + verb + " the player for " + item.slug()
                + (output != null && !"-".equals(output) ? " (written to " + output + ")" : ""));
        return 0;
    }

    /** The episode for this page: the one named, or the one the page matches, or a new one with --narrate. */
    private FeedIndex.Item resolve(byte[] original) {
        if (episode != null) {
            if (!Files.isRegularFile(feed.resolve("feed.xml")) && narrate) publish();
            return FeedIndex.read(feed).require(episode);
        }
        Optional<FeedIndex.Item> match = Files.isRegularFile(feed.resolve("feed.xml"))
                ? match(FeedIndex.read(feed), original) : Optional.empty();
        if (match.isPresent()) return match.get();
        if (!narrate) {
            FeedIndex.read(feed); // a clear error when there is no feed at all
            throw new VoxpressException(page + ": no episode in " + feed.resolve("feed.xml")
                    + " matches this article (by its canonical URL or title); name one with --episode SLUG, "
                    + "or publish it with --narrate");
        }
        String slug = publish();
        return FeedIndex.read(feed).require(slug);
    }

    /** For --narrate: publishes the page into the feed folder, with the settings {@code publish} would use. */
    private String publish() {
        Log.info(page + ": not in the feed yet; narrating and publishing it into " + feed);
        PublishReport report = new Publisher(new PublishListener() { })
                .publish(new Publisher.Request(feed, List.of(page.toString()), PublishCommand.settings(null), 1));
        if (!report.ok()) throw new VoxpressException(report.failures().get(0));
        return Publisher.episodeFor(feed, page.toString()).map(Episode::slug)
                .orElseThrow(() -> new VoxpressException(page + ": was not published into " + feed));
    }

    static Optional<FeedIndex.Item> match(FeedIndex index, byte[] original) {
        Document doc = Jsoup.parse(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        String canonical = firstNonBlank(doc.select("link[rel=canonical]").attr("href"),
                doc.select("meta[property=og:url]").attr("content"));
        if (canonical != null) {
            for (FeedIndex.Item item : index.items()) {
                if (item.link() != null && normalize(item.link()).equals(normalize(canonical))) return Optional.of(item);
            }
        }
        for (String title : new String[] {doc.select("meta[property=og:title]").attr("content"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title()}) {
            if (title == null || title.isBlank()) continue;
            for (FeedIndex.Item item : index.items()) {
                if (item.title() != null && squash(item.title()).equals(squash(title))) return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String normalize(String url) {
        String u = url.strip().replaceFirst("^https?://", "").replaceFirst("#.*$", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String squash(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
