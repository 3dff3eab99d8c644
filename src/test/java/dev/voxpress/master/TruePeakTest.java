package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class TruePeakTest {
    private static float[] noise(int n) {
        Random random = new Random(7);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (0.3 * random.nextGaussian());
        return x;
    }

    private static float[] peaks(float[] in, int chunk) {
        TruePeak detector = new TruePeak();
        float[] peaks = new float[in.length];
        float[] part = new float[chunk];
        for (int i = 0; i < in.length; i += chunk) {
            int n = Math.min(chunk, in.length - i);
            detector.next(in, i, n, part);
            System.arraycopy(part, 0, peaks, i, n);
        }
        return peaks;
    }

    @Test
    void blocksOfAnySizeGiveTheSamePeaks() {
        float[] in = noise(10_000);
        float[] one = peaks(in, 1);
        for (int chunk : new int[] {3, 1000, 1024, 1025, 10_000}) assertArrayEquals(one, peaks(in, chunk), "chunk " + chunk);
    }

    @Test
    void eachPeakCoversItsSampleLatencyEarlier() {
        float[] in = noise(5000);
        float[] peaks = peaks(in, 5000);
        for (int m = TruePeak.LATENCY; m < in.length; m++) {
            assertTrue(peaks[m] >= Math.abs(in[m - TruePeak.LATENCY]), "sample " + m);
        }
    }

    @Test
    void integratedOnlyMeterMeasuresTheSameLoudnessWithoutPeak() {
        float[] in = noise(44_100 * 3);
        LoudnessMeter full = new LoudnessMeter(44_100);
        LoudnessMeter integrated = LoudnessMeter.integratedOnly(44_100);
        full.accept(in);
        integrated.accept(in);
        assertEquals(full.result().integratedLufs(), integrated.result().integratedLufs());
        assertTrue(Double.isNaN(integrated.result().truePeakDbtp()));
    }
}
