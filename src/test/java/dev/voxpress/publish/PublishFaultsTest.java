package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.VoxpressException;

/**
 * A full disk and a read-only feed folder, made real with small tmpfs mounts (skipped where this process may
 * not mount). After each fault the feed parses, names only files that exist, keeps every episode published
 * before, and the next run with the fault gone converges.
 */
class PublishFaultsTest {
    @TempDir
    Path tmp;
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) sh("umount", "-l", mount.toString());
    }

    private Path tmpfs(String name, String size) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        boolean mounted;
        try {
            mounted = sh("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()) == 0;
        } catch (IOException e) {
            mounted = false;
        }
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN); fault tests skipped");
        mounts.add(dir);
        return dir;
    }

    private static int sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private Path articles() throws IOException {
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Files.copy(Path.of("seeds/000_2cb86b97d415e656.txt"), articles.resolve("seed-a.txt"));
        String seed = Files.readString(Path.of("seeds/000_2cb86b97d415e656.txt"));
        Files.writeString(articles.resolve("seed-b.txt"), seed.replace("Russia, Ukraine Agree", "Ukraine, Russia Agree"));
        return articles;
    }

    @Test
    void fullDiskFailsTheArticlesThatDoNotFitAndLosesNothing() throws Exception {
        Path articles = articles();
        Path feed = tmpfs("full", "1300k");
        PublishReport first = PublisherTest.publish(feed, PublisherTest.settings(), articles.resolve("article-001.txt").toString());
        assertEquals(1, first.added());

        PublishReport full;
        try {
            full = PublisherTest.publish(feed, PublisherTest.settings(), articles.toString());
            assertFalse(full.ok(), "a run that filled the disk reported no failure");
            assertTrue(full.failures().stream().anyMatch(f -> f.contains("No space left")), full.failures().toString());
        } catch (VoxpressException e) {
            assertTrue(e.getMessage().contains("No space left"), e.getMessage());
        }
        int episodes = FeedInvariants.check(feed, PublisherTest.BASE);
        assertTrue(episodes >= 1, "the episode published before was lost");
        try (var files = Files.walk(feed)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")), "temporary files left on the full disk");
        }

        assertEquals(0, sh("mount", "-o", "remount,size=20m", feed.toString()));
        PublishReport converged = PublisherTest.publish(feed, PublisherTest.settings(), articles.toString());
        assertTrue(converged.ok(), converged.failures().toString());
        assertEquals(3, FeedInvariants.check(feed, PublisherTest.BASE));
    }

    @Test
    void readOnlyFeedFolderFailsWithAClearMessageAndKeepsTheFeed() throws Exception {
        Path articles = articles();
        Path feed = tmpfs("readonly", "20m");
        PublisherTest.publish(feed, PublisherTest.settings(), articles.resolve("article-001.txt").toString());
        byte[] before = Files.readAllBytes(feed.resolve("feed.xml"));
        assertEquals(0, sh("mount", "-o", "remount,ro", feed.toString()));

        VoxpressException e = assertThrows(VoxpressException.class,
                () -> PublisherTest.publish(feed, PublisherTest.settings(), articles.toString()));
        assertTrue(e.getMessage().contains(feed.toString()) && e.getMessage().contains("Read-only"), e.getMessage());
        assertEquals(new String(before), Files.readString(feed.resolve("feed.xml")));
        assertEquals(1, FeedInvariants.check(feed, PublisherTest.BASE));

        assertEquals(0, sh("mount", "-o", "remount,rw", feed.toString()));
        assertTrue(PublisherTest.publish(feed, PublisherTest.settings(), articles.toString()).ok());
        assertEquals(3, FeedInvariants.check(feed, PublisherTest.BASE));
    }
}
