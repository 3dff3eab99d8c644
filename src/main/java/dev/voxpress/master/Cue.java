package dev.voxpress.master;

import dev.voxpress.script.Segment;

/**
 * Where one sentence sits in the finished audio, sample-exact.
 *
 * @param segment     the sentence
 * @param startSample its first sample in the output
 * @param endSample   one past its last sample (its pause comes after)
 * @param sampleRate  the output's sample rate
 */
public record Cue(Segment segment, long startSample, long endSample, int sampleRate) {
    /** Start in seconds. */
    public double start() {
        return startSample / (double) sampleRate;
    }

    /** End in seconds. */
    public double end() {
        return endSample / (double) sampleRate;
    }
}
