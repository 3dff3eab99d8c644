package dev.voxpress.master;

import java.util.Arrays;

/**
 * A true-peak detector per ITU-R BS.1770-4 Annex 2: 4x oversampling by a polyphase windowed-sinc interpolator,
 * then the largest magnitude. Streaming: {@link #next(float[], int, int, float[])} gives, for each new sample, the
 * peak of the interval that starts {@link #LATENCY} samples earlier (the sample itself and the three interpolated
 * points after it).
 *
 * <p>It works on blocks, one filter tap at a time across the block: the points of a block are independent, so the
 * loop is open to vector instructions and the CPU overlaps them, where one point's taps are a chain of dependent
 * additions. Each point still sums its taps in the same order, so the results are those of the plain
 * one-sample-at-a-time filter, bit for bit.
 *
 * <p>Most of speech is well under its loudest peak, and an interpolated point is at most {@link #BOUND} times the
 * largest sample under its filter. So a stretch whose samples cannot make a point above a floor (the largest
 * peak so far for the maximum, the ceiling for a limiter) is not interpolated: its points could change neither the
 * maximum nor anything the limiter does. Everything that can reach the floor is computed as before.
 */
public final class TruePeak {
    /** Samples of look-ahead the interpolator needs on each side. */
    public static final int LATENCY = 8;
    private static final int TAPS = 2 * LATENCY;
    private static final int BLOCK = 1024;
    private static final double KAISER_BETA = 7.0;
    private static final float[][] PHASES = filters();
    /**
     * The most an interpolated point can be, as a multiple of the largest sample under the filter: the largest sum
     * of a phase's tap magnitudes, with room for the rounding of a float sum of {@value #TAPS} products.
     */
    static final float BOUND = (float) (bound() * (1 + 1e-4));
    /** Samples checked against the floor together: the stretches that are interpolated or left out. */
    private static final int STRETCH = 128;

    /** The last {@code TAPS - 1} samples, then the block being filtered. */
    private final float[] input = new float[TAPS - 1 + BLOCK];
    private final float[] point = new float[BLOCK];
    private final float[] peaks = new float[BLOCK];
    private float max;

    /**
     * Feeds {@code in[offset .. offset+length)}; for each sample {@code x[m]} of it, writes to {@code peaks} (from
     * index 0) {@code max(|x[k]|, |x(k+1/4)|, |x(k+1/2)|, |x(k+3/4)|)} for {@code k = m - LATENCY} (zero history
     * before the first sample).
     */
    public void next(float[] in, int offset, int length, float[] peaks) {
        next(in, offset, length, peaks, 0f);
    }

    /**
     * As {@link #next(float[], int, int, float[])}, for a caller that needs the exact peak only where it is above
     * {@code floor}: where every point is sure to be at or under the floor, the peak written is {@code |x[k]|}
     * alone (also at or under the floor).
     */
    public void next(float[] in, int offset, int length, float[] peaks, float floor) {
        for (int done = 0; done < length; done += BLOCK) {
            block(in, offset + done, Math.min(BLOCK, length - done), peaks, done, floor);
        }
    }

    /** Feeds {@code in[offset .. offset+length)}, keeping only the largest peak. */
    public void accept(float[] in, int offset, int length) {
        for (int done = 0; done < length; done += BLOCK) {
            block(in, offset + done, Math.min(BLOCK, length - done), peaks, 0, max);
        }
    }

    private void block(float[] in, int offset, int n, float[] out, int to, float floor) {
        System.arraycopy(in, offset, input, TAPS - 1, n);
        // input[i .. i+TAPS) is the window of the block's sample i; its centre k sits at i+LATENCY-1.
        for (int i = 0; i < n; i++) out[to + i] = Math.abs(input[i + LATENCY - 1]);
        // stretches [from, until) of points that may exceed the floor, each interpolated as a whole
        for (int from = 0; from < n; ) {
            int until = from;
            while (until < n && mayExceed(until, Math.min(n, until + STRETCH), floor)) until = Math.min(n, until + STRETCH);
            if (until == from) {
                from = Math.min(n, from + STRETCH);
                continue;
            }
            interpolate(from, until, out, to);
            from = until;
        }
        for (int i = 0; i < n; i++) if (out[to + i] > max) max = out[to + i];
        System.arraycopy(input, n, input, 0, TAPS - 1);
    }

    /** Whether a point of the block's samples {@code [from, until)} could be above {@code floor}. */
    private boolean mayExceed(int from, int until, float floor) {
        float largest = 0;
        for (int i = from; i < until + TAPS - 1; i++) largest = Math.max(largest, Math.abs(input[i]));
        return largest * BOUND > floor;
    }

    private void interpolate(int from, int until, float[] out, int to) {
        for (float[] h : PHASES) {
            Arrays.fill(point, from, until, 0f);
            for (int j = 0; j < TAPS; j++) {
                float hj = h[j];
                for (int i = from; i < until; i++) point[i] += input[i + j] * hj;
            }
            for (int i = from; i < until; i++) {
                float a = Math.abs(point[i]);
                if (a > out[to + i]) out[to + i] = a;
            }
        }
    }

    /** The largest true peak seen so far, linear (1.0 = full scale). */
    public float max() {
        return max;
    }

    /** Feeds {@link #LATENCY} zeros so that the last real samples' peaks are counted. */
    public void flush() {
        accept(new float[LATENCY], 0, LATENCY);
    }

    private static float[][] filters() {
        float[][] phases = new float[3][TAPS];
        for (int p = 1; p <= 3; p++) {
            double frac = p / 4.0;
            double sum = 0;
            double[] h = new double[TAPS];
            for (int j = 0; j < TAPS; j++) {
                // tap j multiplies x[k + j - LATENCY + 1]; the point sits at k + frac.
                double t = (j - LATENCY + 1) - frac;
                h[j] = sinc(t) * kaiser(t / LATENCY);
                sum += h[j];
            }
            for (int j = 0; j < TAPS; j++) phases[p - 1][j] = (float) (h[j] / sum);
        }
        return phases;
    }

    private static double bound() {
        double largest = 1;
        for (float[] h : PHASES) {
            double sum = 0;
            for (float hj : h) sum += Math.abs(hj);
            largest = Math.max(largest, sum);
        }
        return largest;
    }

    private static double sinc(double x) {
        return Math.abs(x) < 1e-12 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        if (Math.abs(x) >= 1) return 0;
        return bessel0(KAISER_BETA * Math.sqrt(1 - x * x)) / bessel0(KAISER_BETA);
    }

    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 60; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-14 * sum) break;
        }
        return sum;
    }
}
