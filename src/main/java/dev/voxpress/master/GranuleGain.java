package dev.voxpress.master;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns down chosen granules of a finished MP3 without encoding it again, the way mp3gain turns down a whole file:
 * a granule's {@code global_gain}, in the frame's side information, scales all of its decoded audio, by
 * {@value #STEP_DB} dB per step, and changing it changes no bit count. Mastering uses it where the decoded file's
 * true peak goes over the ceiling at a few places, instead of encoding the whole episode again with the limiter
 * lowered. The decoder's overlap of neighbouring granules makes the change a smooth dip of a few tens of
 * milliseconds, as a limiter's would be. The LAME tag's CRCs (of the audio and of the tag) are brought up to date.
 *
 * <p>Edits MPEG-1 layer III mono frames without CRC protection, which is what {@link Mp3Encoder} writes at 44.1
 * and 48 kHz; anything else is left alone.
 */
final class GranuleGain {
    /** What one step of {@code global_gain} does to the level: a factor of 2^(-1/4). */
    static final double STEP_DB = 1.505149978;
    /** Samples per granule in MPEG-1 layer III. */
    static final int GRANULE = 576;
    /** Where each granule's {@code global_gain} starts in a mono MPEG-1 frame's side information, in bits. */
    private static final int[] GLOBAL_GAIN_BITS = {18 + 21, 18 + 59 + 21};
    private static final int[] KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] RATES = {44100, 48000, 32000};

    private GranuleGain() {
    }

    /**
     * Lowers the {@code global_gain} of granules of {@code file}, counted from the first frame after the ID3 tag (the
     * Info frame's two are 0 and 1), by the steps given for each.
     *
     * @return false, with the file unchanged, when its frames are not ones this class edits or a granule's gain is
     *         too low to lower
     */
    static boolean lower(Path file, Map<Long, Integer> steps) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            if (channel.size() > Integer.MAX_VALUE) return false;
            // mapped, not read into the heap: an episode of many hours is hundreds of megabytes
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size());
            int first = audioStart(bytes);
            if (!edit(bytes, first, steps)) return false;
            updateLameTag(bytes, first);
            bytes.force();
            return true;
        }
    }

    /** Changes the granules' gains in {@code bytes}; false (and nothing changed) where it cannot. */
    private static boolean edit(ByteBuffer bytes, int first, Map<Long, Integer> steps) {
        Map<Long, Integer> bits = new TreeMap<>();
        long frame = 0;
        for (int p = first; p + 4 <= bytes.limit(); frame++) {
            int length = frameLength(bytes.getInt(p));
            if (length < 0) return false;
            if (p + length > bytes.limit()) break;
            for (int granule = 0; granule < 2; granule++) {
                Integer down = steps.get(2 * frame + granule);
                if (down == null) continue;
                int bit = (p + 4) * 8 + GLOBAL_GAIN_BITS[granule];
                if (readByte(bytes, bit) < down) return false;
                bits.put(2 * frame + granule, bit);
            }
            p += length;
        }
        if (bits.size() != steps.size()) return false;
        for (Map.Entry<Long, Integer> e : bits.entrySet()) {
            writeByte(bytes, e.getValue(), readByte(bytes, e.getValue()) - steps.get(e.getKey()));
        }
        return true;
    }

    /** A frame's length in bytes from its header, or -1 when it is not MPEG-1 layer III mono without CRC. */
    private static int frameLength(int h) {
        boolean mpeg1Layer3 = (h >>> 21) == 0x7ff && ((h >>> 19) & 3) == 3 && ((h >>> 17) & 3) == 1;
        boolean unprotectedMono = ((h >>> 16) & 1) == 1 && ((h >>> 6) & 3) == 3;
        int bitRate = (h >>> 12) & 15;
        int rate = (h >>> 10) & 3;
        if (!mpeg1Layer3 || !unprotectedMono || bitRate == 0 || bitRate == 15 || rate == 3) return -1;
        return 144_000 * KBPS[bitRate] / RATES[rate] + ((h >>> 9) & 1);
    }

    /** Where the first frame starts: after the ID3v2 tag, if there is one. */
    private static int audioStart(ByteBuffer bytes) {
        if (bytes.limit() < 10 || bytes.get(0) != 'I' || bytes.get(1) != 'D' || bytes.get(2) != '3') return 0;
        int size = (bytes.get(6) & 0x7f) << 21 | (bytes.get(7) & 0x7f) << 14 | (bytes.get(8) & 0x7f) << 7
                | (bytes.get(9) & 0x7f);
        boolean footer = (bytes.get(5) & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /**
     * Writes the LAME tag's CRC of the audio (the frames after the Info frame) and its own CRC again, when the
     * first frame is an Info frame with a LAME tag whose CRCs check.
     */
    private static void updateLameTag(ByteBuffer bytes, int first) {
        int info = first + 4 + 17;
        if (info + 8 > bytes.limit() || frameLength(bytes.getInt(first)) < 0) return;
        int id = bytes.getInt(info);
        if (id != 0x496e666f && id != 0x58696e67) return; // "Info", "Xing"
        int flags = bytes.getInt(info + 4);
        int lame = info + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0)
                + ((flags & 8) != 0 ? 4 : 0);
        if (lame + 36 > bytes.limit() || bytes.get(lame) != 'L') return;
        if (crc16(bytes, first, lame + 34) != (bytes.getShort(lame + 34) & 0xffff)) return;
        bytes.putShort(lame + 32, (short) crc16(bytes, first + frameLength(bytes.getInt(first)), bytes.limit()));
        bytes.putShort(lame + 34, (short) crc16(bytes, first, lame + 34));
    }

    /** CRC-16 as LAME computes it for its tag (polynomial 0x8005, reflected, starting at 0). */
    static int crc16(ByteBuffer bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= bytes.get(i) & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
        }
        return crc;
    }

    /** The 8 bits from bit {@code bit} of the buffer on. */
    private static int readByte(ByteBuffer bytes, int bit) {
        return (bytes.getShort(bit / 8) & 0xffff) >>> (8 - bit % 8) & 0xff;
    }

    private static void writeByte(ByteBuffer bytes, int bit, int value) {
        int shift = 8 - bit % 8;
        int both = bytes.getShort(bit / 8) & 0xffff;
        bytes.putShort(bit / 8, (short) (both & ~(0xff << shift) | (value & 0xff) << shift));
    }
}
