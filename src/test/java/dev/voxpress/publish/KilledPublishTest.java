package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;

/**
 * Kills {@code voxpress publish} with SIGKILL at several moments and checks that the feed folder always
 * parses and names only files that exist, and that a normal run afterwards completes with no duplicates.
 */
class KilledPublishTest {
    private static final int ARTICLES = 6;
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
        for (int round = 0; round < 5; round++) {
            Process process = start(articles, feed);
            long delay = 400 + random.nextInt(2500);
            if (!process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                kills++;
            }
            int episodes = FeedInvariants.check(feed, BASE);
            assertTrue(episodes <= ARTICLES);
        }
        assertTrue(kills >= 3, "too few runs were killed mid-way to test anything: " + kills);

        Process last = start(articles, feed);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("stderr")));
        assertEquals(ARTICLES, FeedInvariants.check(feed, BASE));
        assertEquals(ARTICLES, Manifest.read(feed).orElseThrow().episodes().size());
        try (var files = Files.list(feed.resolve("audio"))) {
            List<Path> left = files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
            assertEquals(List.of(), left, "temporary files left after a complete run");
        }
    }

    private Process start(Path articles, Path feed) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "publish", articles.toString(), "--feed", feed.toString(), "--voice", "kevin16", "--base-url", BASE));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("stderr").toFile()).start();
    }
}
