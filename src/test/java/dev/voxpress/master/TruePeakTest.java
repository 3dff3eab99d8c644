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

    /** Noise whose level swings over 40 dB, as speech's does, so that some stretches are left out and some not. */
    private static float[] swinging(int n) {
        float[] x = noise(n);
        for (int i = 0; i < n; i++) x[i] *= (float) Math.pow(10, -2 * (0.5 + 0.5 * Math.sin(i / 3000.0)));
        return x;
    }

    @Test
    void aFloorChangesNoPeakAboveIt() {
        float[] in = swinging(50_000);
        float[] exact = peaks(in, 50_000);
        for (float floor : new float[] {0.1f, 0.3f, 0.5f}) {
            TruePeak detector = new TruePeak();
            float[] floored = new float[in.length];
            detector.next(in, 0, in.length, floored, floor);
            int skipped = 0;
            for (int m = 0; m < in.length; m++) {
                if (exact[m] > floor) {
                    assertEquals(exact[m], floored[m], "sample " + m + ", floor " + floor);
                } else {
                    assertTrue(floored[m] <= floor, "sample " + m + ", floor " + floor);
                    if (floored[m] != exact[m]) skipped++;
                }
            }
            assertTrue(skipped > 0, "floor " + floor + " left nothing out");
        }
    }

    @Test
    void theLargestPeakIsThatOfEveryPoint() {
        float[] in = swinging(100_000);
        float largest = 0;
        for (float p : peaks(in, 100_000)) largest = Math.max(largest, p);
        TruePeak detector = new TruePeak();
        detector.accept(in, 0, in.length);
        detector.flush();
        assertEquals(largest, detector.max());
    }

    @Test
    void aMeterThatHandsOutPeaksMeasuresTheSameAndGivesThePeaksAboveTheFloor() {
        float[] in = swinging(100_000);
        float[] exact = peaks(in, 100_000);
        LoudnessMeter plain = new LoudnessMeter(44_100);
        LoudnessMeter handing = new LoudnessMeter(44_100);
        float floor = 0.3f;
        float[] handed = new float[in.length];
        float[] part = new float[1152];
        for (int at = 0; at < in.length; at += part.length) {
            int n = Math.min(part.length, in.length - at);
            plain.accept(in, at, n);
            handing.accept(in, at, n, part, floor);
            System.arraycopy(part, 0, handed, at, n);
        }
        assertEquals(plain.result(), handing.result());
        for (int m = 0; m < in.length; m++) {
            if (exact[m] > floor) assertEquals(exact[m], handed[m], "sample " + m);
            else assertTrue(handed[m] <= floor, "sample " + m);
        }
    }

    @Test
    void noPointExceedsTheBound() {
        float[] in = noise(20_000);
        float[] peaks = peaks(in, 20_000);
        for (int m = 2 * TruePeak.LATENCY; m < in.length; m++) {
            float largest = 0;
            for (int j = m - 2 * TruePeak.LATENCY + 1; j <= m; j++) largest = Math.max(largest, Math.abs(in[j]));
            assertTrue(peaks[m] <= largest * TruePeak.BOUND, "sample " + m);
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
