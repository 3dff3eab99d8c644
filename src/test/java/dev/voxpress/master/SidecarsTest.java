package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.voxpress.script.Segment;

class SidecarsTest {
    private static Cue cue(String said, String written, long start, long end) {
        return new Cue(new Segment(said, written, Segment.Role.BODY, 0, 300), start, end, 1000);
    }

    @Test
    void captionsShowTheWrittenWordsAndContinuationsExtendThePreviousOne() {
        List<Cue> cues = List.of(cue("It cost three point five billion dollars.", "It cost $3.5 billion.", 0, 2000),
                cue("ka mate ka mate", "The  Haka\nis long.", 2300, 5000), cue("ka ora ka ora.", "", 5300, 7250));
        assertEquals("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nIt cost $3.5 billion.\n\n"
                + "2\n00:00:02.300 --> 00:00:07.250\nThe Haka is long.\n\n", Sidecars.webVtt(cues));
        assertEquals("1\n00:00:00,000 --> 00:00:02,000\nIt cost $3.5 billion.\n\n"
                + "2\n00:00:02,300 --> 00:00:07,250\nThe Haka is long.\n\n", Sidecars.srt(cues));
    }
}
