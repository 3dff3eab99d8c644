package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;

/**
 * Kills {@code voxpress publish} with SIGKILL in 20 seeded rounds, with articles changing between runs so that every
 * run has narration to do. Each round picks a {@link PublishPhase} and an occurrence of it; the run, started with the
 * phase gate ({@code -Dvoxpress.phase-gate=stdin}), stops at every phase until the test answers, so the kill lands
 * exactly there however fast or slow the machine is. After each run the feed folder must parse, name and link only
 * files that exist, keep every episode that {@code feed.xml} or the manifest had, and have gone through the write
 * tiers in order; then a normal run converges: every article published once, no temporary or orphaned files, and a
 * run after it changes nothing.
 */
class KilledPublishTest {
    private static final int ARTICLES = 10;
    private static final int ROUNDS = 20;
    private static final long SEED = 20261124;
    private static final String BASE = "http://127.0.0.1:8080/";
    private static final String GATE_PREFIX = "voxpress-phase: ";
    /** The phases at which {@code writeFeed} writes, in the order it must reach them. */
    private static final List<PublishPhase> TIERS = List.of(PublishPhase.ASSETS, PublishPhase.PAGES, PublishPhase.FEED,
            PublishPhase.INDEXES, PublishPhase.LOADER);

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveAConsistentFeedAndTheNextRunConverges() throws Exception {
        Path articles = tmp.resolve("articles");
        for (int i = 1; i <= ARTICLES; i++) Articles.numbered(articles, i);
        Path feed = tmp.resolve("feed");
        Random random = new Random(SEED);
        Map<PublishPhase, Integer> kills = new EnumMap<>(PublishPhase.class);
        Set<String> inManifest = new HashSet<>();
        Set<String> inFeed = new HashSet<>();
        List<String> failures = new ArrayList<>();
        StringBuilder progress = new StringBuilder();
        PublishPhase[] phases = PublishPhase.values();
        for (int round = 0; round < ROUNDS; round++) {
            for (int change = 0; change < 3; change++) {
                int n = 1 + random.nextInt(ARTICLES);
                Articles.write(articles, String.format("article-%03d.txt", n), "Report Number " + n + " From the Council",
                        "The council met on day " + round + " to discuss the budget for the coming year.");
            }
            // Every phase is aimed at twice; LOCKED happens once a run, the others at its first or second time.
            PublishPhase target = phases[round % phases.length];
            int occurrence = target == PublishPhase.LOCKED ? 1 : 1 + random.nextInt(2);
            GatedRun run = runGated(articles, feed, target, occurrence);
            if (run.killed) kills.merge(target, 1, Integer::sum);
            // Every violation is collected rather than thrown, so that the report counts them all.
            String order = tiersOutOfOrder(run.phases);
            if (order != null) failures.add("round " + round + ": " + order);
            try {
                FeedInvariants.check(feed, BASE);
                Set<String> manifestNow = guids(feed);
                Set<String> feedNow = FeedInvariants.feedGuids(feed);
                if (!manifestNow.containsAll(inManifest)) failures.add("round " + round + ": the manifest lost an episode");
                if (!feedNow.containsAll(inFeed)) failures.add("round " + round + ": feed.xml lost an episode");
                inManifest = manifestNow;
                inFeed = feedNow;
                progress.append(feedNow.size()).append(' ');
            } catch (Exception | AssertionError e) {
                failures.add("round " + round + " (killed at " + target + " #" + occurrence + "): " + e.getMessage());
            }
        }
        System.out.println(ROUNDS + " seeded runs (seed " + SEED + "), SIGKILL at each phase: " + kills
                + "; " + failures.size() + " invariant failures; episodes in feed.xml after each: " + progress);
        failures.forEach(f -> System.out.println("  failure: " + f));
        assertEquals(List.of(), failures);
        for (PublishPhase phase : phases) assertTrue(kills.getOrDefault(phase, 0) > 0, "no run was killed at " + phase + ": " + kills);

        assertEquals(0, runToTheEnd(articles, feed), Files.readString(tmp.resolve("log")));
        assertEquals(ARTICLES, FeedInvariants.check(feed, BASE));
        assertEquals(ARTICLES, Manifest.read(feed).orElseThrow().episodes().size());
        assertTrue(FeedInvariants.feedGuids(feed).containsAll(inFeed), "the converging run lost an episode");
        try (var files = Files.walk(feed)) {
            List<Path> left = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
            assertEquals(List.of(), left, "temporary files left after a complete run");
        }
        assertEquals(List.of(), FeedInvariants.orphans(feed), "files no episode names, left after a complete run");

        byte[] converged = Files.readAllBytes(feed.resolve("feed.xml"));
        assertEquals(0, runToTheEnd(articles, feed));
        assertTrue(Files.readString(tmp.resolve("log")).contains(ARTICLES + " unchanged"), Files.readString(tmp.resolve("log")));
        assertEquals(new String(converged), Files.readString(feed.resolve("feed.xml")), "a run after convergence changed the feed");
        System.out.println("converged: " + ARTICLES + " episodes, no temporary or orphaned files; the next run changed nothing");
    }

