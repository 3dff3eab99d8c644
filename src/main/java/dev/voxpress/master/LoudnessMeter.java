package dev.voxpress.master;

import java.util.Arrays;

/**
 * Integrated loudness and true peak of a mono signal per ITU-R BS.1770-4 (EBU R128): K-weighting (a high
 * shelf and a high pass, derived for any sample rate), mean square over 400 ms blocks overlapping by 75%, an
 * absolute gate at -70 LUFS and a relative gate 10 LU below the absolutely gated loudness; true peak by 4x
 * oversampling ({@link TruePeak}).
 *
 * <p>Streaming: only one number per 100 ms is kept (the block energies, 144 KB per hour of audio), so it can
 * measure any length of audio as it passes.
 */
public final class LoudnessMeter {
    private static final double ABSOLUTE_GATE = -70.0;
    private static final double RELATIVE_GATE = -10.0;

    // K-weighting: stage 1 (shelf) and stage 2 (high pass), transposed direct form II.
    private final double b0, b1, b2, a1, a2;
    private final double c0, c1, c2, d1, d2;
    private double s1, s2, t1, t2;

    private final int subBlock;
    private double subSum;
    private int subFill;
    private final double[] recentSubs = new double[4];
    private long subsDone;
    private float[] blocks = new float[1024];
    private int blockCount;

    /** Null when only the integrated loudness is wanted. */
    private final TruePeak truePeak;
    private boolean peakFlushed;
    private float samplePeak;

    public LoudnessMeter(int sampleRate) {
        this(sampleRate, true);
    }

    /**
     * A meter of the integrated loudness alone, which spares the 4x oversampling: its result's true peak is
     * not a number. Mastering uses it while it searches for the gain.
     */
    public static LoudnessMeter integratedOnly(int sampleRate) {
        return new LoudnessMeter(sampleRate, false);
    }

    private LoudnessMeter(int sampleRate, boolean truePeak) {
        this.truePeak = truePeak ? new TruePeak() : null;
        if (sampleRate <= 0) throw new IllegalArgumentException("sampleRate must be positive");
        // Coefficients from the analogue prototypes of BS.1770's 48 kHz filters, bilinear-transformed to fs
        // (the method libebur128 uses), so that any sample rate is measured the same way.
        double f0 = 1681.974450955533;
        double gain = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.tan(Math.PI * f0 / sampleRate);
        double vh = Math.pow(10.0, gain / 20.0);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / q + k * k;
        b0 = (vh + vb * k / q + k * k) / a0;
        b1 = 2.0 * (k * k - vh) / a0;
        b2 = (vh - vb * k / q + k * k) / a0;
        a1 = 2.0 * (k * k - 1.0) / a0;
        a2 = (1.0 - k / q + k * k) / a0;

        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.tan(Math.PI * f0 / sampleRate);
        double r0 = 1.0 + k / q + k * k;
        c0 = 1.0;
        c1 = -2.0;
        c2 = 1.0;
        d1 = 2.0 * (k * k - 1.0) / r0;
        d2 = (1.0 - k / q + k * k) / r0;

        subBlock = Math.max(1, (int) Math.round(sampleRate * 0.1));
    }

    /** Measures more samples. */
    public void accept(float[] samples, int offset, int length) {
        if (peakFlushed) throw new IllegalStateException("the meter has already given its result");
        if (truePeak != null) truePeak.accept(samples, offset, length);
        weigh(samples, offset, length);
    }

    /**
     * Measures more samples and also hands out the true peaks it computes: for each sample, written to
     * {@code peaks} from index 0 as {@link TruePeak#next(float[], int, int, float[], float)} writes them
     * ({@link TruePeak#LATENCY} samples late), exact where above {@code floor}, at or under it elsewhere. For a caller
     * that wants to know where the signal goes over a ceiling, without a second detector.
     */
    public void accept(float[] samples, int offset, int length, float[] peaks, float floor) {
        if (peakFlushed) throw new IllegalStateException("the meter has already given its result");
        if (truePeak == null) throw new IllegalStateException("this meter measures no true peak");
        // under the largest peak so far nothing changes the maximum; under the floor nothing is asked for
        truePeak.next(samples, offset, length, peaks, Math.min(truePeak.max(), floor));
        weigh(samples, offset, length);
    }

    /** K-weighting, the sample peak, and the 100 ms energies. */
    private void weigh(float[] samples, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            float x = samples[i];
            float ax = Math.abs(x);
            if (ax > samplePeak) samplePeak = ax;
            double y = b0 * x + s1;
            s1 = b1 * x - a1 * y + s2;
            s2 = b2 * x - a2 * y;
            double z = c0 * y + t1;
            t1 = c1 * y - d1 * z + t2;
            t2 = c2 * y - d2 * z;
            subSum += z * z;
            if (++subFill == subBlock) endSubBlock();
        }
    }

    public void accept(float[] samples) {
        accept(samples, 0, samples.length);
    }

    private void endSubBlock() {
        recentSubs[(int) (subsDone % 4)] = subSum;
        subsDone++;
        subSum = 0;
        subFill = 0;
        if (subsDone >= 4) {
            double energy = (recentSubs[0] + recentSubs[1] + recentSubs[2] + recentSubs[3]) / (4.0 * subBlock);
            if (blockCount == blocks.length) blocks = Arrays.copyOf(blocks, blocks.length * 2);
            blocks[blockCount++] = (float) energy;
        }
    }

    /** The gated integrated loudness of everything measured so far, in LUFS (negative infinity for silence). */
    public double integrated() {
        double threshold = Math.pow(10, (ABSOLUTE_GATE + 0.691) / 10);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < blockCount; i++) {
            if (blocks[i] > threshold) {
                sum += blocks[i];
                n++;
            }
        }
        if (n == 0) return Double.NEGATIVE_INFINITY;
        double relative = sum / n * Math.pow(10, RELATIVE_GATE / 10);
        double gate = Math.max(threshold, relative);
        sum = 0;
        n = 0;
        for (int i = 0; i < blockCount; i++) {
            if (blocks[i] > gate) {
                sum += blocks[i];
                n++;
            }
        }
        if (n == 0) return Double.NEGATIVE_INFINITY;
        return -0.691 + 10 * Math.log10(sum / n);
    }

    /** Ends the measurement and returns it; no more samples can be fed afterwards. */
    public Loudness result() {
        if (!peakFlushed && truePeak != null) truePeak.flush();
        peakFlushed = true;
        double peak = truePeak == null ? Double.NaN : Loudness.db(Math.max(truePeak.max(), samplePeak));
        return new Loudness(integrated(), peak, Loudness.db(samplePeak));
    }
}
