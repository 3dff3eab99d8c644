package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;

/**
 * Kills {@code voxpress publish} with SIGKILL at 20 seeded random moments, with articles changing between runs
 * so that every run has narration to do, and checks after each run that the feed folder parses, names only files
 * that exist and keeps every episode that {@code feed.xml} or the manifest had; then a normal run converges: every
 * article published once, no temporary or orphaned files, and a run after it changes nothing.
 */
class KilledPublishTest {
    private static final int ARTICLES = 10;
    private static final int ROUNDS = 20;
    private static final long SEED = 20261124;
    private static final String BASE = "http://127.0.0.1:8080/";

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveAConsistentFeedAndTheNextRunConverges() throws Exception {
        Path articles = tmp.resolve("articles");
        for (int i = 1; i <= ARTICLES; i++) Articles.numbered(articles, i);
        Path feed = tmp.resolve("feed");
        Random random = new Random(SEED);
        int kills = 0;
        Set<String> inManifest = new HashSet<>();
        Set<String> inFeed = new HashSet<>();
        List<String> failures = new ArrayList<>();
        StringBuilder progress = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            for (int change = 0; change < 3; change++) {
                int n = 1 + random.nextInt(ARTICLES);
                Articles.write(articles, String.format("article-%03d.txt", n), "Report Number " + n + " From the Council",
                        "The council met on day " + round + " to discuss the budget for the coming year.");
            }
            Process process = start(articles, feed);
            if (!process.waitFor(500 + random.nextInt(4500), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                kills++;
            }
            // Every violation is collected rather than thrown, so that the report counts them all.
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
                failures.add("round " + round + ": " + e.getMessage());
            }
        }
        System.out.println(ROUNDS + " seeded runs (seed " + SEED + "), " + kills + " killed with SIGKILL mid-way, "
                + failures.size() + " invariant failures; episodes in feed.xml after each: " + progress);
        failures.forEach(f -> System.out.println("  failure: " + f));
        assertEquals(List.of(), failures);
        assertTrue(kills >= ROUNDS / 2, "too few runs were killed mid-way to test anything: " + kills);

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
        Process process = start(articles, feed);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "publish did not finish in 120 s");
        return process.exitValue();
    }

    private Process start(Path articles, Path feed) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "publish", articles.toString(), "--feed", feed.toString(), "--voice", "kevin16", "--base-url", BASE));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    }
}
