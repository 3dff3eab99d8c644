package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link HtsSynthesis}, MaryTTS's last step in the calling thread, against MaryTTS's own way (its vocoder thread):
 * the same samples, exactly, and the same on several threads at once.
 */
class MaryDirectTest {
    static final String MARYXML = "<maryxml version=\"0.5\" xmlns=\"http://mary.dfki.de/2002/MaryXML\" "
            + "xml:lang=\"en-US\">%s</maryxml>";

    /** Inputs and their types: plain text (one and several sentences, long and loud), rate, pitch and phonemes. */
    static final List<String[]> INPUTS = List.of(
            new String[] {"Hello there.", "TEXT"},
            new String[] {"The committee met on Tuesday, and after a long and sometimes heated debate about the budget,"
                    + " it voted to postpone the decision until the spring. Nobody was happy! Was anybody surprised?",
                    "TEXT"},
            new String[] {MARYXML.formatted("<prosody rate=\"85%\" pitch=\"+10%\"><p><s>Dr. Smith paid $4.50 for"
                    + " 3 apples at 10:30 a.m. yesterday.</s></p></prosody>"), "RAWMARYXML"},
            new String[] {MARYXML.formatted("<p><s><t ph=\"z @ - ' l E n - s k i\">Zelensky</t> spoke.</s></p>"),
                    "RAWMARYXML"},
            new String[] {"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-US\">"
                    + "<prosody rate=\"-20%\">Slowly, please.</prosody> And now as usual.</speak>", "SSML"});

    private static MaryEngine engine;

    @BeforeAll
    static void open() {
        engine = open(null);
    }

    static MaryEngine open(Void unused) {
        return new MaryEngine(VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", "")));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void sameSamplesAsMaryTtsOwnWay() throws Exception {
        assertTrue(engine.direct().fastVocoder(), "cmu-slt-hsmm is vocoded by HtsVocoder");
        for (String[] input : INPUTS) {
            Pcm fast = engine.process(input[0], input[1]);
            assertTrue(engine.lastInThisThread, "spoken in this thread: " + input[0]);
            Pcm slow = engine.process(input[0], input[1], false);
            assertFalse(engine.lastInThisThread);
            assertEquals(slow.sampleRate(), fast.sampleRate(), input[0]);
            assertEquals(slow.samples().length, fast.samples().length, "duration of " + input[0]);
            assertTrue(fast.samples().length > 4000, input[0]);
            assertArrayEquals(slow.samples(), fast.samples(), "samples of " + input[0]);
        }
    }

    @Test
    void severalThreadsSayWhatOneSays() throws Exception {
        List<Pcm> alone = new ArrayList<>();
        for (String[] input : INPUTS) alone.add(engine.process(input[0], input[1]));
        int threads = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Pcm>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shift = t;
                results.add(pool.submit(() -> {
                    MaryEngine own = open(null);
                    List<Pcm> said = new ArrayList<>();
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < INPUTS.size(); i++) {
                            String[] input = INPUTS.get((i + shift) % INPUTS.size());
                            said.add(own.process(input[0], input[1]));
                        }
                    }
                    return said;
                }));
            }
            for (int t = 0; t < threads; t++) {
                List<Pcm> said = results.get(t).get();
                assertNotNull(said);
                for (int k = 0; k < said.size(); k++) {
                    int i = (k % INPUTS.size() + t) % INPUTS.size();
                    assertArrayEquals(alone.get(i).samples(), said.get(k).samples(),
                            "thread " + t + ", " + INPUTS.get(i)[0]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scalesAsMaryTtsDoes() {
        double[] signal = new double[HtsSynthesis.BLOCK + 2];
        signal[0] = 8500; // half the initial maximum
        signal[HtsSynthesis.BLOCK] = -34000; // a louder block: it and what follows scale by its maximum
        signal[HtsSynthesis.BLOCK + 1] = 17000;
        short[] pcm = HtsSynthesis.pcm16(signal);
        assertEquals(16384, pcm[0]); // round(0.5 * 32767)
        assertEquals(-32767, pcm[HtsSynthesis.BLOCK]);
        assertEquals(16384, pcm[HtsSynthesis.BLOCK + 1]);
    }
}
