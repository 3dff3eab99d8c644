package dev.voxpress.master;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * Measures an MP3 file as a listener hears it: decodes it with JLayer (independent of the encoder) and measures
 * the loudness and true peak of the decoded audio, streaming. Mastering checks each MP3 with it (and encodes again
 * in the rare case the margin did not cover); {@code Mp3MarginBench} uses it to measure what MP3 coding does to the
 * peaks and the loudness.
 */
final class Mp3Check {
    private Mp3Check() {
    }

    static Loudness measure(Path file, int sampleRate) throws IOException {
        LoudnessMeter meter = new LoudnessMeter(sampleRate);
        float[] samples = new float[1152 * 2];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Bitstream bits = new Bitstream(in);
            Decoder decoder = new Decoder();
            Header header;
            while ((header = bits.readFrame()) != null) {
                SampleBuffer buffer = (SampleBuffer) decoder.decodeFrame(header, bits);
                int channels = buffer.getChannelCount();
                short[] s = buffer.getBuffer();
                int n = buffer.getBufferLength() / channels;
                if (n > samples.length) samples = new float[n];
                for (int i = 0; i < n; i++) samples[i] = s[i * channels] / 32768f;
                meter.accept(samples, 0, n);
                bits.closeFrame();
            }
        } catch (BitstreamException | DecoderException e) {
            throw new IOException("cannot decode the MP3 just written: " + e.getMessage(), e);
        }
        return meter.result();
    }
}
