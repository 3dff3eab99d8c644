import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * Load test of {@code voxpress serve}: starts it as a child process on a free loopback port over a feed folder,
 * then N clients (JDK HttpClient, keep-alive) send random byte-range GETs of the episode's MP3, mixed with GETs of
 * feed.xml and the episode page, until the duration or the request cap is reached. Every answer is checked (status,
 * length). Reports requests/s, throughput, latency percentiles, errors, and the server's heap and RSS sampled
 * every few seconds during the run (heap through the server's JMX agent, RSS from /proc), and its live heap after a
 * full GC before and after the load.
 *
 * Run: java -cp target/voxpress.jar bench/Load.java --feed DIR [--clients N] [--duration SECONDS]
 *      [--max-requests N] [--sample SECONDS] [--jar target/voxpress.jar]
 * (bench/load prepares a feed folder and runs this.)
 */
public class Load {
    record Options(Path feed, int clients, int seconds, long maxRequests, int sampleSeconds, Path jar) {
        static Options parse(String[] args) {
            Map<String, String> o = new TreeMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
            if (!o.containsKey("--feed")) throw new IllegalArgumentException("usage: Load.java --feed DIR [options]");
            return new Options(Path.of(o.get("--feed")), Integer.parseInt(o.getOrDefault("--clients", "16")),
                    Integer.parseInt(o.getOrDefault("--duration", "60")),
                    Long.parseLong(o.getOrDefault("--max-requests", "5000000")),
                    Integer.parseInt(o.getOrDefault("--sample", "5")), Path.of(o.getOrDefault("--jar", "target/voxpress.jar")));
        }
    }

    /** What one client measured: latencies in microseconds (bounded), bytes, and errors by kind. */
    static final class Tally {
        final long[] micros;
        int count;
        long bytes;

        Tally(int capacity) {
            micros = new long[capacity];
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path mp3 = firstFile(options.feed().resolve("audio"), ".mp3");
        Path page = firstFile(options.feed().resolve("episodes"), ".html");
        long mp3Length = Files.size(mp3);
        String mp3Path = "/" + options.feed().relativize(mp3).toString().replace('\\', '/');
        String pagePath = "/" + options.feed().relativize(page).toString().replace('\\', '/');

        Process server = new ProcessBuilder("java", "-jar", options.jar().toString(), "serve", "--feed",
                options.feed().toString(), "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            URI base = URI.create(out.readLine().strip());
            long pid = server.pid();
            System.out.printf(Locale.ROOT, "server %s (pid %d), %d cores; %d clients, %d s or %d requests; MP3 %s, %d bytes%n",
                    base, pid, Runtime.getRuntime().availableProcessors(), options.clients(), options.seconds(),
                    options.maxRequests(), mp3Path, mp3Length);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            warmUp(client, base.resolve(mp3Path));
            MemoryMXBean memory = memoryOf(pid);
            long liveBefore = liveHeapKb(memory);

            AtomicLong remaining = new AtomicLong(options.maxRequests());
            Map<String, LongAdder> errors = new ConcurrentHashMap<>();
            long deadline = System.nanoTime() + options.seconds() * 1_000_000_000L;
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, options.maxRequests() / options.clients() + 1);
            List<Tally> tallies = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(options.clients());
            long start = System.nanoTime();
            for (int c = 0; c < options.clients(); c++) {
                Tally tally = new Tally(Math.min(capacity, 4_000_000));
                tallies.add(tally);
                Thread thread = new Thread(() -> {
                    run(client, base, mp3Path, mp3Length, pagePath, deadline, remaining, tally, errors);
                    done.countDown();
                });
                thread.setDaemon(true);
                thread.start();
            }
            List<long[]> samples = new ArrayList<>(); // {seconds, heap used KB, RSS KB}
            do {
                samples.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L,
                        memory.getHeapMemoryUsage().getUsed() / 1024, rssKb(pid)});
            } while (!done.await(options.sampleSeconds(), TimeUnit.SECONDS));
            double elapsed = (System.nanoTime() - start) / 1e9;
            samples.add(new long[] {Math.round(elapsed), memory.getHeapMemoryUsage().getUsed() / 1024, rssKb(pid)});
            long liveAfter = liveHeapKb(memory);
            report(tallies, errors, elapsed, samples, liveBefore, liveAfter);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** One client: requests until the deadline or the shared cap, each checked, latency recorded. */
    static void run(HttpClient client, URI base, String mp3Path, long mp3Length, String pagePath, long deadline,
                    AtomicLong remaining, Tally tally, Map<String, LongAdder> errors) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        URI mp3 = base.resolve(mp3Path);
        URI feed = base.resolve("/feed.xml");
        URI page = base.resolve(pagePath);
        while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
            int kind = random.nextInt(10);
            HttpRequest.Builder request;
            long expected;
            if (kind < 8) {
                long first = random.nextLong(mp3Length);
                long last = Math.min(mp3Length - 1, first + random.nextLong(256 * 1024));
                request = HttpRequest.newBuilder(mp3).header("Range", "bytes=" + first + "-" + last);
                expected = last - first + 1;
            } else {
                request = HttpRequest.newBuilder(kind == 8 ? feed : page);
                expected = -1;
            }
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                long micros = (System.nanoTime() - t0) / 1000;
                int wanted = expected >= 0 ? 206 : 200;
                if (response.statusCode() != wanted) {
                    errors.computeIfAbsent("HTTP " + response.statusCode(), k -> new LongAdder()).increment();
                } else if (expected >= 0 && response.body().length != expected) {
                    errors.computeIfAbsent("wrong length", k -> new LongAdder()).increment();
                }
                if (tally.count < tally.micros.length) tally.micros[tally.count++] = micros;
                tally.bytes += response.body().length;
            } catch (Exception e) {
                errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
            }
        }
    }

    static void warmUp(HttpClient client, URI mp3) throws Exception {
        for (int i = 0; i < 200; i++) {
            client.send(HttpRequest.newBuilder(mp3).header("Range", "bytes=0-65535").build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    static void report(List<Tally> tallies, Map<String, LongAdder> errors, double elapsed, List<long[]> samples,
                       long liveBefore, long liveAfter) {
        int n = tallies.stream().mapToInt(t -> t.count).sum();
        long[] all = new long[n];
        int at = 0;
        long bytes = 0;
        for (Tally t : tallies) {
            System.arraycopy(t.micros, 0, all, at, t.count);
            at += t.count;
            bytes += t.bytes;
        }
        Arrays.sort(all);
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.printf(Locale.ROOT, "requests: %d in %.1f s = %.0f requests/s, %.1f MB/s; errors: %d %s%n", n + errorCount,
                elapsed, (n + errorCount) / elapsed, bytes / elapsed / 1e6, errorCount, errors.isEmpty() ? "" : errors);
        if (n > 0) {
            System.out.printf(Locale.ROOT, "latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    all[n / 2] / 1e3, all[(int) (n * 0.9)] / 1e3, all[Math.min(n - 1, (int) (n * 0.99))] / 1e3, all[n - 1] / 1e3);
        }
        System.out.println("server memory (s, heap used MB, RSS MB): " + samples.stream()
                .map(s -> s[0] + "s " + s[1] / 1024 + "/" + s[2] / 1024).reduce((a, b) -> a + ", " + b).orElse(""));
        long[] heap = samples.stream().mapToLong(s -> s[1]).toArray();
        long[] rss = samples.stream().mapToLong(s -> s[2]).toArray();
        System.out.printf(Locale.ROOT, "server heap used MB: first %d, last %d, max %d; RSS MB: first %d, last %d, max %d;"
                        + " live heap after full GC: %d MB before the load, %d MB after%n",
                heap[0] / 1024, heap[heap.length - 1] / 1024, Arrays.stream(heap).max().orElse(0) / 1024,
                rss[0] / 1024, rss[rss.length - 1] / 1024, Arrays.stream(rss).max().orElse(0) / 1024,
                liveBefore / 1024, liveAfter / 1024);
        System.out.printf(Locale.ROOT, "RESULT requests_per_s=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d rss_first_mb=%d"
                        + " rss_last_mb=%d rss_max_mb=%d%n", (n + errorCount) / elapsed, n > 0 ? all[n / 2] / 1e3 : 0,
                n > 0 ? all[Math.min(n - 1, (int) (n * 0.99))] / 1e3 : 0, errorCount, rss[0] / 1024,
                rss[rss.length - 1] / 1024, Arrays.stream(rss).max().orElse(0) / 1024);
    }

    static Path firstFile(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no *" + suffix + " in " + dir));
        }
    }

    static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }

    /** The server's memory bean, through its local JMX agent (attached once: no extra JVM per sample). */
    static MemoryMXBean memoryOf(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        String address = vm.startLocalManagementAgent();
        vm.detach();
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        return ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    }

    /** The live heap: what is used right after a full GC. */
    static long liveHeapKb(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1024;
    }
}
