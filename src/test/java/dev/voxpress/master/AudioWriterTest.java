package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.speak.Engine;
import dev.voxpress.speak.MaryEngine;
import dev.voxpress.speak.Pcm;
import dev.voxpress.speak.Voice;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

class AudioWriterTest {
    @TempDir
    Path dir;

    @Test
    void mp3OfSpokenTextDecodesToItsDuration() throws Exception {
        Path mp3 = dir.resolve("short.mp3");
        double expected;
        try (Engine engine = new MaryEngine(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", ""));
             AudioWriter writer = new AudioWriter(mp3)) {
            Pcm first = engine.synthesize("Russia and Ukraine agreed to a prisoner exchange.");
            Pcm second = engine.synthesize("The talks lasted an hour and forty minutes.");
            writer.append(first);
            writer.appendSilence(500);
            writer.append(second);
            expected = first.seconds() + 0.5 + second.seconds();
            AudioFile file = writer.finish();
            assertEquals(expected, file.seconds(), 0.01);
            assertEquals(Files.size(mp3), file.bytes());
        }
        Decoded decoded = decodeMp3(mp3);
        assertEquals(44100, decoded.sampleRate);
        assertEquals(1, decoded.channels);
        assertEquals(expected, decoded.seconds, 0.2);
        assertTrue(decoded.peak > 0.05, "decoded audio is silent");
    }

    @Test
    void wavHasExactLengthAndHeader() throws Exception {
        Path wav = dir.resolve("tone.wav");
        try (AudioWriter writer = new AudioWriter(wav)) {
            writer.append(new Pcm(48000, ResamplerTest.sine(48000, 440, 2.0)));
            writer.finish();
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            assertEquals(44100f, in.getFormat().getSampleRate());
            assertEquals(1, in.getFormat().getChannels());
            assertEquals(2 * 44100, in.getFrameLength());
        }
    }

    @Test
    void unfinishedWriterLeavesNothingBehind() throws Exception {
        Path mp3 = dir.resolve("broken.mp3");
        try (AudioWriter writer = new AudioWriter(mp3)) {
            writer.append(new Pcm(16000, ResamplerTest.sine(16000, 440, 0.5)));
        }
        assertFalse(Files.exists(mp3));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "temporary file left behind");
        }
    }

    @Test
    void failedRunKeepsThePreviousFile() throws Exception {
        Path mp3 = dir.resolve("kept.mp3");
        Files.writeString(mp3, "previous good file");
        try (AudioWriter writer = new AudioWriter(mp3)) {
            writer.append(new Pcm(16000, ResamplerTest.sine(16000, 440, 0.5)));
        }
        assertEquals("previous good file", Files.readString(mp3));
    }

    record Decoded(int sampleRate, int channels, double seconds, double peak) {
    }

    /** Decodes with JLayer, a decoder independent of the encoder under test. */
    static Decoded decodeMp3(Path mp3) throws IOException {
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
            return new Decoded(rate, channels, samples / (double) rate, peak);
        } catch (javazoom.jl.decoder.JavaLayerException e) {
            throw new IOException(e);
        }
    }
}
