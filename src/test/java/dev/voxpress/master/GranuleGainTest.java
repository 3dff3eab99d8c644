package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class GranuleGainTest {
    private static final int G = GranuleGain.GRANULE;

    @TempDir
    Path dir;

    private Path encode(String name, int rate, int kbps) throws Exception {
        Path file = dir.resolve(name);
        try (Mp3Encoder encoder = new Mp3Encoder(file, Id3Tag.build(new EpisodeMetadata("Granules", "Jane Doe",
                "A podcast", "2025-05-16T10:00:00Z", "https://example.org/a", "en", null, Map.of()), 3.0,
                java.util.List.of()), rate, kbps)) {
            float[] babble = Signals.babble(rate, 3.0, 0.5, 5);
            encoder.write(babble, 0, babble.length);
            encoder.finish();
        }
        return file;
    }

    /** The LAME tag's CRC of the audio and its own CRC, and what they should be. */
    private static int[] lameCrcs(byte[] mp3, int rate) {
        ByteBuffer b = ByteBuffer.wrap(mp3);
        int first = 10 + ((mp3[6] & 0x7f) << 21 | (mp3[7] & 0x7f) << 14 | (mp3[8] & 0x7f) << 7 | (mp3[9] & 0x7f));
        int lame = first + 4 + 17 + 8 + 4 + 4 + 100 + 4;
        assertEquals("LAME", new String(mp3, lame, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        int frame = 144_000 * 64 / rate + ((b.getInt(first) >>> 9) & 1);
        return new int[] {b.getShort(lame + 32) & 0xffff, Mp3Frames.crc16(b, first + frame, mp3.length),
            b.getShort(lame + 34) & 0xffff, Mp3Frames.crc16(b, first, lame + 34)};
    }

    @ParameterizedTest
    @ValueSource(ints = {32000, 44100, 48000})
    void crcsAreComputedAsLameDoes(int rate) throws Exception {
        int[] crcs = lameCrcs(Files.readAllBytes(encode("fresh.mp3", rate, 64)), rate);
        assertEquals(crcs[0], crcs[1], "audio CRC");
        assertEquals(crcs[2], crcs[3], "tag CRC");
    }

    @ParameterizedTest
    @ValueSource(ints = {32000, 44100, 48000})
    void aGranuleTurnedDownPlaysQuieterByItsStepsAndNothingElseChanges(int rate) throws Exception {
        Path file = encode("edit.mp3", rate, 64);
        float[] before = Signals.decodeMp3(file).samples();
        long granule = loudestGranule(before);
        // granule 100 decodes from itself and the two before it: all three turned down two steps (3 dB)
        assertTrue(GranuleGain.lower(file, Map.of(granule - 2, 2, granule - 1, 2, granule, 2)));
        float[] after = Signals.decodeMp3(file).samples();
        assertEquals(before.length, after.length);
        double factor = Math.pow(2, -2 / 4.0);
        double energyBefore = 0;
        double energyAfter = 0;
        for (int i = (int) granule * G; i < (granule + 1) * G; i++) {
            assertEquals(before[i] * factor, after[i], 3 / 32768.0, "sample " + i);
            energyBefore += before[i] * before[i];
            energyAfter += after[i] * after[i];
        }
        assertEquals(-2 * GranuleGain.STEP_DB, 10 * Math.log10(energyAfter / energyBefore), 0.05);
        // the output of a granule carries the two before it: outputs before granule - 2 and after granule + 2 stay
        int unchangedBefore = (int) (granule - 2) * G;
        assertArrayEquals(java.util.Arrays.copyOf(before, unchangedBefore), java.util.Arrays.copyOf(after, unchangedBefore));
        int unchangedFrom = (int) (granule + 3) * G;
        assertArrayEquals(java.util.Arrays.copyOfRange(before, unchangedFrom, before.length),
                java.util.Arrays.copyOfRange(after, unchangedFrom, after.length));
        int[] crcs = lameCrcs(Files.readAllBytes(file), rate);
        assertEquals(crcs[1], crcs[0], "audio CRC after the edit");
        assertEquals(crcs[3], crcs[2], "tag CRC after the edit");
    }

    private static long loudestGranule(float[] samples) {
        long loudest = 0;
        double most = -1;
        for (int g = 4; (g + 4) * G < samples.length; g++) {
            double energy = 0;
            for (int i = g * G; i < (g + 1) * G; i++) energy += samples[i] * samples[i];
            if (energy > most) {
                most = energy;
                loudest = g;
            }
        }
        return loudest;
    }

    @Test
    void framesItCannotEditAreLeftAlone() throws Exception {
        // at 32 kbps LAME writes MPEG-2 frames, which have one granule each and other side information
        Path file = encode("mpeg2.mp3", 44100, 32);
        byte[] before = Files.readAllBytes(file);
        assertFalse(GranuleGain.lower(file, Map.of(10L, 1)));
        assertArrayEquals(before, Files.readAllBytes(file));
        Path mpeg1 = encode("short.mp3", 44100, 64);
        byte[] whole = Files.readAllBytes(mpeg1);
        assertFalse(GranuleGain.lower(mpeg1, Map.of(1_000_000L, 1)), "a granule past the end");
        assertArrayEquals(whole, Files.readAllBytes(mpeg1));
    }
}
