package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimiterTest {
    private static float[] run(Limiter limiter, float[] in, int chunk) {
        float[] out = new float[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i += chunk) {
            float[] part = limiter.process(in, i, Math.min(chunk, in.length - i));
            System.arraycopy(part, 0, out, n, part.length);
            n += part.length;
        }
        float[] rest = limiter.flush();
        System.arraycopy(rest, 0, out, n, rest.length);
        assertEquals(in.length, n + rest.length, "as many samples out as in");
        return out;
    }

    @Test
    void quietSignalPassesUnchanged() {
        float[] in = Signals.babble(44100, 3, 0.3, 1);
        float[] out = run(new Limiter(44100, -1, 5, 80), in, 1000);
        assertArrayEquals(in, out);
    }

    @Test
    void loudSignalStaysUnderTheCeilingBetweenSamples() {
        float[] in = Signals.babble(44100, 6, 3.0, 2); // about +10 dB over full scale
        float[] out = run(new Limiter(44100, -1, 5, 80), in, 777);
        LoudnessMeter meter = new LoudnessMeter(44100);
        meter.accept(out);
        Loudness result = meter.result();
        assertTrue(result.truePeakDbtp() <= -1.0 + 0.05, "true peak " + result.truePeakDbtp());
        assertTrue(result.truePeakDbtp() > -2.0, "limits to the ceiling, not far below: " + result.truePeakDbtp());
    }

    @Test
    void sameResultWhateverTheChunking() {
        float[] in = Signals.babble(44100, 2, 2.0, 3);
        assertArrayEquals(run(new Limiter(44100, -1, 5, 80), in, 1), run(new Limiter(44100, -1, 5, 80), in, 4096));
    }

    @Test
    void interSamplePeaksAreCaught() {
        // Samples at 0.707 below a -1 dBTP ceiling (0.891), but the wave between them reaches 1.0.
        float[] in = Signals.sine(11025, 1.0, 44100, 1, Math.PI / 4);
        int fade = 2205;
        for (int i = 0; i < fade; i++) {
            float w = (float) (0.5 - 0.5 * Math.cos(Math.PI * i / fade));
            in[i] *= w;
            in[in.length - 1 - i] *= w;
        }
        float[] out = run(new Limiter(44100, -1, 5, 80), in, 512);
        LoudnessMeter meter = new LoudnessMeter(44100);
        meter.accept(out);
        assertTrue(meter.result().truePeakDbtp() <= -0.95, "true peak " + meter.result().truePeakDbtp());
    }
}
