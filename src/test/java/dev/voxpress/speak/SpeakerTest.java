package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.voxpress.script.Segment;

/** Parallel synthesis with a real engine: the same audio as one thread, in script order. */
class SpeakerTest {
    private static final List<Segment> SEGMENTS = IntStream.range(0, 12)
            .mapToObj(i -> new Segment("Sentence number " + words(i) + " of the test.", Segment.Role.BODY, i, 300))
            .toList();

    @Test
    void threadsChangeNothingButTheSpeed() throws Exception {
        List<float[]> one = speak(1);
        List<float[]> three = speak(3);
        assertEquals(SEGMENTS.size(), three.size());
        for (int i = 0; i < one.size(); i++) assertArrayEquals(one.get(i), three.get(i), "sentence " + i);
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
