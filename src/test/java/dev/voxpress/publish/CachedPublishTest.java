package dev.voxpress.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Narrator;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.speak.SentenceCache;
import dev.voxpress.speak.Voices;

/** Publishing and narrating with the sentence cache: only changed sentences are synthesized, the audio is the same. */
class CachedPublishTest {
    @TempDir
    Path tmp;

    /** Hears what the run's cache reused and synthesized. */
    static final class CacheCounts implements PublishListener {
        final List<int[]> runs = new ArrayList<>();

        @Override
        public void cached(int reused, int synthesized) {
            runs.add(new int[] {reused, synthesized});
        }
    }

    private PublishReport publish(Path feed, ChannelSettings settings, PublishListener listener, Path articles) {
        return new Publisher(listener).publish(new Publisher.Request(feed, List.of(articles.toString()), settings, 20));
    }

    @Test
    void aCorrectedSentenceIsTheOnlyOneSynthesizedAgain() throws Exception {
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Articles.numbered(articles, 2);
        Path feed = tmp.resolve("feed");
        CacheCounts cold = new CacheCounts();
        assertEquals(2, publish(feed, PublisherTest.settings(), cold, articles).added());
        assertEquals(1, cold.runs.size());
        assertTrue(cold.runs.get(0)[1] > 0);

        Articles.write(articles, "article-002.txt", "Report Number 2 From the Council",
                "The council met on Tuesday to discuss the budget for the coming year.",
                "Members agreed to review the plan again next month.");
        CacheCounts warm = new CacheCounts();
        PublishReport again = publish(feed, PublisherTest.settings(), warm, articles);
        assertEquals(1, again.updated());
        assertEquals(1, again.unchanged());
        assertEquals(1, warm.runs.get(0)[1], "synthesized");
        assertTrue(warm.runs.get(0)[0] >= 2, "reused");
        assertTrue(Files.isDirectory(feed.resolve(SentenceCache.FEED_FOLDER)), "the cache survives the orphan cleanup");
    }

    @Test
    void cacheFalseAndNoCacheBypassIt() throws Exception {
        Path articles = tmp.resolve("articles");
        Articles.numbered(articles, 1);
        Path feed = tmp.resolve("feed");
        CacheCounts counts = new CacheCounts();
        assertEquals(1, publish(feed, PublisherTest.settings().set("cache", "false"), counts, articles).added());
        assertEquals(List.of(), counts.runs);
        assertFalse(Files.exists(feed.resolve(SentenceCache.FEED_FOLDER)));

        Path cli = tmp.resolve("cli");
        int exit = dev.voxpress.cli.Main.execute("publish", "--no-cache", "--voice", "kevin16",
                "--feed", cli.toString(), articles.toString());
        assertEquals(0, exit);
        assertTrue(Files.exists(cli.resolve(Publisher.FEED_FILE)));
        assertFalse(Files.exists(cli.resolve(SentenceCache.FEED_FOLDER)));
    }

    @Test
    void cachedNarrationIsSampleIdenticalToUncached() throws Exception {
        Path article = Articles.numbered(tmp.resolve("articles"), 3);
        Narrator plain = new Narrator(new SourceLoader(), new ArticleCleaner(), message -> { });
        SentenceCache cache = new SentenceCache(tmp.resolve("cache"), SentenceCache.DEFAULT_MAX_BYTES);
        Narrator cached = plain.withCache(cache);
        Path uncachedWav = narrate(plain, article, "uncached.wav");
        Path coldWav = narrate(cached, article, "cold.wav");
        int synthesized = cache.misses();
        Path warmWav = narrate(cached, article, "warm.wav");
        assertEquals(synthesized, cache.hits());
        assertEquals(synthesized, cache.misses(), "nothing synthesized the second time");
        assertArrayEquals(Files.readAllBytes(uncachedWav), Files.readAllBytes(coldWav));
        assertArrayEquals(Files.readAllBytes(uncachedWav), Files.readAllBytes(warmWav));
    }

    private Path narrate(Narrator narrator, Path article, String file) {
        return narrator.narrate(article.toString(), tmp.resolve(file), Voices.profile("kevin16"), 2,
                MasterSettings.DEFAULTS, Set.of()).file().path();
    }
}
