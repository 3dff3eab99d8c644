package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.DecodedMp3;
import dev.voxpress.speak.Engine;
import dev.voxpress.speak.MaryEngine;
import dev.voxpress.speak.Pcm;
import dev.voxpress.speak.Voice;
import dev.voxpress.speak.VoiceProfile;

class AudioWriterTest {
    @TempDir
    Path dir;

    @Test
    void mp3OfSpokenTextDecodesToItsDuration() throws Exception {
        Path mp3 = dir.resolve("short.mp3");
        double expected;
        try (Engine engine = new MaryEngine(VoiceProfile.of(new Voice("cmu-slt-hsmm", MaryEngine.ENGINE, "cmu-slt-hsmm", "")));
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
        DecodedMp3 decoded = DecodedMp3.of(mp3);
        assertEquals(44100, decoded.sampleRate());
        assertEquals(1, decoded.channels());
        assertEquals(expected, decoded.seconds(), 0.2);
        assertTrue(decoded.peak() > 0.05, "decoded audio is silent");
    }

    @Test
    void wavHasExactLengthAndHeader() throws Exception {
        Path wav = dir.resolve("tone.wav");
        try (AudioWriter writer = new AudioWriter(wav)) {
            writer.append(new Pcm(48000, Signals.sine(440, 1.0, 48000, 2.0, 0)));
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
            writer.append(new Pcm(16000, Signals.sine(440, 1.0, 16000, 0.5, 0)));
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
            writer.append(new Pcm(16000, Signals.sine(440, 1.0, 16000, 0.5, 0)));
        }
        assertEquals("previous good file", Files.readString(mp3));
    }
}
