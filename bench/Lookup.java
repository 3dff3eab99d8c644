import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;

import dev.voxpress.publish.Channel;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.site.EmbedIndex;
import dev.voxpress.publish.site.SiteWriter;

/**
 * Lookup benchmark of the drop-in player against {@code voxpress serve}: what every article page view with
 * {@code voxpress.js} costs the feed's server. Writes the web side of a feed folder with N episodes of articles
 * (pages, {@code embed/index.json}, {@code voxpress.js}; no audio is needed to look up), starts {@code serve} on it
 * as a child process on a free loopback port, then C clients (JDK HttpClient, keep-alive, HTTP/1.1) each repeat a
 * cold page view's lookup until the duration is up: GET {@code voxpress.js}, then GET {@code embed/index.json} with
 * the article page's {@code Origin}, checking the status, the script's length and that the index lists the article.
 * Prints requests/s, lookups/s, median and p99 latency per request and per lookup, errors, the script's size, the
 * index's size and whether the server sent {@code Access-Control-Allow-Origin} (a browser on another origin needs it
 * to read the index).
 *
 * Run: java -cp target/voxpress.jar bench/Lookup.java [--clients N (16)] [--duration SECONDS (30)]
 *      [--episodes N (100)] [--jar target/voxpress.jar]
 * (bench/lookup runs this.)
 */
public class Lookup {
    record Options(int clients, int seconds, int episodes, Path jar) {
        static Options parse(String[] args) {
            Map<String, String> o = new TreeMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
            return new Options(Integer.parseInt(o.getOrDefault("--clients", "16")),
                    Integer.parseInt(o.getOrDefault("--duration", "30")),
                    Integer.parseInt(o.getOrDefault("--episodes", "100")), Path.of(o.getOrDefault("--jar", "target/voxpress.jar")));
        }
    }

    /** What one client measured: per-request and per-lookup latencies in microseconds. */
    static final class Tally {
        long[] requests = new long[1 << 16];
        long[] lookups = new long[1 << 15];
        int requestCount;
        int lookupCount;

        void request(long micros) {
            if (requestCount == requests.length) requests = Arrays.copyOf(requests, requestCount * 2);
            requests[requestCount++] = micros;
        }

        void lookup(long micros) {
            if (lookupCount == lookups.length) lookups = Arrays.copyOf(lookups, lookupCount * 2);
            lookups[lookupCount++] = micros;
        }
    }

