package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoudnessMeterTest {
    @Test
    void fullScaleSineAt997HzIsMinus3Lufs() {
        // BS.1770-4: a 0 dB FS 997 Hz sine in one channel reads -3.01 LKFS.
        for (int rate : new int[] {44100, 48000, 16000}) {
            LoudnessMeter meter = new LoudnessMeter(rate);
            meter.accept(Signals.sine(997, 1.0, rate, 5, 0));
            assertEquals(-3.01, meter.integrated(), 0.05, "at " + rate + " Hz");
        }
    }

    @Test
    void levelsScaleInDecibels() {
        LoudnessMeter meter = new LoudnessMeter(48000);
        meter.accept(Signals.sine(997, 0.1, 48000, 5, 0));
        Loudness result = meter.result();
        assertEquals(-23.01, result.integratedLufs(), 0.05);
        assertEquals(-20.0, result.truePeakDbtp(), 0.05);
    }

    @Test
    void silenceIsGatedOut() {
        LoudnessMeter meter = new LoudnessMeter(44100);
        meter.accept(Signals.sine(997, 0.1, 44100, 4, 0));
        meter.accept(new float[44100 * 20]);
        meter.accept(Signals.sine(997, 0.1, 44100, 4, 0));
        // only the few blocks that straddle the edges count a little silence
        assertEquals(-23.01, meter.integrated(), 0.25);
    }

    @Test
    void relativeGateDropsQuietPassages() {
        // 10 s at -20 dBFS and 10 s at -45 dBFS: the quiet part is more than 10 LU below and does not count.
        LoudnessMeter meter = new LoudnessMeter(48000);
        meter.accept(Signals.sine(997, 0.1, 48000, 10, 0));
        meter.accept(Signals.sine(997, 0.1 * Math.pow(10, -25 / 20.0), 48000, 10, 0));
        assertEquals(-23.01, meter.integrated(), 0.1);
    }

    @Test
    void silenceMeasuresMinusInfinity() {
        LoudnessMeter meter = new LoudnessMeter(44100);
        meter.accept(new float[44100 * 3]);
        Loudness result = meter.result();
        assertEquals(Double.NEGATIVE_INFINITY, result.integratedLufs());
        assertEquals(Double.NEGATIVE_INFINITY, result.truePeakDbtp());
    }

    @Test
    void truePeakFindsPeaksBetweenSamples() {
        // A sine at a quarter of the rate, 45 degrees out of phase: every sample is at 0.707, the wave reaches 1.
        LoudnessMeter meter = new LoudnessMeter(48000);
        meter.accept(Signals.sine(12000, 1.0, 48000, 1, Math.PI / 4));
        Loudness result = meter.result();
        assertEquals(-3.01, result.samplePeakDbfs(), 0.05);
        assertEquals(0.0, result.truePeakDbtp(), 0.25);
        assertTrue(result.truePeakDbtp() > result.samplePeakDbfs() + 2.5);
    }
}
