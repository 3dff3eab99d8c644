package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;

/**
 * Kills {@code voxpress publish} with SIGKILL at 20 seeded random moments, with articles changing between runs
 * so that every run has narration to do, and checks that the feed folder always parses, names only files that
 * exist and keeps every episode it had; then a normal run completes with no duplicates.
 */
class KilledPublishTest {
    private static final int ARTICLES = 10;
    private static final int ROUNDS = 20;
    private static final String BASE = "http://127.0.0.1:8080/";

    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveAConsistentFeedAndTheNextRunConverges() throws Exception {
        Path articles = tmp.resolve("articles");
        for (int i = 1; i <= ARTICLES; i++) Articles.numbered(articles, i);
        Path feed = tmp.resolve("feed");
        Random random = new Random(20261124);
        int kills = 0;
        Set<String> published = new HashSet<>();
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
            FeedInvariants.check(feed, BASE);
            Set<String> now = guids(feed);
            assertTrue(now.containsAll(published), "a published episode was lost in round " + round);
            published = now;
            progress.append(now.size()).append(' ');
        }
        assertTrue(kills >= ROUNDS / 2, "too few runs were killed mid-way to test anything: " + kills);

        Process last = start(articles, feed);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("log")));
        assertEquals(ARTICLES, FeedInvariants.check(feed, BASE));
        assertEquals(ARTICLES, Manifest.read(feed).orElseThrow().episodes().size());
        try (var files = Files.walk(feed)) {
            List<Path> left = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
            assertEquals(List.of(), left, "temporary files left after a complete run");
        }
        System.out.println(ROUNDS + " seeded runs, " + kills + " killed with SIGKILL mid-way, invariants held after "
                + "each; episodes after each: " + progress);
    }

    private static Set<String> guids(Path feed) {
        Set<String> guids = new HashSet<>();
        Manifest.read(feed).ifPresent(m -> m.episodes().forEach(e -> guids.add(e.guid())));
        return guids;
    }

    private Process start(Path articles, Path feed) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "publish", articles.toString(), "--feed", feed.toString(), "--voice", "kevin16", "--base-url", BASE));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
    }
}
