package dev.voxpress.master;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

import dev.voxpress.Patience;

/** Test signals, decoders and ffmpeg helpers. */
final class Signals {
    private Signals() {
    }

    static float[] sine(double freq, double amplitude, int rate, double seconds, double phase) {
        float[] out = new float[(int) Math.round(rate * seconds)];
        for (int i = 0; i < out.length; i++) out[i] = (float) (amplitude * Math.sin(2 * Math.PI * freq * i / rate + phase));
        return out;
    }

    /** Speech-like: noise bursts shaped by a syllable envelope, with gaps. */
    static float[] babble(int rate, double seconds, double amplitude, long seed) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(rate * seconds)];
        double lp = 0;
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) rate;
            double env = Math.max(0, Math.sin(2 * Math.PI * 4 * t)) * (Math.sin(2 * Math.PI * 0.5 * t) > -0.7 ? 1 : 0);
            lp = 0.7 * lp + 0.3 * random.nextGaussian();
            double voiced = Math.sin(2 * Math.PI * 180 * t) + 0.5 * Math.sin(2 * Math.PI * 360 * t)
                    + 0.25 * Math.sin(2 * Math.PI * 1200 * t);
            out[i] = (float) (amplitude * env * (0.6 * voiced + 0.4 * lp));
        }
        return out;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) n += p.length;
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static double rms(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += x[i] * (double) x[i];
        return Math.sqrt(sum / (to - from));
    }

    /** Decodes an MP3 with JLayer (not the encoder's own code); mono samples in [-1, 1). */
    static Decoded decodeMp3(Path file) throws Exception {
        List<float[]> chunks = new ArrayList<>();
        int total = 0;
        int rate = 0;
        try (InputStream in = Files.newInputStream(file)) {
            Bitstream bits = new Bitstream(in);
            Decoder decoder = new Decoder();
            Header header;
            while ((header = bits.readFrame()) != null) {
                SampleBuffer buffer = (SampleBuffer) decoder.decodeFrame(header, bits);
                rate = buffer.getSampleFrequency();
                int channels = buffer.getChannelCount();
                short[] s = buffer.getBuffer();
                int n = buffer.getBufferLength() / channels;
                float[] chunk = new float[n];
                for (int i = 0; i < n; i++) chunk[i] = s[i * channels] / 32768f;
                chunks.add(chunk);
                total += n;
                bits.closeFrame();
            }
        }
        float[] all = new float[total];
        int at = 0;
        for (float[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        return new Decoded(rate, all);
    }

    record Decoded(int rate, float[] samples) {
        double seconds() {
            return samples.length / (double) rate;
        }
    }

    /** Reads a 16-bit mono WAV as written by {@link WavEncoder}. */
    static Decoded readWav(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int rate = b.getInt(24);
        int dataBytes = b.getInt(40);
        float[] out = new float[dataBytes / 2];
        for (int i = 0; i < out.length; i++) out[i] = b.getShort(44 + 2 * i) / 32768f;
        return new Decoded(rate, out);
    }

    static boolean has(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return Patience.ends(p) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs a command; returns its standard output and error together. */
    static String run(String... command) throws IOException, InterruptedException {
        return run(true, command);
    }

    /** Runs a command; returns its standard output, and its error output too when {@code merge}. */
    static String run(boolean merge, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(merge);
        if (!merge) builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!Patience.ends(p)) throw new IOException("timed out: " + String.join(" ", command));
        if (p.exitValue() != 0) throw new IOException(String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    /** ffmpeg's ebur128 summary: integrated loudness and true peak. */
    static double[] ffmpegLoudness(Path file) throws IOException, InterruptedException {
        String out = run("ffmpeg", "-hide_banner", "-nostats", "-v", "info", "-i", file.toString(),
                "-af", "ebur128=peak=true", "-f", "null", "-");
        int summary = out.lastIndexOf("Summary:");
        String tail = out.substring(summary);
        Matcher i = Pattern.compile("I:\\s+(-?[0-9.]+|-inf) LUFS").matcher(tail);
        Matcher p = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS").matcher(tail);
        if (!i.find() || !p.find()) throw new IOException("no ebur128 summary in:\n" + tail);
        return new double[] {Double.parseDouble(i.group(1).replace("-inf", "-Infinity")),
                Double.parseDouble(p.group(1).replace("-inf", "-Infinity"))};
    }
}
