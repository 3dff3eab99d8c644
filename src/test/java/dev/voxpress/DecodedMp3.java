package dev.voxpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.JavaLayerException;
import javazoom.jl.decoder.SampleBuffer;

/**
 * An MP3 decoded with JLayer, a decoder independent of the encoder under test.
 *
 * @param sampleRate samples per second
 * @param channels   channel count
 * @param seconds    decoded duration
 * @param peak       largest absolute sample, 0 to 1
 */
public record DecodedMp3(int sampleRate, int channels, double seconds, double peak) {
    public static DecodedMp3 of(Path mp3) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mp3))) {
            Bitstream bitstream = new Bitstream(in);
            Decoder decoder = new Decoder();
            long samples = 0;
            int rate = 0;
            int channels = 0;
            double peak = 0;
            Header header;
            while ((header = bitstream.readFrame()) != null) {
                SampleBuffer buffer = (SampleBuffer) decoder.decodeFrame(header, bitstream);
                rate = buffer.getSampleFrequency();
                channels = buffer.getChannelCount();
                samples += buffer.getBufferLength() / channels;
                for (int i = 0; i < buffer.getBufferLength(); i++) {
                    peak = Math.max(peak, Math.abs(buffer.getBuffer()[i] / 32768.0));
                }
                bitstream.closeFrame();
            }
            return new DecodedMp3(rate, channels, rate == 0 ? 0 : samples / (double) rate, peak);
        } catch (JavaLayerException e) {
            throw new IOException(e);
        }
    }
}
