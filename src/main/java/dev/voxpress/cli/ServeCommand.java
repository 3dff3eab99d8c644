package dev.voxpress.cli;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.ChannelSettings;
import dev.voxpress.publish.site.FeedIndex;
import dev.voxpress.serve.FeedServer;
import dev.voxpress.serve.ondemand.AllowList;
import dev.voxpress.serve.ondemand.ApiToken;
import dev.voxpress.serve.ondemand.Job;
import dev.voxpress.serve.ondemand.NarrationQueue;
import dev.voxpress.serve.ondemand.OnDemandRoutes;
import dev.voxpress.serve.ondemand.PublishWork;
import dev.voxpress.serve.ondemand.Webhook;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a feed folder over HTTP for podcast apps and browsers, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--feed", paramLabel = "DIR", defaultValue = "feed",
            description = "The feed folder (default: ${DEFAULT-VALUE}).")
    Path feed;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for every interface, so that "
                    + "phones on the same network can subscribe.")
    String host;

    @Option(names = "--on-demand",
            description = "Narrate articles of the allowed origins when a page with voxpress.js asks (POST /on-demand), "
                    + "and answer the API under /api/ when a token is set. See docs/on-demand.md.")
    boolean onDemand;

    @Option(names = "--allow", paramLabel = "ORIGIN", split = ",",
            description = "Origins whose articles may be narrated on demand, such as https://news.example.com "
                    + "(default: allow= in the settings file).")
    List<String> allow;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Channel settings file for on-demand narrations (default: " + PublishCommand.DEFAULT_CONFIG
                    + " when it exists).")
    Path config;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "URL the feed folder is served from (default: the settings', feed.xml's, or this server's).")
    String baseUrl;

    @Option(names = "--voice", paramLabel = "NAME", description = "Voice to narrate with (default: cmu-slt-hsmm).")
    String voice;

    @Option(names = "--mary-url", paramLabel = "URL[,URL...]", description = "MaryTTS servers, as for publish.")
    String maryUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Sentences synthesized at once (default: the number of cores).")
    String threads;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "On-demand jobs narrated at once, for example one per MaryTTS server of --mary-url "
                    + "(default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--max-queue", paramLabel = "N", defaultValue = "100",
            description = "Most on-demand jobs waiting; more are refused (default: ${DEFAULT-VALUE}).")
    int maxQueue;

    @Option(names = "--per-client", paramLabel = "N", defaultValue = "10",
            description = "Most new jobs one client address may cause in an hour (default: ${DEFAULT-VALUE}).")
    int perClient;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "Attempts before a job fails for good (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--max-page-kb", paramLabel = "N", defaultValue = "2048",
            description = "Largest article page fetched, in KB (default: ${DEFAULT-VALUE}).")
    int maxPageKb;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "100000",
            description = "Longest article narrated on demand, in characters (default: ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the API's bearer token (default: the environment variable "
                    + ApiToken.ENV + "; neither: no API).")
    Path tokenFile;

    @Option(names = "--webhook", paramLabel = "URL", description = "URL POSTed each job's JSON when it ends.")
    String webhook;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (onDemand) Files.createDirectories(feed);
        FeedServer server = new FeedServer(feed, host, port);
        NarrationQueue queue = null;
        ChannelSettings settings = null;
        if (onDemand) {
            settings = PublishCommand.settings(config);
            settings.set("base-url", baseUrl).set("voice", voice).set("mary-url", maryUrl).set("threads", threads);
            if (maryUrl != null && voice == null) settings.set("voice", NarrateCommand.MARY_SERVER_VOICE);
            List<String> origins = allow != null && !allow.isEmpty() ? allow
                    : settings.get("allow") == null ? List.of() : List.of(settings.get("allow"));
            AllowList allowList = AllowList.parse(origins);
            if (allowList.isEmpty()) throw new VoxpressException("--on-demand needs --allow ORIGIN or allow= in the settings");
            Optional<ApiToken> token = ApiToken.load(tokenFile, System.getenv());
            Consumer<Job> ended = webhook == null ? job -> { } : new Webhook(webhook, Log::info);
            NarrationQueue.Limits limits = new NarrationQueue.Limits(jobs, maxQueue, perClient, attempts,
                    NarrationQueue.Limits.DEFAULTS.retryDelay(), NarrationQueue.Limits.DEFAULTS.failedKept());
            PublishWork work = new PublishWork(feed, settings,
                    new PublishWork.Caps((int) Math.min(Integer.MAX_VALUE, maxPageKb * 1024L), maxArticleChars),
                    PhaseGate.around(new PublishCommand.LogLines()));
            queue = new NarrationQueue(feed, allowList, work, limits, ended, Log::info);
            server.routes(new OnDemandRoutes(queue, allowList, token));
            Log.info("on demand for " + String.join(", ", allowList.origins()) + "; API "
                    + (token.isPresent() ? "on" : "off (no token)"));
        }
        server.start();
        if (settings != null) {
            if (settings.get("base-url") == null) settings.set("base-url", feedBaseUrl().orElse(server.uri().toString()));
            queue.start();
        }
        System.out.println(server.uri());
        System.out.flush();
        Log.info("serving " + feed + " at " + server.uri() + " (Ctrl-C to stop)");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            for (String address : lanAddresses()) {
                Log.info("on this network: http://" + address + ":" + server.port() + "/");
            }
        }
        if (Files.isRegularFile(feed.resolve("feed.xml"))) {
            try {
                String base = FeedIndex.read(feed).baseUrl();
                if (!base.equals(server.uri().toString())) {
                    Log.info("note: feed.xml says the feed lives at " + base + "; podcast apps fetch the audio from there");
                }
            } catch (VoxpressException e) {
                Log.info("warning: " + e.getMessage());
            }
        } else {
            Log.info("note: " + feed + " has no feed.xml yet; run voxpress publish");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> Log.info("stopped"), "voxpress-serve-stopped"));
        server.join();
        return 0;
    }

    /** The base URL that the folder's feed.xml was published with, if it has one. */
    private Optional<String> feedBaseUrl() {
        if (!Files.isRegularFile(feed.resolve("feed.xml"))) return Optional.empty();
        try {
            return Optional.of(FeedIndex.read(feed).baseUrl());
        } catch (VoxpressException e) {
            return Optional.empty();
        }
    }

    /** This machine's IPv4 addresses other than loopback: where phones on the same network find the server. */
    static List<String> lanAddresses() {
        List<String> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) continue;
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        addresses.add(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            // No list, no hint.
        }
        return addresses;
    }
}