    static final String ARTICLES = "https://news.example.org/2025/";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path feed = Files.createTempDirectory("voxpress-lookup-");
        Process server = null;
        try {
            writeFeed(feed, options.episodes());
            byte[] script = Files.readAllBytes(feed.resolve(SiteWriter.LOADER));
            long indexBytes = Files.size(feed.resolve(EmbedIndex.FILE));
            server = new ProcessBuilder("java", "-jar", options.jar().toString(), "serve", "--feed", feed.toString(),
                    "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            URI base = URI.create(out.readLine().strip());
            System.out.printf(Locale.ROOT, "server %s, %d cores; %d clients, %d s; %d episodes; voxpress.js %d bytes"
                            + " (%d gzipped), embed/index.json %d bytes%n", base, Runtime.getRuntime().availableProcessors(),
                    options.clients(), options.seconds(), options.episodes(), script.length, gzipped(script), indexBytes);

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, LongAdder> errors = new ConcurrentHashMap<>();
            boolean cors = lookUp(client, base, script.length, options.episodes(), new Tally(), errors);
            long warmUntil = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < warmUntil) lookUp(client, base, script.length, options.episodes(), new Tally(), errors);
            errors.clear();

            long start = System.nanoTime();
            long deadline = start + options.seconds() * 1_000_000_000L;
            List<Tally> tallies = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < options.clients(); c++) {
                Tally tally = new Tally();
                tallies.add(tally);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < deadline) lookUp(client, base, script.length, options.episodes(), tally, errors);
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) thread.join();
            double elapsed = (System.nanoTime() - start) / 1e9;
            report(tallies, errors, elapsed, script.length, cors);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            try (var files = Files.walk(feed)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The web side of a feed folder with {@code n} episodes, each narrating an article under {@link #ARTICLES}. */
    static void writeFeed(Path dir, int n) {
        Channel channel = new Channel("Lookup bench", "Articles read aloud.", "The Gazette", "Ana Editor", "ana@example.org",
                "en", "News", null, false, null, "https://news.example.org/", "https://pods.example.org/",
                "6a1e3b8c-0a4d-5e58-9b1f-2f2d3c4b5a69", n);
        List<Episode> episodes = new ArrayList<>();
        Instant first = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            String slug = "story-" + i;
            episodes.add(new Episode(slug, "urn:uuid:" + slug, "Story number " + i + " from the harbour", "About story " + i,
                    ARTICLES + slug, ARTICLES + slug + "?utm_source=rss", "hash-" + i, "kevin16", first.plusSeconds(3600L * i),
                    300, 2_400_000, "audio/" + slug + ".mp3", null, null, null, null, "Sam Writer"));
        }
        new SiteWriter().write(dir, channel, episodes);
    }

    /**
     * One cold page view's lookup of a random article: the script, then the index. Returns whether the index came with
     * {@code Access-Control-Allow-Origin}.
     */
    static boolean lookUp(HttpClient client, URI base, int scriptLength, int episodes, Tally tally, Map<String, LongAdder> errors) {
        String article = "\"" + ARTICLES + "story-" + ThreadLocalRandom.current().nextInt(episodes) + "\"";
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> script = client.send(HttpRequest.newBuilder(base.resolve("/" + SiteWriter.LOADER))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            tally.request((t1 - t0) / 1000);
            if (script.statusCode() != 200) errors.computeIfAbsent("voxpress.js HTTP " + script.statusCode(), k -> new LongAdder()).increment();
            else if (script.body().length != scriptLength) errors.computeIfAbsent("voxpress.js length", k -> new LongAdder()).increment();
            HttpResponse<String> index = client.send(HttpRequest.newBuilder(base.resolve("/" + EmbedIndex.FILE))
                    .header("Origin", "https://news.example.org").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long t2 = System.nanoTime();
            tally.request((t2 - t1) / 1000);
            tally.lookup((t2 - t0) / 1000);
            if (index.statusCode() != 200) errors.computeIfAbsent("index.json HTTP " + index.statusCode(), k -> new LongAdder()).increment();
            else if (!index.body().contains(article)) errors.computeIfAbsent("article not in index.json", k -> new LongAdder()).increment();
            return index.headers().firstValue("Access-Control-Allow-Origin").isPresent();
        } catch (Exception e) {
            errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
            return false;
        }
    }

    static long gzipped(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    static long[] sorted(List<Tally> tallies, boolean lookups) {
        long[] all = tallies.stream().flatMapToLong(t -> Arrays.stream(lookups ? t.lookups : t.requests, 0,
                lookups ? t.lookupCount : t.requestCount)).toArray();
        Arrays.sort(all);
        return all;
    }

    static void report(List<Tally> tallies, Map<String, LongAdder> errors, double elapsed, int scriptBytes, boolean cors) {
        long[] requests = sorted(tallies, false);
        long[] lookups = sorted(tallies, true);
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf(Locale.ROOT, "requests: %d in %.1f s = %.0f requests/s; lookups (voxpress.js + embed/index.json):"
                        + " %d = %.0f lookups/s; errors: %d %s%n", requests.length, elapsed, requests.length / elapsed,
                lookups.length, lookups.length / elapsed, errorCount, errors.isEmpty() ? "" : errors);
        if (requests.length > 0 && lookups.length > 0) {
            System.out.printf(Locale.ROOT, "latency per request: median %.2f ms, p99 %.2f ms; per lookup: median %.2f ms, p99 %.2f ms%n",
                    requests[requests.length / 2] / 1e3, requests[(int) (requests.length * 0.99)] / 1e3,
                    lookups[lookups.length / 2] / 1e3, lookups[(int) (lookups.length * 0.99)] / 1e3);
        }
        System.out.println("embed/index.json sent Access-Control-Allow-Origin: " + (cors ? "yes" : "no (a page on another origin cannot read it)"));
        System.out.printf(Locale.ROOT, "RESULT requests_per_s=%.0f lookups_per_s=%.0f median_request_ms=%.2f median_lookup_ms=%.2f"
                        + " errors=%d script_bytes=%d%n", requests.length / elapsed, lookups.length / elapsed,
                requests.length > 0 ? requests[requests.length / 2] / 1e3 : 0, lookups.length > 0 ? lookups[lookups.length / 2] / 1e3 : 0,
                errorCount, scriptBytes);
    }
}
