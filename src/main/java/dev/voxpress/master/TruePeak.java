package dev.voxpress.master;

/**
 * A true-peak detector per ITU-R BS.1770-4 Annex 2: 4x oversampling by a polyphase windowed-sinc interpolator,
 * then the largest magnitude. Streaming: {@link #next(float)} returns, for each new sample, the peak of the
 * interval that starts {@link #LATENCY} samples earlier (the sample itself and the three interpolated points
 * after it).
 */
public final class TruePeak {
    /** Samples of look-ahead the interpolator needs on each side. */
    public static final int LATENCY = 8;
    private static final int TAPS = 2 * LATENCY;
    private static final double KAISER_BETA = 7.0;
    private static final float[][] PHASES = filters();

    private final float[] window = new float[2 * TAPS];
    private int pos;
    private float max;

    /**
     * Feeds sample {@code x[m]}; returns {@code max(|x[k]|, |x(k+1/4)|, |x(k+1/2)|, |x(k+3/4)|)} for
     * {@code k = m - LATENCY} (zero history before the first sample).
     */
    public float next(float x) {
        window[pos] = x;
        window[pos + TAPS] = x;
        pos = pos + 1 == TAPS ? 0 : pos + 1;
        // window[pos .. pos+TAPS) is now x[m-TAPS+1 .. m]; the centre sample k = m - LATENCY sits at pos+LATENCY-1.
        float peak = Math.abs(window[pos + LATENCY - 1]);
        for (float[] h : PHASES) {
            float acc = 0;
            for (int j = 0; j < TAPS; j++) acc += window[pos + j] * h[j];
            acc = Math.abs(acc);
            if (acc > peak) peak = acc;
        }
        if (peak > max) max = peak;
        return peak;
    }

    /** The largest true peak seen so far, linear (1.0 = full scale). */
    public float max() {
        return max;
    }

    /** Feeds {@link #LATENCY} zeros so that the last real samples' peaks are counted. */
    public void flush() {
        for (int i = 0; i < LATENCY; i++) next(0f);
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
