package dev.voxpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.publish.site.EmbedCode;
import dev.voxpress.publish.site.FeedIndex;
import dev.voxpress.publish.site.SiteWriter;

@Command(name = "embed-code", mixinStandardHelpOptions = true,
        description = {"Print the snippet that puts the player on web pages.",
                "Without SLUG: the site-wide template snippet, a placeholder <div> and <script src=BASE/voxpress.js>,"
                        + " which shows each article's episode by itself and nothing where there is none.",
                "With SLUG: the <iframe> of that one episode's player."})
final class EmbedCodeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SLUG", arity = "0..1",
            description = "The episode, as in audio/SLUG.mp3; leave out for the site-wide snippet.")
    String slug;

    @Option(names = "--feed", paramLabel = "DIR", defaultValue = "feed",
            description = "The published feed folder (default: ${DEFAULT-VALUE}).")
    Path feed;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the feed folder is served from (default: the base URL in feed.xml).")
    String baseUrl;

    @Option(names = "--elevenlabs",
            description = "Site-wide snippet with the ElevenLabs AudioNative <div id=\"" + EmbedCode.ELEVENLABS_ID
                    + "\"> instead of <div data-voxpress>.")
    boolean elevenlabs;

    @Override
    public Integer call() {
        if (slug == null) {
            String base = baseUrl != null ? baseUrl : FeedIndex.read(feed).baseUrl();
            System.out.println(EmbedCode.site(base, elevenlabs));
            System.err.println("A template with the ElevenLabs AudioNative widget needs one change: its <script src> becomes "
                    + (base.endsWith("/") ? base : base + "/") + SiteWriter.LOADER + "; the <div> stays.");
            return 0;
        }
        FeedIndex index = FeedIndex.read(feed);
        FeedIndex.Item item = index.require(slug);
        System.out.println(EmbedCode.snippet(baseUrl != null ? baseUrl : index.baseUrl(), item.slug(), item.title()));
        return 0;
    }
}
