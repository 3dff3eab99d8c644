package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static float[] resample(float[] in, int from, int to) {
        Resampler r = new Resampler(from, to);
        return Signals.concat(r.process(in, 0, in.length), r.flush());
    }

    @Test
    void oneSampleAtATimeGivesWhatOneBlockGives() {
        float[] in = new float[4801];
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < in.length; i++) in[i] = (float) random.nextGaussian();
        Resampler r = new Resampler(48000, 44100, 14000);
        float[] block = Signals.concat(r.process(in, 0, in.length), r.flush());
        r.reset();
        float[] single = new float[0];
        for (int i = 0; i < in.length; i++) single = Signals.concat(single, r.process(in, i, 1));
        assertArrayEquals(block, Signals.concat(single, r.flush()));
    }

    @Test
    void lengthIsExact() {
        for (int[] rates : new int[][] {{48000, 44100}, {16000, 44100}, {22050, 44100}, {44100, 44100}}) {
            Resampler r = new Resampler(rates[0], rates[1]);
            for (int n : new int[] {0, 1, 999, 48000}) {
                r.reset();
                float[] out = Signals.concat(r.process(new float[n], 0, n), r.flush());
                assertEquals(r.outputLength(n), out.length, rates[0] + "->" + rates[1] + " n=" + n);
                assertEquals(Math.ceil(n * (double) rates[1] / rates[0]), out.length, 1.0);
            }
        }
    }

    @Test
    void toneKeepsItsLevel() {
        float[] in = Signals.sine(1000, 0.5, 48000, 1, 0);
        float[] out = resample(in, 48000, 44100);
        assertEquals(0.5 / Math.sqrt(2), Signals.rms(out, 2000, out.length - 2000), 0.005);
        float[] up = resample(Signals.sine(1000, 0.5, 16000, 1, 0), 16000, 44100);
        assertEquals(0.5 / Math.sqrt(2), Signals.rms(up, 2000, up.length - 2000), 0.005);
    }

    @Test
    void noAliasingWhenDownsampling() {
        // 23 kHz is above 44.1 kHz's Nyquist (22.05 kHz): without filtering it would fold to 21.1 kHz.
        float[] in = Signals.sine(23000, 0.5, 48000, 1, 0);
        float[] out = resample(in, 48000, 44100);
        double level = Signals.rms(out, 2000, out.length - 2000) / (0.5 / Math.sqrt(2));
        assertTrue(20 * Math.log10(level) < -50, "alias at " + 20 * Math.log10(level) + " dB");
    }

    @Test
    void noImagesWhenUpsampling() {
        // A 7 kHz tone at 16 kHz; upsampled to 44.1 kHz the only energy should stay at 7 kHz.
        float[] out = resample(Signals.sine(7000, 0.5, 16000, 1, 0), 16000, 44100);
        // remove the 7 kHz tone by projecting it out, what remains is images and filter error
        double sumSin = 0, sumCos = 0;
        int from = 2000, to = out.length - 2000;
        for (int i = from; i < to; i++) {
            sumSin += out[i] * Math.sin(2 * Math.PI * 7000 * i / 44100.0);
            sumCos += out[i] * Math.cos(2 * Math.PI * 7000 * i / 44100.0);
        }
        double a = 2 * sumSin / (to - from), b = 2 * sumCos / (to - from);
        double residual = 0;
        for (int i = from; i < to; i++) {
            double tone = a * Math.sin(2 * Math.PI * 7000 * i / 44100.0) + b * Math.cos(2 * Math.PI * 7000 * i / 44100.0);
            residual += (out[i] - tone) * (out[i] - tone);
        }
        double level = Math.sqrt(residual / (to - from)) / (0.5 / Math.sqrt(2));
        assertTrue(20 * Math.log10(level) < -50, "images at " + 20 * Math.log10(level) + " dB");
    }
}
