package dev.voxpress.speak;

import java.util.Objects;

/**
 * Mono audio as floating-point samples in [-1, 1].
 *
 * @param sampleRate samples per second
 * @param samples    the samples; not copied, so do not change them after handing them over
 */
public record Pcm(int sampleRate, float[] samples) {
    public Pcm {
        if (sampleRate <= 0) throw new IllegalArgumentException("sampleRate must be positive");
        Objects.requireNonNull(samples, "samples");
    }

    /** The duration in seconds. */
    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    /** Converts 16-bit signed little- or big-endian mono bytes. */
    public static Pcm fromPcm16(byte[] bytes, int length, int sampleRate, boolean bigEndian) {
        float[] samples = new float[length / 2];
        for (int i = 0; i < samples.length; i++) {
            int lo = bytes[2 * i + (bigEndian ? 1 : 0)] & 0xff;
            int hi = bytes[2 * i + (bigEndian ? 0 : 1)];
            samples[i] = (short) ((hi << 8) | lo) / 32768f;
        }
        return new Pcm(sampleRate, samples);
    }
}
