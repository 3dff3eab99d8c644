package dev.voxpress.speak;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import marytts.LocalMaryInterface;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSPStream;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;

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

    /**
     * The vocoder alone, on the voice's own settings (mixing filters, Fourier magnitudes, frame period) and made-up
     * parameters with voiced and unvoiced stretches: the same signal as MaryTTS's vocoder, double for double, before
     * the 16-bit rounding that the test above compares after.
     */
    @Test
    void vocoderGivesMaryTtsSignalExactly() throws Exception {
        HMMData data = ((HMMVoice) marytts.modules.synthesis.Voice.getVoice("cmu-slt-hsmm")).getHMMData();
        assertTrue(data.getUseMixExc(), "the voice mixes its excitation");
        for (long seed = 1; seed <= 3; seed++) {
            double[] ours = HtsVocoder.vocode(stream(HMMData.FeatureType.LF0, seed), stream(HMMData.FeatureType.MGC, seed),
                    stream(HMMData.FeatureType.STR, seed), stream(HMMData.FeatureType.MAG, seed), voiced(), data);
            double[] theirs = new HTSVocoder().htsMLSAVocoder(stream(HMMData.FeatureType.LF0, seed),
                    stream(HMMData.FeatureType.MGC, seed), stream(HMMData.FeatureType.STR, seed),
                    stream(HMMData.FeatureType.MAG, seed), voiced(), data, null);
            assertEquals(FRAMES * data.getFperiod(), theirs.length);
            assertArrayEquals(theirs, ours, "seed " + seed);
        }
    }

    private static final int FRAMES = 301;

    /** Voiced from frame 20 to 129 and from 170 to 279 (the second stretch longer than a pitch period apart). */
    private static boolean[] voiced() {
        boolean[] voiced = new boolean[FRAMES];
        for (int t = 0; t < FRAMES; t++) voiced[t] = (t >= 20 && t < 130) || (t >= 170 && t < 280);
        return voiced;
    }

    /**
     * The global-variance step over plain arrays ({@link GlobalVariance}) against MaryTTS's own parameter generation,
     * double for double, on every stream of every sentence of real text.
     */
    @Test
    void globalVarianceGivesMaryTtsParametersExactly() throws Exception {
        HMMData data = ((HMMVoice) marytts.modules.synthesis.Voice.getVoice("cmu-slt-hsmm")).getHMMData();
        assertTrue(GlobalVariance.handles(data), "the default voice's step is done here");
        LocalMaryInterface mary = new LocalMaryInterface();
        mary.setVoice("cmu-slt-hsmm");
        mary.setOutputType("ACOUSTPARAMS");
        int sections = 0;
        for (String text : List.of(INPUTS.get(0)[0], INPUTS.get(1)[0], "The negotiations lasted for an hour and forty"
                + " minutes, and were mediated by the Turks. Most of the talks were inconclusive; a ceasefire could be"
                + " used to rearm before resuming hostilities.")) {
            engine.process(text, "TEXT"); // starts the modules that the document goes through
            for (List<Element> section : HtsSynthesis.sections(mary.generateXML(text))) {
                HTSUttModel model = engine.direct().model(section);
                if (model == null) continue;
                HTSParameterGeneration theirs = new HTSParameterGeneration();
                theirs.htsMaximumLikelihoodParameterGeneration(model, data);
                HTSParameterGeneration ours = GlobalVariance.generate(engine.direct().model(section), data);
                assertArrayEquals(theirs.getVoicedArray(), ours.getVoicedArray(), text);
                assertSameParameters(theirs.getMcepPst(), ours.getMcepPst(), "mcep of " + text);
                assertSameParameters(theirs.getStrPst(), ours.getStrPst(), "strengths of " + text);
                assertSameParameters(theirs.getMagPst(), ours.getMagPst(), "magnitudes of " + text);
                assertSameParameters(theirs.getlf0Pst(), ours.getlf0Pst(), "lf0 of " + text);
                sections++;
            }
        }
        assertTrue(sections >= 5, sections + " sentences");
    }

    private static void assertSameParameters(HTSPStream expected, HTSPStream actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
            return;
        }
        assertEquals(expected.getT(), actual.getT(), what);
        for (int t = 0; t < expected.getT(); t++) {
            assertArrayEquals(expected.getParVec(t), actual.getParVec(t), what + ", frame " + t);
        }
    }

    /** Smooth made-up parameters of a kind, the same for the same seed. */
    private static HTSPStream stream(HMMData.FeatureType type, long seed) throws Exception {
        Random random = new Random(seed * 31 + type.ordinal());
        int order = switch (type) {
            case LF0 -> 1;
            case MGC -> 35;
            case STR -> 5;
            case MAG -> 10;
            default -> throw new IllegalArgumentException(type.toString());
        };
        int frames = type == HMMData.FeatureType.LF0 ? 220 : FRAMES;
        HTSPStream stream = new HTSPStream(order * 3, frames, type, 0);
        double[] value = new double[order];
        for (int t = 0; t < frames; t++) {
            for (int i = 0; i < order; i++) {
                double step = random.nextGaussian() * 0.02;
                value[i] = switch (type) {
                    case LF0 -> Math.log(120 + 60 * Math.sin(t / 25.0)) + step;
                    case MGC -> i == 0 ? -1.5 + Math.sin(t / 9.0) + step : 0.9 * value[i] + (0.4 / i) * step * 5;
                    case STR -> Math.min(1, Math.max(0, value[i] * 0.9 + 0.05 + step * 10));
                    default -> 1 + 0.3 * Math.sin(t / 7.0 + i) + step;
                };
                stream.setPar(t, i, value[i]);
            }
        }
        return stream;
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
