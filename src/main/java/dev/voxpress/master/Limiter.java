package dev.voxpress.master;

/**
 * A look-ahead true-peak limiter: no output sample, and no point between samples as {@link TruePeak} sees it,
 * goes above the ceiling, while the gain changes smoothly (a ramp over the look-ahead window on the way down,
 * an exponential release on the way up).
 *
 * <p>The gain applied to a sample is an average, over the look-ahead window, of running minima of the gains
 * that each sample needs; every one of those minima covers the sample, so the average never exceeds what the
 * sample needs. The output is the input delayed; {@link #flush()} returns the rest, so that as many samples
 * come out as went in.
 */
public final class Limiter {
    private final float ceiling;
    private final int window;
    private final double release;
    private final TruePeak detector = new TruePeak();

    private final float[] delay;
    private final double[] needed;
    private final double[] envelope;
    private final long[] queue;
    private long queueHead;
    private long queueTail;
    private double boxSum;
    private double lastEnvelope = 1.0;
    private float previousPeak;
    private long fed;
    private long emitted;
    private double minGain = 1.0;

    /**
     * @param sampleRate   the signal's rate
     * @param ceilingDbtp  the highest true peak let through
     * @param lookAheadMs  attack time, such as 5
     * @param releaseMs    release time constant, such as 80
     */
    public Limiter(int sampleRate, double ceilingDbtp, double lookAheadMs, double releaseMs) {
        this.ceiling = (float) Loudness.linear(ceilingDbtp);
        this.window = Math.max(1, (int) Math.round(sampleRate * lookAheadMs / 1000));
        this.release = 1 - Math.exp(-1.0 / (sampleRate * releaseMs / 1000));
        int span = window + 1;
        this.delay = new float[TruePeak.LATENCY + window + 2];
        this.needed = new double[span];
        this.envelope = new double[span];
        this.queue = new long[span + 1];
        java.util.Arrays.fill(envelope, 1.0);
        this.boxSum = span;
    }

    /** The total delay between input and output, in samples. */
    public int latency() {
        return TruePeak.LATENCY + window;
    }

    /** The deepest gain reduction so far, as a linear factor (1 = never limited). */
    public double minGain() {
        return minGain;
    }

    /** Limits samples; returns those now ready (fewer than given at first, because of the delay). */
    public float[] process(float[] in, int offset, int length) {
        float[] out = new float[length];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            n = push(in[i], out, n);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Ends the stream and returns the delayed remainder. */
    public float[] flush() {
        long remaining = fed - emitted;
        float[] out = new float[(int) remaining];
        int n = 0;
        long input = fed;
        while (emitted < input) {
            n = pushInternal(0f, out, n, input);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private int push(float x, float[] out, int n) {
        return pushInternal(x, out, n, Long.MAX_VALUE);
    }

    private int pushInternal(float x, float[] out, int n, long limit) {
        long m = fed++;
        delay[(int) (m % delay.length)] = x;
        float peak = detector.next(x);
        long i = m - TruePeak.LATENCY; // the sample whose peak just came out of the detector
        if (i < 0) return n;
        float p = Math.max(peak, previousPeak);
        previousPeak = peak;
        double need = p > ceiling ? ceiling / p : 1.0;
        int span = needed.length;
        // running minimum of needed[i - window .. i], by a monotonic queue of sample indices
        while (queueTail > queueHead && queue[(int) (queueHead % queue.length)] < i - window) queueHead++;
        needed[(int) (i % span)] = need;
        while (queueTail > queueHead && needed[(int) (queue[(int) ((queueTail - 1) % queue.length)] % span)] >= need) {
            queueTail--;
        }
        queue[(int) (queueTail % queue.length)] = i;
        queueTail++;
        double runningMin = needed[(int) (queue[(int) (queueHead % queue.length)] % span)];
        double e = Math.min(runningMin, lastEnvelope + (1.0 - lastEnvelope) * release);
        lastEnvelope = e;
        int eSlot = (int) (i % span);
        boxSum += e - envelope[eSlot];
        envelope[eSlot] = e;
        long k = i - window; // the sample that gets the gain averaged over envelope[i - window .. i]
        if (k < 0 || k >= limit) return n;
        double gain = Math.min(1.0, boxSum / span);
        if (gain < minGain) minGain = gain;
        float y = (float) (delay[(int) (k % delay.length)] * gain);
        if (y > ceiling) y = ceiling;
        else if (y < -ceiling) y = -ceiling;
        out[n++] = y;
        emitted++;
        return n;
    }
}
