package dev.voxpress.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class WebVttTest {
    @Test
    void readsCuesWithAndWithoutIdentifiersSkippingNotes() {
        String vtt = "\uFEFFWEBVTT - made by hand\r\n\r\nNOTE a comment\r\nthat spans lines\r\n\r\n"
                + "1\r\n00:00:00.500 --> 00:00:02.250 align:start\r\nThe <v Narrator>first</v> line\r\nwraps.\r\n\r\n"
                + "01:02.000 --> 01:03.5\r\nFish &amp; chips &lt;3\r\n";
        List<WebVtt.Cue> cues = WebVtt.parse(vtt);
        assertEquals(2, cues.size());
        assertEquals(new WebVtt.Cue(0.5, 2.25, "The first line wraps."), cues.get(0));
        assertEquals(62.0, cues.get(1).start(), 1e-9);
        assertEquals(63.5, cues.get(1).end(), 1e-9);
        assertEquals("Fish & chips <3", cues.get(1).text());
    }

    @Test
    void hoursCount() {
        assertEquals(3723.004, WebVtt.seconds("01:02:03.004"), 1e-9);
    }

    @Test
    void rejectsAFileWithoutTheSignature() {
        assertThrows(IllegalArgumentException.class, () -> WebVtt.parse("1\n00:00:01.000 --> 00:00:02.000\nHi\n"));
        assertThrows(IllegalArgumentException.class, () -> WebVtt.parse("WEBVTTX\n"));
    }

    @Test
    void emptyFileHasNoCues() {
        assertEquals(List.of(), WebVtt.parse("WEBVTT\n"));
    }
}
