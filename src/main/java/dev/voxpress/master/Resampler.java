package dev.voxpress.master;

/**
 * A streaming band-limited resampler: windowed-sinc interpolation (Kaiser window) with one precomputed filter
 * per output phase. The cut-off sits just below the lower of the two Nyquist frequencies (at 95% of it, the
 * transition band about 6% of the lower rate wide, 90 dB down beyond it), so upsampling adds no images and
 * downsampling no aliasing: 48 kHz to 44.1 kHz passes 20.4 kHz and stops 22.4 kHz.
 */
public final class Resampler {
    private static final int ZERO_CROSSINGS_PER_SIDE = 40;
    private static final double KAISER_BETA = 9.0;
    private static final double ROLL_OFF = 0.95;

    private final int inRate;
    private final int outRate;
    private final int up;
    private final int down;
    private final int halfWidth;
    private final float[][] filters;
    private final boolean passThrough;

    private float[] buffer = new float[8192];
    private int buffered;
    private long bufferStart;
    private long inputCount;
    private long outputCount;

    public Resampler(int inRate, int outRate) {
        this(inRate, outRate, Double.POSITIVE_INFINITY);
    }

    /**
     * A resampler that also band-limits: its cut-off is {@code bandLimitHz} when that is lower than the default
     * (the transition band then centres on it). With equal rates it then filters rather than copies.
     */
    public Resampler(int inRate, int outRate, double bandLimitHz) {
        if (inRate <= 0 || outRate <= 0) throw new IllegalArgumentException("rates must be positive");
        if (!(bandLimitHz > 0)) throw new IllegalArgumentException("band limit must be positive");
        this.inRate = inRate;
        this.outRate = outRate;
        int g = gcd(inRate, outRate);
        this.up = outRate / g;
        this.down = inRate / g;
        double cutoff = 0.5 * Math.min(1.0, (double) outRate / inRate) * ROLL_OFF;
        this.passThrough = inRate == outRate && bandLimitHz / inRate >= cutoff;
        cutoff = Math.min(cutoff, bandLimitHz / inRate);
        this.halfWidth = (int) Math.ceil(ZERO_CROSSINGS_PER_SIDE / (2 * cutoff));
        this.filters = new float[up][2 * halfWidth];
        for (int phase = 0; phase < up; phase++) {
            double frac = (double) phase / up;
            double sum = 0;
            for (int k = 0; k < 2 * halfWidth; k++) {
                double x = (k - halfWidth + 1) - frac;
                double h = 2 * cutoff * sinc(2 * cutoff * x) * kaiser(x / halfWidth);
                filters[phase][k] = (float) h;
                sum += h;
            }
            for (int k = 0; k < 2 * halfWidth; k++) filters[phase][k] /= (float) sum;
        }
        reset();
    }

    /** Forgets all input, ready for a new, independent stream at the same rates (the filters are kept). */
    public void reset() {
        java.util.Arrays.fill(buffer, 0f);
        buffered = halfWidth - 1;
        bufferStart = -(halfWidth - 1);
        inputCount = 0;
        outputCount = 0;
    }

    /** How many output samples {@code inputSamples} of input make once flushed. */
    public long outputLength(long inputSamples) {
        return (inputSamples * up + down - 1) / down;
    }

    public int inRate() {
        return inRate;
    }

    public int outRate() {
        return outRate;
    }

    /** Feeds input samples; returns the output samples now complete (possibly none). */
    public float[] process(float[] in, int offset, int length) {
        if (passThrough) {
            inputCount += length;
            outputCount += length;
            return java.util.Arrays.copyOfRange(in, offset, offset + length);
        }
        ensureCapacity(buffered + length);
        System.arraycopy(in, offset, buffer, buffered, length);
        buffered += length;
        inputCount += length;
        return drain(Long.MAX_VALUE);
    }

    /** Ends the stream: returns the last output samples, so that the output lasts as long as the input. */
    public float[] flush() {
        if (passThrough) return new float[0];
        ensureCapacity(buffered + halfWidth);
        java.util.Arrays.fill(buffer, buffered, buffered + halfWidth, 0f);
        buffered += halfWidth;
        long total = (inputCount * up + down - 1) / down;
        return drain(total);
    }

    private float[] drain(long limit) {
        long bufferEnd = bufferStart + buffered;
        long n = outputCount;
        int count = 0;
        while (n < limit) {
            long position = n * down;
            long center = position / up;
            if (center + halfWidth >= bufferEnd) break;
            n++;
            count++;
        }
        float[] out = new float[count];
        int i = 0;
        // Four output samples at a time: four independent chains of additions keep the CPU's adders busy, where
        // one chain waits out each addition's latency; each sum is still taken in the same order.
        for (; i + 4 <= count; i += 4) {
            int f0 = first(i), f1 = first(i + 1), f2 = first(i + 2), f3 = first(i + 3);
            float[] h0 = filter(i), h1 = filter(i + 1), h2 = filter(i + 2), h3 = filter(i + 3);
            double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            if (h2 == h0 && h3 == h1) {
                // two phases taking turns (48 to 32 kHz, 16 to 32 kHz): each filter tap is loaded once for two sums
                for (int k = 0; k < h0.length; k++) {
                    float g0 = h0[k];
                    float g1 = h1[k];
                    a0 += buffer[f0 + k] * g0;
                    a1 += buffer[f1 + k] * g1;
                    a2 += buffer[f2 + k] * g0;
                    a3 += buffer[f3 + k] * g1;
                }
            } else {
                for (int k = 0; k < h0.length; k++) {
                    a0 += buffer[f0 + k] * h0[k];
                    a1 += buffer[f1 + k] * h1[k];
                    a2 += buffer[f2 + k] * h2[k];
                    a3 += buffer[f3 + k] * h3[k];
                }
            }
            out[i] = (float) a0;
            out[i + 1] = (float) a1;
            out[i + 2] = (float) a2;
            out[i + 3] = (float) a3;
        }
        for (; i < count; i++) {
            int f = first(i);
            float[] h = filter(i);
            double acc = 0;
            for (int k = 0; k < h.length; k++) acc += buffer[f + k] * h[k];
            out[i] = (float) acc;
        }
        outputCount += count;
        long keepFrom = outputCount * down / up - halfWidth + 1;
        int drop = (int) Math.max(0, Math.min(buffered, keepFrom - bufferStart));
        if (drop > 0) {
            System.arraycopy(buffer, drop, buffer, 0, buffered - drop);
            buffered -= drop;
            bufferStart += drop;
        }
        return out;
    }

    /** The filter for the {@code i}-th output sample of this drain. */
    private float[] filter(int i) {
        return filters[(int) ((outputCount + i) * down % up)];
    }

    /** Where in the buffer the {@code i}-th output sample of this drain starts. */
    private int first(int i) {
        return (int) ((outputCount + i) * down / up - halfWidth + 1 - bufferStart);
    }

    private void ensureCapacity(int needed) {
        if (needed > buffer.length) buffer = java.util.Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-9) return 1.0;
        return Math.sin(Math.PI * x) / (Math.PI * x);
    }

    private static double kaiser(double x) {
        if (Math.abs(x) > 1) return 0;
        return bessel0(KAISER_BETA * Math.sqrt(1 - x * x)) / bessel0(KAISER_BETA);
    }

    private static double bessel0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) break;
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
