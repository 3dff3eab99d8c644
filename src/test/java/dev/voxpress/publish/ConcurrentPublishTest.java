package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/**
 * Concurrent runs ({@code Request.concurrent}, as the on-demand jobs make them) narrate at the same time and take
 * the folder's lock only to change it: no run waits for another's narration, an article that two runs publish at
 * once ends up in the feed once, and {@code publish} itself still refuses to run beside another run.
 */
class ConcurrentPublishTest {
    @TempDir
    Path tmp;

    /**
     * Each run waits, while narrating, until the other is narrating too: were narration under the lock, the second
     * could never get there and the first would wait forever (until the safety net fails the test).
     */
    @Test
    void twoRunsNarrateAtTheSameTime() throws Exception {
        Path feed = tmp.resolve("feed");
        Path first = Articles.numbered(tmp.resolve("articles"), 1);
        Path second = Articles.numbered(tmp.resolve("articles"), 2);
        PublishListener meets = meetingWhileNarrating(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<PublishReport> a = pool.submit(() -> concurrent(meets, feed, first));
            Future<PublishReport> b = pool.submit(() -> concurrent(meets, feed, second));
            assertEquals(1, a.get().added());
            assertEquals(1, b.get().added());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, FeedInvariants.check(feed, PublisherTest.BASE));
        assertEquals(List.of(), FeedInvariants.orphans(feed));
        assertTrue(Files.notExists(feed.resolve(Staging.FOLDER)) || isEmpty(feed.resolve(Staging.FOLDER)),
                "staging folders left behind");
    }

    @Test
    void anArticleThatTwoRunsPublishAtOnceIsPublishedOnce() throws Exception {
        Path feed = tmp.resolve("feed");
        Path article = Articles.numbered(tmp.resolve("articles"), 1);
        PublishListener meets = meetingWhileNarrating(2);
        CompletableFuture<PublishReport> a = CompletableFuture.supplyAsync(() -> concurrent(meets, feed, article));
        CompletableFuture<PublishReport> b = CompletableFuture.supplyAsync(() -> concurrent(meets, feed, article));
        PublishReport one = a.get();
        PublishReport other = b.get();
        assertEquals(1, one.added() + other.added(), one + " / " + other);
        assertEquals(1, one.unchanged() + other.unchanged(), one + " / " + other);
        assertEquals(1, FeedInvariants.check(feed, PublisherTest.BASE));
        assertEquals(List.of(), FeedInvariants.orphans(feed));
    }

    @Test
    void publishRefusesToRunBesideAConcurrentRunThatIsChangingTheFolder() throws Exception {
        Path feed = tmp.resolve("feed");
        Path article = Articles.numbered(tmp.resolve("articles"), 1);
        Path other = Articles.numbered(tmp.resolve("articles"), 2);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PublishListener holds = new PublishListener() {
            @Override
            public void reached(PublishPhase phase) {
                if (phase != PublishPhase.MANIFEST) return;
                holding.countDown();
                try {
                    release.await(Patience.SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        CompletableFuture<PublishReport> running = CompletableFuture.supplyAsync(() -> concurrent(holds, feed, article));
        assertTrue(holding.await(Patience.SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS));
        FeedBusyException busy = assertThrows(FeedBusyException.class,
                () -> PublisherTest.publish(feed, PublisherTest.settings(), other.toString()));
        assertTrue(busy.getMessage().endsWith("another voxpress publish is running on this feed folder"), busy.getMessage());
        release.countDown();
        assertEquals(1, running.get().added());
        assertEquals(1, PublisherTest.publish(feed, PublisherTest.settings(), other.toString()).added());
        assertEquals(2, FeedInvariants.check(feed, PublisherTest.BASE));
    }

    /**
     * A listener shared by {@code runs} runs: each, once narrating, waits until all are narrating, and fails when
     * they never all are (only possible were narration under the lock).
     */
    private static PublishListener meetingWhileNarrating(int runs) {
        CountDownLatch narrating = new CountDownLatch(runs);
        return new PublishListener() {
            @Override
            public void reached(PublishPhase phase) {
                if (phase != PublishPhase.NARRATING) return;
                narrating.countDown();
                try {
                    assertTrue(narrating.await(Patience.SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS),
                            "the other runs never narrated while this one did");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static PublishReport concurrent(PublishListener listener, Path feed, Path article) {
        return new Publisher(listener).publish(new Publisher.Request(feed, List.of(article.toString()),
                PublisherTest.settings(), 20, true));
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
