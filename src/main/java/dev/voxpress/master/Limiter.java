package dev.voxpress.master;

import java.util.Arrays;

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
    private static final int BLOCK = 4096;

    private final float ceiling;
    private final int window;
    private final double release;
    private final TruePeak detector = new TruePeak();
    private final float[] peaks = new float[BLOCK];

    private final float[] delay;
    private final double[] needed;
    private final double[] envelope;
    /** The running minimum's monotonic queue, a ring: sample indices and their slots in {@code needed}. */
    private final long[] queue;
    private final int[] queueSlot;
    private int queueHead;
    private int queueSize;
    private double boxSum;
    private double lastEnvelope = 1.0;
    private float previousPeak;
    private long fed;
    private long emitted;
    /** Where sample {@code fed} goes in {@code delay}, and sample {@code fed - LATENCY} in {@code needed}. */
    private int delaySlot;
    private int spanSlot;
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
        this.queueSlot = new int[span + 1];
        Arrays.fill(envelope, 1.0);
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
        for (int done = 0; done < length; done += BLOCK) {
            int k = Math.min(BLOCK, length - done);
            detector.next(in, offset + done, k, peaks, ceiling);
            for (int i = 0; i < k; i++) n = push(in[offset + done + i], peaks[i], out, n, Long.MAX_VALUE);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Ends the stream and returns the delayed remainder. */
    public float[] flush() {
        long input = fed;
        float[] out = new float[(int) (input - emitted)];
        float[] zeros = new float[BLOCK];
        int n = 0;
        while (emitted < input) {
            detector.next(zeros, 0, BLOCK, peaks, ceiling);
            for (int i = 0; i < BLOCK && emitted < input; i++) n = push(0f, peaks[i], out, n, input);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Takes sample {@code x} with the peak the detector gave for it; emits samples before {@code limit}. */
    private int push(float x, float peak, float[] out, int n, long limit) {
        long m = fed++;
        delay[delaySlot] = x;
        // the sample that gets the gain averaged over envelope[i - window .. i] sits two slots on, in the ring
        int kSlot = delaySlot + 2 >= delay.length ? delaySlot + 2 - delay.length : delaySlot + 2;
        delaySlot = delaySlot + 1 == delay.length ? 0 : delaySlot + 1;
        long i = m - TruePeak.LATENCY; // the sample whose peak just came out of the detector
        if (i < 0) return n;
        float p = Math.max(peak, previousPeak);
        previousPeak = peak;
        double need = p > ceiling ? ceiling / p : 1.0;
        int slot = spanSlot;
        spanSlot = spanSlot + 1 == needed.length ? 0 : spanSlot + 1;
        // running minimum of needed[i - window .. i], by a monotonic queue of sample indices
        while (queueSize > 0 && queue[queueHead] < i - window) {
            queueHead = queueHead + 1 == queue.length ? 0 : queueHead + 1;
            queueSize--;
        }
        needed[slot] = need;
        while (queueSize > 0 && needed[queueSlot[ring(queueHead + queueSize - 1)]] >= need) queueSize--;
        int tail = ring(queueHead + queueSize);
        queue[tail] = i;
        queueSlot[tail] = slot;
        queueSize++;
        double runningMin = needed[queueSlot[queueHead]];
        double e = Math.min(runningMin, lastEnvelope + (1.0 - lastEnvelope) * release);
        lastEnvelope = e;
        boxSum += e - envelope[slot];
        envelope[slot] = e;
        long k = i - window;
        if (k < 0 || k >= limit) return n;
        double gain = Math.min(1.0, boxSum / needed.length);
        if (gain < minGain) minGain = gain;
        float y = (float) (delay[kSlot] * gain);
        if (y > ceiling) y = ceiling;
        else if (y < -ceiling) y = -ceiling;
        out[n++] = y;
        emitted++;
        return n;
    }

    private int ring(int position) {
        return position >= queue.length ? position - queue.length : position;
    }
}
