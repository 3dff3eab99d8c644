package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.script.Lexicon;

/** The sentence cache with the real FreeTTS voice: hits, corruption, eviction, concurrent writers, leftovers. */
class SentenceCacheTest {
    private static final VoiceProfile KEVIN = Voices.profile("kevin16");
    private static final String SENTENCE = "The council met on Monday to discuss the budget.";

    @TempDir
    Path dir;

    /** Counts the calls that reach the real engine. */
    static final class Counting implements Engine {
        final Engine engine;
        final AtomicInteger calls = new AtomicInteger();

        Counting(Engine engine) {
            this.engine = engine;
        }

        @Override
        public Voice voice() {
            return engine.voice();
        }

        @Override
        public Pcm synthesize(String text) {
            calls.incrementAndGet();
            return engine.synthesize(text);
        }

        @Override
        public void close() {
            engine.close();
        }
    }

    @Test
    void aCachedSentenceIsTheSameAudioAndSynthesizedOnce() {
        try (Counting counting = new Counting(Voices.open(KEVIN))) {
            Pcm uncached = counting.engine.synthesize(SENTENCE);
            CachingEngine engine = new CachingEngine(() -> counting, KEVIN, new SentenceCache(dir, SentenceCache.DEFAULT_MAX_BYTES));
            Pcm cold = engine.synthesize(SENTENCE);
            Pcm warm = engine.synthesize(SENTENCE);
            SentenceCache reopened = new SentenceCache(dir, SentenceCache.DEFAULT_MAX_BYTES);
            Pcm otherRun = new CachingEngine(() -> counting, KEVIN, reopened).synthesize(SENTENCE);
            assertEquals(1, counting.calls.get());
            assertEquals(1, reopened.hits());
            for (Pcm audio : List.of(cold, warm, otherRun)) {
                assertEquals(uncached.sampleRate(), audio.sampleRate());
                assertArrayEquals(uncached.samples(), audio.samples());
            }
        }
    }

    @Test
    void aCorruptEntryIsDeletedAndSynthesizedAgain() throws IOException {
        try (Counting counting = new Counting(Voices.open(KEVIN))) {
            SentenceCache cache = new SentenceCache(dir, SentenceCache.DEFAULT_MAX_BYTES);
            CachingEngine engine = new CachingEngine(() -> counting, KEVIN, cache);
            Pcm good = engine.synthesize(SENTENCE);
            Path entry = entries().get(0);
            byte[] bytes = Files.readAllBytes(entry);

            Files.write(entry, Arrays.copyOf(bytes, bytes.length - 7));
            assertArrayEquals(good.samples(), engine.synthesize(SENTENCE).samples());
            byte[] flipped = bytes.clone();
            flipped[bytes.length / 2] ^= 0x10;
            Files.write(entry, flipped);
            assertArrayEquals(good.samples(), engine.synthesize(SENTENCE).samples());

            assertEquals(3, counting.calls.get());
            assertEquals(0, cache.hits());
            assertArrayEquals(bytes, Files.readAllBytes(entry), "the entry is written again whole");
        }
    }

    @Test
    void theLeastRecentlyUsedEntriesGoWhenTheLimitIsPassed() throws IOException {
        SentenceCache cache = new SentenceCache(dir, 10_000); // two entries of 1000 samples fit, three do not
        String a = SentenceCache.key(KEVIN, "a");
        String b = SentenceCache.key(KEVIN, "b");
        String c = SentenceCache.key(KEVIN, "c");
        cache.put(a, tone(0.1f));
        cache.put(b, tone(0.2f));
        Instant now = Instant.now();
        Files.setLastModifiedTime(entryFor(a), FileTime.from(now.minus(Duration.ofHours(2))));
        Files.setLastModifiedTime(entryFor(b), FileTime.from(now.minus(Duration.ofHours(1))));
        assertNotNull(cache.get(a)); // now the most recently used

        cache.put(c, tone(0.3f));
        assertFalse(Files.exists(entryFor(b)));
        assertNotNull(cache.get(a));
        assertNotNull(cache.get(c));
        assertNull(cache.get(b));
        assertTrue(entries().stream().mapToLong(SentenceCacheTest::size).sum() <= 10_000);
    }