    /** What a gated run went through, and whether it was killed (or ran to its end without reaching the target). */
    private record GatedRun(List<PublishPhase> phases, boolean killed) {
    }

    /**
     * Runs publish with the phase gate and kills it with SIGKILL when it reaches {@code target} for the
     * {@code occurrence}-th time; lets it through every other phase.
     */
    private GatedRun runGated(Path articles, Path feed, PublishPhase target, int occurrence) throws Exception {
        Process process = start(articles, feed, true);
        List<PublishPhase> seen = new ArrayList<>();
        int reached = 0;
        boolean killed = false;
        try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8);
             Writer in = process.outputWriter(StandardCharsets.UTF_8)) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.startsWith(GATE_PREFIX)) continue;
                PublishPhase phase = PublishPhase.valueOf(line.substring(GATE_PREFIX.length()).strip());
                seen.add(phase);
                if (phase == target && ++reached == occurrence) {
                    process.destroyForcibly();
                    killed = true;
                    break;
                }
                in.write('\n');
                in.flush();
            }
        } catch (IOException e) {
            // The process ended while the test answered it; the run is judged by what it left.
        }
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "publish neither ended nor died");
        return new GatedRun(seen, killed);
    }

    /** Null when every writing of the folder went through the tiers in order, else what was out of order. */
    private static String tiersOutOfOrder(List<PublishPhase> phases) {
        int last = -1;
        for (PublishPhase phase : phases) {
            int tier = TIERS.indexOf(phase);
            if (tier < 0) {
                last = -1;
            } else if (tier <= last) {
                return phase + " came after " + TIERS.get(last) + " in " + phases;
            } else {
                last = tier;
            }
        }
        return null;
    }

    /**
     * The window the random kills found: a run killed after the manifest named an episode's new audio but before
     * feed.xml did. The next run must keep the old audio, which feed.xml and the pages still name, until it has
     * rewritten them; here that run dies right after it starts.
     */
    @Test
    void aRunThatDiesBeforeRewritingTheFeedKeepsTheFilesTheFeedNames() throws Exception {
        Path articles = tmp.resolve("articles");
        Path article = Articles.numbered(articles, 1);
        Path feed = tmp.resolve("feed");
        Path before = tmp.resolve("before");
        PublisherTest.publish(feed, PublisherTest.settings(), article.toString());
        copyTree(feed, before);
        Articles.write(articles, article.getFileName().toString(), "Report Number 1 From the Council",
                "The council changed its mind about the budget.");
        PublisherTest.publish(feed, PublisherTest.settings(), article.toString());
        // The state of a run killed between writing the manifest and writing feed.xml: old feed and pages, both audios.
        for (String name : new String[] {"feed.xml", "index.html", "episodes", "embed", "audio"}) copyTree(before.resolve(name), feed.resolve(name));
        FeedInvariants.check(feed, PublisherTest.BASE);

        PublishListener dies = new PublishListener() {
            @Override
            public void started(int total) {
                throw new IllegalStateException("killed");
            }
        };
        assertThrows(IllegalStateException.class, () -> new Publisher(dies)
                .publish(new Publisher.Request(feed, List.of(article.toString()), PublisherTest.settings(), 20)));
        FeedInvariants.check(feed, PublisherTest.BASE);

        assertEquals(1, PublisherTest.publish(feed, PublisherTest.settings(), article.toString()).unchanged());
        assertEquals(1, FeedInvariants.check(feed, PublisherTest.BASE));
        assertEquals(List.of(), FeedInvariants.orphans(feed), "the old audio outlived the run that replaced it in the feed");
    }

    /**
     * Every phase of a run that adds one episode and drops the oldest (the episode limit), stopped there in turn:
     * the folder links only to files that exist, and the next run completes the work. The stop is a listener that
     * throws, which leaves the folder as SIGKILL would, since every file is written whole under another name.
     */
    @Test
    void aRunThatDropsAnEpisodeIsConsistentWhereverItStops() throws Exception {
        Path articles = tmp.resolve("articles");
        List<String> sources = new ArrayList<>();
        for (int i = 1; i <= 3; i++) sources.add(Articles.numbered(articles, i).toString());
        Path feed = tmp.resolve("feed");
        Path published = tmp.resolve("published");
        ChannelSettings limited = PublisherTest.settings().set("episode-limit", "3");
        PublisherTest.publish(feed, limited, sources.toArray(String[]::new));
        copyTree(feed, published);
        sources.remove(0);
        sources.add(Articles.numbered(articles, 4).toString());

        List<PublishPhase> reached = new ArrayList<>();
        new Publisher(new PublishListener() {
            @Override
            public void reached(PublishPhase phase) {
                reached.add(phase);
            }
        }).publish(new Publisher.Request(feed, sources, limited, 20));
        assertTrue(reached.containsAll(List.of(PublishPhase.values())), "phases reached: " + reached);

        for (int stop = 0; stop < reached.size(); stop++) {
            deleteTree(feed);
            copyTree(published, feed);
            int[] count = {0};
            int at = stop;
            PublishListener stops = new PublishListener() {
                @Override
                public void reached(PublishPhase phase) {
                    if (count[0]++ == at) throw new IllegalStateException("stopped at " + phase);
                }
            };
            assertThrows(IllegalStateException.class,
                    () -> new Publisher(stops).publish(new Publisher.Request(feed, sources, limited, 20)));
            FeedInvariants.check(feed, PublisherTest.BASE);
            PublishReport next = new Publisher(new PublishListener() { }).publish(new Publisher.Request(feed, sources, limited, 20));
            assertEquals(3, FeedInvariants.check(feed, PublisherTest.BASE), "after a stop at " + reached.get(stop) + ": " + next);
            assertEquals(List.of(), FeedInvariants.orphans(feed), "after a stop at " + reached.get(stop));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(file);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Set<String> guids(Path feed) {
        Set<String> guids = new LinkedHashSet<>();
        Manifest.read(feed).ifPresent(m -> m.episodes().forEach(e -> guids.add(e.guid())));
        return guids;
    }

    private int runToTheEnd(Path articles, Path feed) throws Exception {
        Process process = start(articles, feed, false);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "publish neither ended nor died");
        return process.exitValue();
    }

    private Process start(Path articles, Path feed, boolean gated) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (gated) command.add("-Dvoxpress.phase-gate=stdin");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "publish", articles.toString(), "--feed", feed.toString(), "--voice", "kevin16", "--base-url", BASE));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (gated) return builder.redirectError(tmp.resolve("log").toFile()).start();
        return builder.redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    }
}
