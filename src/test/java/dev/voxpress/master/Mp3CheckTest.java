package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp3CheckTest {
    @TempDir
    Path dir;

    @Test
    void measuresAStreamWrittenInPiecesAsTheFile() throws IOException {
        Path file = dir.resolve("babble.mp3");
        try (Mp3Encoder encoder = new Mp3Encoder(file, new byte[0], 44100, 64)) {
            float[] babble = Signals.babble(44100, 3.0, 0.4, 11);
            encoder.write(babble, 0, babble.length);
            encoder.finish();
        }
        byte[] bytes = Files.readAllBytes(file);
        try (Mp3Check check = Mp3Check.beside(-1.0)) {
            OutputStream out = check.encoded();
            // pieces of every size, more of them than the check queues
            for (int at = 0, size = 1; at < bytes.length; at += size, size = size % 97 + 1) {
                out.write(bytes, at, Math.min(size, bytes.length - at));
            }
            assertEquals(Mp3Check.measure(file), check.result().loudness());
        }
    }

    private Path encode(String name, float[] audio) throws IOException {
        Path file = dir.resolve(name);
        try (Mp3Encoder encoder = new Mp3Encoder(file, new byte[0], 44100, 64)) {
            encoder.write(audio, 0, audio.length);
            encoder.finish();
        }
        return file;
    }

    @Test
    void aFollowingStreamIsMeasuredAfterTheFirstWithoutItsInfoFrame() throws IOException {
        byte[] first = Files.readAllBytes(encode("first.mp3", Signals.babble(44100, 2.0, 0.3, 1)));
        Path secondFile = encode("second.mp3", Signals.babble(44100, 3.0, 0.6, 2));
        byte[] second = Files.readAllBytes(secondFile);
        int info = Mp3Frames.frameLength(java.nio.ByteBuffer.wrap(second).getInt(0));
        Path whole = dir.resolve("whole.mp3");
        Files.write(whole, first);
        Files.write(whole, java.util.Arrays.copyOfRange(second, info, second.length), java.nio.file.StandardOpenOption.APPEND);
        try (Mp3Check check = Mp3Check.beside(-1.0)) {
            Mp3Check.Following following = check.following(secondFile);
            // both written at once, in pieces (the second already in its file, as its encoder would have it);
            // the second's first pieces smaller than a header
            int a = 0;
            int b = 0;
            for (int size = 1; a < first.length || b < second.length; size = size % 300 + 1) {
                if (b < second.length) {
                    int n = Math.min(size, second.length - b);
                    following.write(second, b, n);
                    b += n;
                }
                if (a < first.length) {
                    int n = Math.min(2 * size, first.length - a);
                    check.encoded().write(first, a, n);
                    a += n;
                    if (a == first.length) following.follow();
                }
            }
            assertEquals(Mp3Check.measure(whole), check.result().loudness());
        }
    }

    @Test
    void aStreamWithoutFramesIsAnErrorAndNeverHoldsUpTheWriter() throws IOException {
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) if ((noise[i] & 0xff) == 0xff) noise[i] = 0; // no frame sync
        try (Mp3Check check = Mp3Check.beside(-1.0)) {
            for (int i = 0; i < 500; i++) check.encoded().write(noise);
            assertThrows(IOException.class, check::result);
        }
    }

    @Test
    void closingWithoutAskingEndsTheDecodingThread() throws IOException {
        Mp3Check check = Mp3Check.beside(-1.0);
        check.encoded().write(new byte[100]);
        check.close();
        assertThrows(IOException.class, () -> check.encoded().write(new byte[1]));
    }
}