    @Test
    void writersOfOneKeyNeverShowAReaderHalfAnEntry() throws Exception {
        SentenceCache cache = new SentenceCache(dir, SentenceCache.DEFAULT_MAX_BYTES);
        String key = SentenceCache.key(KEVIN, SENTENCE);
        Pcm first = tone(0.25f);
        Pcm second = tone(-0.5f);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger writersDone = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> writers = Stream.of(first, second).<Future<?>>map(pcm -> pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) cache.put(key, pcm);
                writersDone.incrementAndGet();
                return null;
            })).toList();
            Future<Integer> reader = pool.submit(() -> {
                start.await();
                int seen = 0;
                while (writersDone.get() < 2) {
                    Pcm read = cache.get(key);
                    if (read == null) continue;
                    assertTrue(Arrays.equals(read.samples(), first.samples()) || Arrays.equals(read.samples(), second.samples()));
                    seen++;
                }
                return seen;
            });
            start.countDown();
            for (Future<?> writer : writers) writer.get();
            reader.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(entryFor(key)), entries(), "one entry, no temporary files");
        assertNotNull(cache.get(key));
    }

    @Test
    void temporaryFilesOfKilledRunsAreIgnoredAndCleaned() throws IOException {
        String key = SentenceCache.key(KEVIN, SENTENCE);
        Path folder = Files.createDirectories(dir.resolve(key.substring(0, 2)));
        Path stale = Files.writeString(folder.resolve("." + key + ".pcm.1a2b3c4d.part"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(folder.resolve("." + key + ".pcm.5e6f7a8b.part"), "half");

        SentenceCache cache = new SentenceCache(dir, SentenceCache.DEFAULT_MAX_BYTES);
        assertNull(cache.get(key));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(writing), "another run may still be writing it");
    }

    @Test
    void theKeyFollowsWhatChangesTheAudioAndNothingElse() {
        Voice voice = KEVIN.voice();
        Lexicon names = new Lexicon(List.of(new Lexicon.Entry("Kyiv", "keev", "k i: v")));
        VoiceProfile base = new VoiceProfile(voice, 1.0, 0, List.of(), Duration.ofSeconds(60), 3, null, null, Lexicon.EMPTY);
        String key = SentenceCache.key(base, SENTENCE);

        assertEquals(key, SentenceCache.key(new VoiceProfile(new Voice("other-name", voice.engine(), voice.engineVoice(), ""),
                1.0, 0, List.of(URI.create("http://tts:59125/")), Duration.ofSeconds(5), 0, "Intro.", "Outro.",
                Lexicon.EMPTY), SENTENCE));
        for (VoiceProfile changed : List.of(
                new VoiceProfile(voice, 1.1, 0, List.of(), Duration.ofSeconds(60), 3, null, null, Lexicon.EMPTY),
                new VoiceProfile(voice, 1.0, 5, List.of(), Duration.ofSeconds(60), 3, null, null, Lexicon.EMPTY),
                new VoiceProfile(voice, 1.0, 0, List.of(), Duration.ofSeconds(60), 3, null, null, names),
                new VoiceProfile(new Voice(voice.name(), voice.engine(), "alan", ""), 1.0, 0, List.of(),
                        Duration.ofSeconds(60), 3, null, null, Lexicon.EMPTY),
                new VoiceProfile(new Voice(voice.name(), MaryEngine.ENGINE, voice.engineVoice(), ""), 1.0, 0, List.of(),
                        Duration.ofSeconds(60), 3, null, null, Lexicon.EMPTY))) {
            assertNotEquals(key, SentenceCache.key(changed, SENTENCE), changed.toString());
        }
        assertNotEquals(key, SentenceCache.key(base, SENTENCE + " "));
    }

    private static Pcm tone(float level) {
        float[] samples = new float[1000];
        Arrays.fill(samples, level);
        return new Pcm(16000, samples);
    }

    private Path entryFor(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".pcm");
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
