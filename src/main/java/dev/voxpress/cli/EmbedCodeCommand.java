package dev.voxpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.publish.site.EmbedCode;
import dev.voxpress.publish.site.FeedIndex;

@Command(name = "embed-code", mixinStandardHelpOptions = true,
        description = "Print the <iframe> snippet that puts an episode's player on any web page.")
final class EmbedCodeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SLUG", description = "The episode, as in audio/SLUG.mp3.")
    String slug;

    @Option(names = "--feed", paramLabel = "DIR", defaultValue = "feed",
            description = "The published feed folder (default: ${DEFAULT-VALUE}).")
    Path feed;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the feed folder is served from (default: the base URL in feed.xml).")
    String baseUrl;

    @Override
    public Integer call() {
        FeedIndex index = FeedIndex.read(feed);
        FeedIndex.Item item = index.require(slug);
        System.out.println(EmbedCode.snippet(baseUrl != null ? baseUrl : index.baseUrl(), item.slug(), item.title()));
        return 0;
    }
}
