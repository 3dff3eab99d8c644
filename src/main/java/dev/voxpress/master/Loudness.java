package dev.voxpress.master;

import java.util.Locale;

/**
 * A loudness measurement per ITU-R BS.1770-4 / EBU R128.
 *
 * @param integratedLufs gated integrated loudness in LUFS; negative infinity for silence
 * @param truePeakDbtp   true peak (4x oversampled) in dBTP; negative infinity for silence, not a number when not
 *                       measured ({@link LoudnessMeter#integratedOnly})
 * @param samplePeakDbfs largest sample magnitude in dBFS
 */
public record Loudness(double integratedLufs, double truePeakDbtp, double samplePeakDbfs) {
    /** Decibels of a linear amplitude. */
    public static double db(double linear) {
        return linear > 0 ? 20 * Math.log10(linear) : Double.NEGATIVE_INFINITY;
    }

    /** The linear amplitude of a decibel value. */
    public static double linear(double db) {
        return Math.pow(10, db / 20);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f LUFS, true peak %.1f dBTP", integratedLufs, truePeakDbtp);
    }
}
