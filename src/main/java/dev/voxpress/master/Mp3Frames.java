package dev.voxpress.master;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The layout of the MP3 files {@link Mp3Encoder} writes, for the classes that edit them in place: MPEG-1 layer III
 * mono frames without CRC protection after an ID3v2 tag, the first of them an Info frame with a LAME tag (frame
 * and byte counts, seek table, encoder delay and padding, length, and the CRCs of the audio and of the tag).
 */
final class Mp3Frames {
    /** Samples per frame in MPEG-1 layer III. */
    static final int FRAME = 1152;
    /** Samples LAME puts before the audio (its encoder delay, written in the LAME tag). */
    static final int ENCODER_DELAY = 576;
    private static final int[] KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] RATES = {44100, 48000, 32000};
    /** Where the Info frame's "Info" sits: after the 4-byte header and a mono frame's 17 bytes of side information. */
    private static final int INFO = 4 + 17;

    private Mp3Frames() {
    }

    /** Where the first frame starts: after the ID3v2 tag, if there is one. */
    static int audioStart(ByteBuffer bytes) {
        if (bytes.limit() < 10 || bytes.get(0) != 'I' || bytes.get(1) != 'D' || bytes.get(2) != '3') return 0;
        int size = (bytes.get(6) & 0x7f) << 21 | (bytes.get(7) & 0x7f) << 14 | (bytes.get(8) & 0x7f) << 7
                | (bytes.get(9) & 0x7f);
        boolean footer = (bytes.get(5) & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /** A frame's length in bytes from its header, or -1 when it is not MPEG-1 layer III mono without CRC. */
    static int frameLength(int header) {
        int h = header;
        boolean mpeg1Layer3 = (h >>> 21) == 0x7ff && ((h >>> 19) & 3) == 3 && ((h >>> 17) & 3) == 1;
        boolean unprotectedMono = ((h >>> 16) & 1) == 1 && ((h >>> 6) & 3) == 3;
        int bitRate = (h >>> 12) & 15;
        int rate = (h >>> 10) & 3;
        if (!mpeg1Layer3 || !unprotectedMono || bitRate == 0 || bitRate == 15 || rate == 3) return -1;
        return 144_000 * KBPS[bitRate] / RATES[rate] + ((h >>> 9) & 1);
    }

    /**
     * Where the LAME tag of the Info frame at {@code first} starts, or -1 when there is none (or its CRC does not
     * check: then it is not one this class may rewrite).
     */
    static int lameTag(ByteBuffer bytes, int first) {
        int info = first + INFO;
        if (info + 8 > bytes.limit() || frameLength(bytes.getInt(first)) < 0) return -1;
        int id = bytes.getInt(info);
        if (id != 0x496e666f && id != 0x58696e67) return -1; // "Info", "Xing"
        int flags = bytes.getInt(info + 4);
        int lame = info + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0)
                + ((flags & 8) != 0 ? 4 : 0);
        if (lame + 36 > bytes.limit() || bytes.get(lame) != 'L') return -1;
        if (crc16(bytes, first, lame + 34) != (bytes.getShort(lame + 34) & 0xffff)) return -1;
        return lame;
    }

    /** The encoder's padding at the end of the stream, from the LAME tag at {@code lame}. */
    static int padding(ByteBuffer bytes, int lame) {
        return (bytes.getShort(lame + 22) & 0xffff) & 0xfff;
    }

    /**
     * Brings the Info frame of the file {@code bytes} up to date for the frames that follow it: frame and byte counts,
     * seek table, the encoder's padding at the end, the music length and the CRCs (the delay stays the first
     * stream's). The Info frame is edited in
     * {@code info}, a copy of the file's bytes from {@code first} on for the Info frame's length, for the caller to
     * write back; {@code bytes} is only read.
     */
    static void rewriteInfo(ByteBuffer bytes, ByteBuffer info, int first, int lame, int padding) {
        int frames = 0;
        for (int p = first + frameLength(bytes.getInt(first)); p + 4 <= bytes.limit(); frames++) {
            p += frameLength(bytes.getInt(p));
        }
        int total = bytes.limit() - first;
        info.putInt(INFO + 8, frames);
        info.putInt(INFO + 12, total);
        // seek table: for each percent of the duration, where its frame starts, in 256ths of the file
        int frame = 0;
        int p = first;
        for (int i = 0; i < 100; i++) {
            long wanted = (long) i * (frames + 1) / 100;
            while (frame < wanted) {
                p += frameLength(bytes.getInt(p));
                frame++;
            }
            info.put(INFO + 16 + i, (byte) Math.min(255, (long) (p - first) * 256 / total));
        }
        int tag = lame - first;
        // 12 bits of delay, then 12 of padding
        info.putShort(tag + 22, (short) (info.getShort(tag + 22) & 0xf000 | padding & 0xfff));
        info.putInt(tag + 28, total);
        updateCrcs(bytes, info, first, lame);
    }

    /**
     * Writes the LAME tag's CRC of the audio (the frames after the Info frame, read from {@code bytes}) and the tag's
     * own CRC again, into {@code info}, the Info frame's copy (see {@link #rewriteInfo}).
     */
    static void updateCrcs(ByteBuffer bytes, ByteBuffer info, int first, int lame) {
        int tag = lame - first;
        info.putShort(tag + 32, (short) crc16(bytes, first + info.limit(), bytes.limit()));
        info.putShort(tag + 34, (short) crc16(info, 0, tag + 34));
    }

    /**
     * {@code file} mapped read-only, to be read however long it is. Edits go through {@link #writeAt} instead of a
     * writable mapping, which would keep the file open for writing until the garbage collector freed it: its file
     * system could not be remounted read-only meanwhile.
     */
    static MappedByteBuffer mapReadOnly(Path file) throws IOException {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            return read.map(FileChannel.MapMode.READ_ONLY, 0, read.size());
        }
    }

    /** Writes {@code bytes}, from its start, into the channel's file at {@code at}, in place. */
    static void writeAt(FileChannel channel, long at, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) channel.write(bytes, at + bytes.position());
    }

    /** A copy of the Info frame of {@code bytes}, which starts at {@code first}, to edit and write back. */
    static ByteBuffer infoFrame(ByteBuffer bytes, int first) {
        ByteBuffer info = ByteBuffer.allocate(frameLength(bytes.getInt(first)));
        info.put(bytes.duplicate().position(first).limit(first + info.capacity()));
        return info.clear();
    }

    /** CRC-16 as LAME computes it for its tag (polynomial 0x8005, reflected, starting at 0), a byte at a time. */
    static int crc16(ByteBuffer bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) crc = (crc >>> 8) ^ CRC16[(crc ^ bytes.get(i)) & 0xff];
        return crc;
    }

    /** The CRC of each byte value: its eight shifts, done once. */
    private static final int[] CRC16 = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            int crc = b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
            CRC16[b] = crc;
        }
    }
}
