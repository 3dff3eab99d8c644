package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Narrator;
import dev.voxpress.VoxpressException;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.script.Lexicon;
import dev.voxpress.script.Segment;
import dev.voxpress.source.SourceLoader;

/** Parallel synthesis with a real engine: the same audio as one thread, in script order. */
class SpeakerTest {
    private static final List<Segment> SEGMENTS = IntStream.range(0, 12)
            .mapToObj(i -> new Segment("Sentence number " + words(i) + " of the test.",
                    "Sentence number " + (i + 1) + " of the test.", Segment.Role.BODY, i, 300))
            .toList();

    @Test
    void threadsChangeNothingButTheSpeed() throws Exception {
        List<float[]> one = speak(1);
        List<float[]> three = speak(3);
        assertEquals(SEGMENTS.size(), three.size());
        for (int i = 0; i < one.size(); i++) assertArrayEquals(one.get(i), three.get(i), "sentence " + i);
    }

    @Test
    void aSentenceTheEngineCannotSayIsSkippedWithAWarningAndANarrationOfNoneFails(@TempDir Path dir) throws Exception {
        // "x" is no MaryTTS phone: MaryTTS refuses every sentence that says "hello" with it.
        VoiceProfile broken = new VoiceProfile(new Voice("broken", MaryEngine.ENGINE, "cmu-slt-hsmm", ""), 1.0, 0,
                List.of(), Duration.ofSeconds(5), 0, null, null, Lexicon.parse("Hello = hello | h @ - ' l @U x\n", "test"));
        List<Segment> segments = List.of(new Segment("Hello there.", "Hello there.", Segment.Role.BODY, 0, 300),
                new Segment("Good morning.", "Good morning.", Segment.Role.BODY, 0, 300));
        List<String> warnings = new ArrayList<>();
        List<Segment> spoken = new ArrayList<>();
        try (Speaker speaker = new Speaker(broken, 2, warnings::add)) {
            speaker.speak(segments, (segment, pcm) -> spoken.add(segment));
        }
        assertEquals(List.of(segments.get(1)), spoken);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("\"Hello there.\""), warnings.get(0));

        Path article = Files.writeString(dir.resolve("hello.txt"), "Home News\n\nHello Hello\n\nHello, hello. Hello again, hello.\n");
        Path mp3 = dir.resolve("hello.mp3");
        VoxpressException e = assertThrows(VoxpressException.class, () -> new Narrator(new SourceLoader(),
                new ArticleCleaner(), m -> { }, m -> { }).narrate(article.toString(), mp3, broken, 2,
                MasterSettings.DEFAULTS, Set.of()));
        assertTrue(e.getMessage().contains("broken could say none of the 3 sentences"), e.getMessage());
        assertFalse(Files.exists(mp3));
    }

    @Test
    void aNarrationFoundWholeInTheCacheNeverStartsTheEngine(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("budget.txt"), "Council approves budget\n\n"
                + "The council approved the new budget on Tuesday. Road repairs come first.\n");
        SentenceCache cache = new SentenceCache(dir.resolve("cache"), SentenceCache.DEFAULT_MAX_BYTES);
        Narrator narrator = new Narrator(new SourceLoader(), new ArticleCleaner(), m -> { }, m -> { }).withCache(cache);
        VoiceProfile server = Voices.profile("mary-server");
        try (MaryServer mary = MaryServer.start("127.0.0.1", 0)) {
            narrator.narrate(article.toString(), dir.resolve("warm.mp3"), server.withServers(List.of(mary.uri())), 2,
                    MasterSettings.DEFAULTS, Set.of());
        }
        // No server listens on a port just closed: this voice's engine cannot start.
        VoiceProfile down = server.withServers(List.of(MaryHttpEngineTest.deadServer()));
        String cannotStart = assertThrows(EngineException.class, () -> Voices.open(down)).getMessage();

        Path again = dir.resolve("again.mp3");
        narrator.narrate(article.toString(), again, down, 2, MasterSettings.DEFAULTS, Set.of());
        assertTrue(Files.size(again) > 0);

        Files.writeString(article, Files.readString(article).replace("Tuesday", "Wednesday"));
        Path changed = dir.resolve("changed.mp3");
        EngineException e = assertThrows(EngineException.class, () -> narrator.narrate(article.toString(), changed,
                down, 2, MasterSettings.DEFAULTS, Set.of()));
        assertEquals(cannotStart, e.getMessage());
        assertFalse(Files.exists(changed));
    }

    @Test
    void rejectsNoThreads() {
        assertThrows(IllegalArgumentException.class, () -> new Speaker(Voices.profile("kevin16"), 0, w -> { }));
    }

    private static List<float[]> speak(int threads) throws Exception {
        List<float[]> audio = new ArrayList<>();
        List<Segment> order = new ArrayList<>();
        try (Speaker speaker = new Speaker(Voices.profile("kevin16"), threads, w -> { })) {
            speaker.speak(SEGMENTS, (segment, pcm) -> {
                order.add(segment);
                audio.add(pcm.samples());
            });
        }
        assertEquals(SEGMENTS, order);
        return audio;
    }

    private static String words(int i) {
        return List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve").get(i);
    }
}
