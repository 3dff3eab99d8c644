package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each real engine speaks a sentence: audible, and about as long as the words need. */
class EnginesTest {
    private static final String SENTENCE = "The negotiations lasted for an hour and forty minutes, and were mediated by the Turks.";
    private static final int WORDS = 15;

    @Test
    void maryTtsSpeaks() {
        try (Engine engine = new MaryEngine(VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", "")))) {
            Pcm pcm = engine.synthesize(SENTENCE);
            assertEquals(48000, pcm.sampleRate());
            assertAudibleSpeech(pcm);
        }
    }

    @Test
    void freeTtsSpeaks() {
        try (Engine engine = new FreeTtsEngine(VoiceProfile.of(new Voice("kevin16", FreeTtsEngine.ENGINE, "kevin16", "")))) {
            Pcm pcm = engine.synthesize(SENTENCE);
            assertEquals(16000, pcm.sampleRate());
            assertAudibleSpeech(pcm);
        }
    }

    @Test
    void voicesListsBothEngines() {
        assertTrue(Voices.find("cmu-slt-hsmm").isPresent());
        assertTrue(Voices.find("kevin16").isPresent());
    }

    private static void assertAudibleSpeech(Pcm pcm) {
        double seconds = pcm.seconds();
        // Speech runs at roughly 2 to 4 words a second; allow a wide band around that.
        assertTrue(seconds > WORDS * 0.2 && seconds < WORDS * 0.8, "duration " + seconds + " s for " + WORDS + " words");
        double sum = 0;
        for (float s : pcm.samples()) sum += s * s;
        double rms = Math.sqrt(sum / pcm.samples().length);
        assertTrue(rms > 0.01, "RMS " + rms + " is near silence");
    }
}
