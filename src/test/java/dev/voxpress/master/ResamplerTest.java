package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    @Test
    void keepsToneAndLength() {
        float[] tone = sine(48000, 1000, 1.0);
        float[] out = resample(tone, 48000, 44100);
        assertEquals(44100, out.length);
        assertEquals(Math.sqrt(0.5), rms(out, 1000, out.length - 1000), 0.01);
        assertEquals(1.0, amplitudeAt(out, 44100, 1000) / Math.sqrt(0.5), 0.02);
    }

    @Test
    void upsamplesWithoutImages() {
        float[] tone = sine(16000, 3000, 1.0);
        float[] out = resample(tone, 16000, 44100);
        assertEquals(44100, out.length);
        // A 3 kHz tone at 16 kHz has images at 13 kHz and 19 kHz once upsampled naively.
        assertTrue(amplitudeAt(out, 44100, 13000) < 0.001, "image at 13 kHz");
        assertTrue(amplitudeAt(out, 44100, 19000) < 0.001, "image at 19 kHz");
    }

    @Test
    void downsamplesWithoutAliasing() {
        float[] tone = sine(48000, 23000, 1.0);
        float[] out = resample(tone, 48000, 44100);
        // 23 kHz is above the 22.05 kHz Nyquist of 44.1 kHz: it must be filtered, not folded to 21.1 kHz.
        assertTrue(rms(out, 1000, out.length - 1000) < 0.01, "aliased energy");
    }

    @Test
    void streamingInPiecesEqualsOneGo() {
        float[] tone = sine(16000, 440, 0.5);
        float[] whole = resample(tone, 16000, 44100);
        Resampler r = new Resampler(16000, 44100);
        float[] pieces = new float[0];
        for (int i = 0; i < tone.length; i += 333) {
            pieces = concat(pieces, r.process(tone, i, Math.min(333, tone.length - i)));
        }
        pieces = concat(pieces, r.flush());
        assertEquals(whole.length, pieces.length);
        for (int i = 0; i < whole.length; i++) assertEquals(whole[i], pieces[i], 1e-6);
    }

    static float[] resample(float[] in, int from, int to) {
        Resampler r = new Resampler(from, to);
        return concat(r.process(in, 0, in.length), r.flush());
    }

    static float[] sine(int rate, double hz, double seconds) {
        float[] s = new float[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) s[i] = (float) Math.sin(2 * Math.PI * hz * i / rate);
        return s;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double rms(float[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += s[i] * s[i];
        return Math.sqrt(sum / (to - from));
    }

    /** Amplitude (RMS) of one frequency, by correlation over the middle of the signal. */
    private static double amplitudeAt(float[] s, int rate, double hz) {
        double re = 0;
        double im = 0;
        int from = 2000;
        int to = s.length - 2000;
        for (int i = from; i < to; i++) {
            double phase = 2 * Math.PI * hz * i / rate;
            re += s[i] * Math.cos(phase);
            im += s[i] * Math.sin(phase);
        }
        return Math.sqrt(re * re + im * im) * 2 / (to - from) / Math.sqrt(2);
    }
}
