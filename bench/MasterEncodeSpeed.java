import java.nio.file.Files;
import java.nio.file.Path;

import dev.voxpress.master.LoudnessMeter;
import dev.voxpress.master.Mp3Encoder;
import dev.voxpress.master.Resampler;

/**
 * Single-threaded speed of the mastering stages, in times real time: MP3 encoding (jump3r, 64 kbps mono
 * at the default rate, 32 kHz), BS.1770-4 metering (K-weighting + 4x true peak), and 48 kHz to 32 kHz resampling.
 * Run: java -cp target/voxpress.jar bench/MasterEncodeSpeed.java [seconds of audio, default 600]
 */
public class MasterEncodeSpeed {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int rate = dev.voxpress.master.MasterSettings.DEFAULTS.sampleRate();
        float[] block = new float[rate];
        java.util.Random random = new java.util.Random(1);
        double lp = 0;
        for (int i = 0; i < block.length; i++) {
            double t = i / (double) rate;
            lp = 0.8 * lp + 0.2 * random.nextGaussian();
            block[i] = (float) (0.3 * Math.max(0, Math.sin(2 * Math.PI * 4 * t))
                    * (Math.sin(2 * Math.PI * 140 * t) + 0.3 * Math.sin(2 * Math.PI * 1400 * t) + 0.3 * lp));
        }
        Path out = Files.createTempFile("speed", ".mp3");
        try {
            for (int round = 0; round < 2; round++) { // the first round warms the JIT
                int n = round == 0 ? Math.min(60, seconds) : seconds;
                long t0 = System.nanoTime();
                try (Mp3Encoder encoder = new Mp3Encoder(out, new byte[0], rate, 64)) {
                    for (int s = 0; s < n; s++) encoder.write(block, 0, block.length);
                    encoder.finish();
                }
                double mp3 = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                LoudnessMeter meter = new LoudnessMeter(rate);
                for (int s = 0; s < n; s++) meter.accept(block);
                meter.result();
                double meterTime = (System.nanoTime() - t0) / 1e9;
                float[] in48 = new float[48000];
                System.arraycopy(block, 0, in48, 0, block.length);
                Resampler resampler = new Resampler(48000, rate);
                t0 = System.nanoTime();
                for (int s = 0; s < n; s++) resampler.process(in48, 0, in48.length);
                double resample = (System.nanoTime() - t0) / 1e9;
                if (round == 1) {
                    System.out.printf(java.util.Locale.ROOT,
                            "%d s of audio: MP3 encode %.1f s (%.0fx real time, %d bytes); loudness meter %.0fx;"
                                    + " resample 48k->32k %.0fx%n",
                            n, mp3, n / mp3, Files.size(out), n / meterTime, n / resample);
                }
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
