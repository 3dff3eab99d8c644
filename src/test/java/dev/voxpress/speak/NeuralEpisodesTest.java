package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Narrator;
import dev.voxpress.master.Cue;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.master.MasteredAudio;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.SpeechApiServer.Api;

/**
 * Whole narrations with hosted voices against {@link SpeechApiServer}: the cues that ElevenLabs' character alignment
 * gives, and an episode spoken by three real engines at two sample rates.
 */
class NeuralEpisodesTest {
    private static final String KEY_VAR = "VOXPRESS_TEST_TTS_KEY";
    private static final String TITLE = "Harbour Lights Return";
    private static final String ARTICLE = TITLE + "\n\nThe harbour lights were switched on again on Friday. "
            + "Crowds gathered on the quay to watch.\n";
    private final String key = "sk-test-" + UUID.randomUUID();
    private SpeechApiServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        CharactersSent.reset();
        NeuralSettings.environment(name -> name.equals(KEY_VAR) ? key : null);
        server = new SpeechApiServer(Api.ELEVENLABS, key);
        server.leadMillis = 300;
        server.tailMillis = 400;
        Files.writeString(dir.resolve("article.txt"), ARTICLE);
    }

    @AfterEach
    void stop() {
        server.close();
        NeuralSettings.environment(null);
        CharactersSent.reset();
    }

    private VoiceProfile eleven(String extra) {
        return VoiceProfile.parse("eleven", "engine = elevenlabs\nurl = " + server.url() + "\nvoice-id = JBFqnCBsd6RMkjVDRZzb\n"
                + "api-key-env = " + KEY_VAR + "\noutput-format = pcm_22050\ntimeout = 30\n" + extra, "eleven.properties", null);
    }

    private MasteredAudio narrate(VoiceProfile voice, String output) {
        return new Narrator().narrate(dir.resolve("article.txt").toString(), dir.resolve(output), voice, 2,
                MasterSettings.DEFAULTS, Set.of()).mastered();
    }

    /** The seconds of audio that the alignment of {@code text} keeps: the engine cuts the answer to them. */
    private double aligned(String text) {
        double[] span = server.alignedSpans.get(text);
        assertNotNull(span, "no alignment was sent for \"" + text + "\"");
        int rate = 22_050;
        double guard = NeuralAudio.ALIGNMENT_GUARD_SECONDS;
        return (Math.ceil((span[1] + guard) * rate) - Math.max(0, Math.floor((span[0] - guard) * rate))) / rate;
    }

    private static double seconds(Cue cue) {
        return cue.end() - cue.start();
    }

    @Test
    void cuesSpanWhatTheAlignmentSaysIsSpoken() {
        List<Cue> cues = narrate(eleven(""), "aligned.mp3").cues();
        assertEquals(List.of(), server.problems);
        assertEquals(3, cues.size());
        assertTrue(server.requests.stream().allMatch(r -> r.path().endsWith("/with-timestamps")));
        for (Cue cue : cues) {
            String text = cue.segment().text();
            assertEquals(aligned(text), seconds(cue), 0.002, "the cue of \"" + text + "\"");
        }

        List<Cue> whole = narrate(eleven("timestamps = false\n"), "whole.mp3").cues();
        assertEquals(List.of(), server.problems);
        assertEquals(3, whole.size());
        for (int i = 0; i < whole.size(); i++) {
            // the plain endpoint's audio keeps the service's 0.7 s of silence around the words
            assertTrue(seconds(whole.get(i)) > seconds(cues.get(i)) + 0.6, "cue " + i);
        }
    }

    @Test
    void theTitleIntroAndOutroMaySpeakWithOtherVoices() {
        VoiceProfile mixed = eleven("title-voice = cmu-slt-hsmm\nintro-voice = kevin16\n"
                + "intro = Read to you by three voices.\noutro = That was the news.\n");
        MasteredAudio episode = narrate(mixed, "mixed.mp3");
        assertEquals(List.of(), server.problems);
        List<Cue> cues = episode.cues();
        assertEquals(List.of(Segment.Role.TITLE, Segment.Role.INTRO, Segment.Role.BODY, Segment.Role.BODY,
                Segment.Role.OUTRO), cues.stream().map(c -> c.segment().role()).toList());
        List<String> sent = server.requests.stream().map(r -> (String) r.json().get("text")).sorted().toList();
        assertEquals(cues.subList(2, 4).stream().map(c -> c.segment().text()).sorted().toList(), sent,
                "the hosted voice was sent more than the body");
        try (Engine slt = Voices.open("cmu-slt-hsmm"); Engine kevin = Voices.open("kevin16")) {
            assertEquals(slt.synthesize(cues.get(0).segment().text()).seconds(), seconds(cues.get(0)), 0.002, "title");
            assertEquals(kevin.synthesize(cues.get(1).segment().text()).seconds(), seconds(cues.get(1)), 0.002, "intro");
            assertEquals(kevin.synthesize(cues.get(4).segment().text()).seconds(), seconds(cues.get(4)), 0.002, "outro");
        }
        for (Cue body : cues.subList(2, 4)) assertEquals(aligned(body.segment().text()), seconds(body), 0.002);
        assertEquals(MasterSettings.DEFAULTS.sampleRate(), cues.get(0).sampleRate());
        assertEquals(-16.0, episode.output().integratedLufs(), 0.5);
    }
}
