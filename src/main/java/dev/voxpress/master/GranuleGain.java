package dev.voxpress.master;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
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
        if (Files.size(file) > Integer.MAX_VALUE) return false;
        MappedByteBuffer bytes = Mp3Frames.mapReadOnly(file);
        int first = Mp3Frames.audioStart(bytes);
        int lame = Mp3Frames.lameTag(bytes, first);
        Map<Integer, byte[]> edits = edits(bytes, first, steps);
        if (edits == null) return false;
        try (FileChannel write = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (Map.Entry<Integer, byte[]> edit : edits.entrySet()) {
                Mp3Frames.writeAt(write, edit.getKey(), ByteBuffer.wrap(edit.getValue()));
            }
            if (lame >= 0) {
                MappedByteBuffer edited = Mp3Frames.mapReadOnly(file);
                ByteBuffer info = Mp3Frames.infoFrame(edited, first);
                Mp3Frames.updateCrcs(edited, info, first, lame);
                Mp3Frames.writeAt(write, first, info);
            }
            write.force(false);
        }
        return true;
    }

    /**
     * The bytes to write where the granules' gains change, by position in the file: two bytes for each (a gain
     * straddles a byte boundary); null where it cannot change them all.
     */
    private static Map<Integer, byte[]> edits(ByteBuffer bytes, int first, Map<Long, Integer> steps) {
        Map<Long, Integer> bits = new TreeMap<>();
        long frame = 0;
        for (int p = first; p + 4 <= bytes.limit(); frame++) {
            int length = Mp3Frames.frameLength(bytes.getInt(p));
            if (length < 0) return null;
            if (p + length > bytes.limit()) break;
            for (int granule = 0; granule < 2; granule++) {
                Integer down = steps.get(2 * frame + granule);
                if (down == null) continue;
                int bit = (p + 4) * 8 + GLOBAL_GAIN_BITS[granule];
                if (readByte(bytes, bit) < down) return null;
                bits.put(2 * frame + granule, bit);
            }
            p += length;
        }
        if (bits.size() != steps.size()) return null;
        Map<Integer, byte[]> edits = new TreeMap<>();
        for (Map.Entry<Long, Integer> e : bits.entrySet()) {
            int bit = e.getValue();
            ByteBuffer pair = ByteBuffer.allocate(2).putShort(0, bytes.getShort(bit / 8));
            writeByte(pair, bit % 8, readByte(bytes, bit) - steps.get(e.getKey()));
            edits.put(bit / 8, pair.array());
        }
        return edits;
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
