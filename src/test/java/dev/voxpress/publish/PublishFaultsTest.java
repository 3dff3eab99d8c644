package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;
import dev.voxpress.VoxpressException;
import dev.voxpress.cli.Main;

/**
 * Write faults during {@code publish}: a full disk hit at seeded random moments and a read-only feed folder, made
 * real with small tmpfs mounts (skipped where this process may not mount), and writes that fail part-way through
 * a file-size limit (RLIMIT_FSIZE, which needs no privilege). After each fault the feed parses, names only files
 * that exist and keeps every episode published before; the next run without the fault converges.
 */
class PublishFaultsTest {
    private static final int ARTICLES = 4;
    private static final long SEED = 20261125;
    private static final int FULL_DISK_RUNS = 8;
    private static final int SIZE_LIMIT_RUNS = 5;

    @TempDir
    Path tmp;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) sh("umount", "-l", mount.toString());
    }

    /** A tmpfs of {@code size} at {@code tmp/name}, or null where this process may not mount. */
    private Path tmpfs(String name, String size) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        try {
            if (sh("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()) != 0) return null;
        } catch (IOException e) {
            return null;
        }
        mounts.add(dir);
        return dir;
    }

    private static int sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return Patience.ends(p) ? p.exitValue() : -1;
    }

    private Path articles() throws IOException {
        Path articles = tmp.resolve("articles");
        for (int i = 1; i <= ARTICLES; i++) Articles.numbered(articles, i);
        return articles;
    }

    /** Rewrites {@code count} articles, so that the next run has narration to do. */
    private static void change(Path articles, Random random, int round, int count) throws IOException {
        for (int k = 0; k < count; k++) {
            int n = 1 + random.nextInt(ARTICLES);
            Articles.write(articles, String.format("article-%03d.txt", n), "Report Number " + n + " From the Council",
                    "The council met again in round " + round + " and changed the budget for the coming year.");
        }
    }

    /** Checks the folder after a fault; returns what went wrong, or null. */
    private static String violation(Path feed, Set<String> publishedBefore) {
        try {
            FeedInvariants.check(feed, PublisherTest.BASE);
            if (!FeedInvariants.feedGuids(feed).containsAll(publishedBefore)) return "an episode published before was lost";
            try (var files = Files.walk(feed)) {
                if (files.anyMatch(f -> f.toString().endsWith(".part"))) return "temporary files left behind";
            }
            return null;
        } catch (Exception | AssertionError e) {
            return e.getMessage();
        }
    }

    /** A normal run: every article published, and a run after it changes nothing. */
    private static void assertConverges(Path feed, Path articles) throws Exception {
        PublishReport report = PublisherTest.publish(feed, PublisherTest.settings(), articles.toString());
        assertTrue(report.ok(), report.failures().toString());
        assertEquals(ARTICLES, FeedInvariants.check(feed, PublisherTest.BASE));
        assertEquals(List.of(), FeedInvariants.orphans(feed));
        assertEquals(ARTICLES, PublisherTest.publish(feed, PublisherTest.settings(), articles.toString()).unchanged());
    }

    @Test
    void fullDiskAtSeededRandomMomentsLosesNothing() throws Exception {
        Path articles = articles();
        Path feed = tmpfs("full", "4m");
        assumeTrue(feed != null, "cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN): full-disk runs skipped;"
                + " writesThatFailPartWayLoseNothing still covers failing writes");
        assertConverges(feed, articles);
        Random random = new Random(SEED);
        int hit = 0;
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < FULL_DISK_RUNS; round++) {
            change(articles, random, round, 2);
            Set<String> before = FeedInvariants.feedGuids(feed);
            int freeKb = random.nextInt(300);
            Path filler = fill(feed, freeKb * 1024L);
            boolean full;
            try {
                PublishReport report = PublisherTest.publish(feed, PublisherTest.settings(), articles.toString());
                full = !report.ok();
                if (full && report.failures().stream().noneMatch(f -> f.contains("No space left"))) {
                    failures.add("round " + round + ": unclear failures " + report.failures());
                }
            } catch (VoxpressException e) {
                full = true;
                if (!e.getMessage().contains("No space left")) failures.add("round " + round + ": unclear error " + e.getMessage());
            }
            if (full) hit++;
            System.out.println("full-disk round " + round + ": " + freeKb + " KB free, " + (full ? "hit the full disk" : "fitted"));
            String violation = violation(feed, before);
            if (violation != null) failures.add("round " + round + ": " + violation);
            Files.delete(filler);
            try {
                assertConverges(feed, articles);
            } catch (Exception | AssertionError e) {
                failures.add("round " + round + ": the next run did not converge: " + e.getMessage());
            }
        }
        report("full-disk", FULL_DISK_RUNS, "hit the full disk", hit, failures);
        assertTrue(hit >= FULL_DISK_RUNS / 4, "too few runs hit the full disk to test anything: " + hit);
    }

    /** Fills the file system of {@code dir} until {@code free} bytes are left; returns the filler to delete. */
    private static Path fill(Path dir, long free) throws IOException {
        Path filler = dir.resolve(".filler");
        long size = Math.max(0, Files.getFileStore(dir).getUsableSpace() - free);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < size; written += block.length) out.write(block, 0, (int) Math.min(block.length, size - written));
        } catch (IOException full) {
            // Full already: what it is for.
        }
        return filler;
    }

    /**
     * Child {@code publish} processes under a file-size limit ({@code ulimit -f}): a write past it fails with
     * "File too large" as a full disk fails it with "No space left", at a seeded random size from a few KB (the
     * first MP3 frames) to 2 MB (the audio spool). Runs where mounting is not allowed, too.
     */
    @Test
    void writesThatFailPartWayLoseNothing() throws Exception {
        Path articles = articles();
        Path feed = tmp.resolve("limited");
        assertConverges(feed, articles);
        Random random = new Random(SEED);
        int failed = 0;
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < SIZE_LIMIT_RUNS; round++) {
            change(articles, random, round, 1);
            Set<String> before = FeedInvariants.feedGuids(feed);
            int limitKb = (int) Math.round(Math.pow(2, 3 + random.nextDouble() * 8)); // 8 KB to 2 MB
            int exit = publishProcess(articles, feed, limitKb);
            String log = Files.readString(tmp.resolve("log"));
            System.out.println("file-size-limit round " + round + ": " + limitKb + " KB, exit " + exit);
            if (exit != 0) {
                failed++;
                if (!log.contains("File too large")) failures.add("round " + round + ": unclear error: " + log.strip());
            }
            String violation = violation(feed, before);
            if (violation != null) failures.add("round " + round + " (limit " + limitKb + " KB): " + violation);
        }
        assertConverges(feed, articles);
        report("file-size-limit", SIZE_LIMIT_RUNS, "failed a write", failed, failures);
        assertTrue(failed >= 2, "too few runs hit the limit to test anything: " + failed);
    }

    /** Runs {@code voxpress publish} in a child process under a file-size limit; returns the exit code. */
    private int publishProcess(Path articles, Path feed, int limitKb) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "ulimit -f " + limitKb + " && exec \"$0\" -XX:-UsePerfData -cp \"$1\" "
                + Main.class.getName() + " publish \"$2\" --feed \"$3\" --voice kevin16 --base-url " + PublisherTest.BASE;
        Process process = new ProcessBuilder("bash", "-c", command, java, System.getProperty("java.class.path"),
                articles.toString(), feed.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("log").toFile()).start();
        assertTrue(Patience.ends(process), "publish did not finish");
        return process.exitValue();
    }

    @Test
    void readOnlyFeedFolderFailsWithAClearMessageAndKeepsTheFeed() throws Exception {
        Path articles = articles();
        Path feed = tmpfs("readonly", "20m");
        assumeTrue(feed != null, "cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN), and root ignores file"
                + " permissions: read-only feed test skipped");
        PublisherTest.publish(feed, PublisherTest.settings(), articles.resolve("article-001.txt").toString());
        byte[] before = Files.readAllBytes(feed.resolve("feed.xml"));
        Set<String> published = FeedInvariants.feedGuids(feed);
        assertEquals(0, sh("mount", "-o", "remount,ro", feed.toString()));

        VoxpressException e = assertThrows(VoxpressException.class,
                () -> PublisherTest.publish(feed, PublisherTest.settings(), articles.toString()));
        assertTrue(e.getMessage().contains(feed.toString()) && e.getMessage().contains("Read-only"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(new String(before), Files.readString(feed.resolve("feed.xml")));
        assertEquals(null, violation(feed, published));

        assertEquals(0, sh("mount", "-o", "remount,rw", feed.toString()));
        assertConverges(feed, articles);
        assertTrue(FeedInvariants.feedGuids(feed).containsAll(published));
        report("read-only", 1, "failed with a clear message", 1, List.of());
    }

    private static void report(String what, int runs, String outcome, int count, List<String> failures) {
        System.out.println(what + ": " + runs + " seeded runs (seed " + SEED + "), " + count + " " + outcome + ", "
                + failures.size() + " invariant failures");
        failures.forEach(f -> System.out.println("  failure: " + f));
        assertEquals(List.of(), failures);
    }
}
