package dev.voxpress.master;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;

/**
 * MP3 in pure Java with jump3r (a port of LAME 3.98): mono, constant bit rate, with a LAME "Info" header frame
 * (frame count, byte count, seek table, encoder delay and padding) so that players show the exact duration, seek
 * correctly and play gaplessly.
 *
 * <p>jump3r reserves the header frame at the start of the stream but, unlike the LAME command line, its
 * {@link LameEncoder} facade never fills it in; this class writes it over the reserved frame once the stream is
 * complete, using jump3r's own {@code VBRTag.getLameTagFrame}.
 */
public final class Mp3Encoder implements AudioEncoder {
    /** MPEG-1 layer III sample rates. */
    public static final int[] SAMPLE_RATES = {32000, 44100, 48000};

    private final FileChannel channel;
    private final long audioStart;
    private final int sampleRate;
    private final LameEncoder lame;
    private final byte[] pcm;
    private final byte[] mp3;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 16);
    /** Also gets the audio frames as written; null for none. */
    private final OutputStream frames;
    private int pcmFill;
    private boolean closed;

    /**
     * Creates (or truncates) {@code file} and writes {@code prefix} (an ID3v2 tag, or nothing) before the audio.
     *
     * @param sampleRate one of {@link #SAMPLE_RATES}
     * @param kbps       constant bit rate, such as 64
     */
    public Mp3Encoder(Path file, byte[] prefix, int sampleRate, int kbps) throws IOException {
        this(file, prefix, sampleRate, kbps, null);
    }

    /**
     * An encoder that also writes every audio frame to {@code frames} once it has written it to the file (the Info frame as
     * first reserved, a frame of silence, not as filled in by {@link #finish()}); null for none.
     */
    public Mp3Encoder(Path file, byte[] prefix, int sampleRate, int kbps, OutputStream frames) throws IOException {
        this.sampleRate = sampleRate;
        AudioFormat source = new AudioFormat(sampleRate, 16, 1, true, false);
        this.lame = new LameEncoder(source, kbps, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        this.pcm = new byte[lame.getPCMBufferSize()];
        this.mp3 = new byte[lame.getMP3BufferSize()];
        skipReplayGain(lame);
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.frames = frames;
        ByteBuffer tag = ByteBuffer.wrap(prefix);
        while (tag.hasRemaining()) channel.write(tag);
        this.audioStart = prefix.length;
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public void write(float[] samples, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            short s = AudioEncoder.toPcm16(samples[i]);
            pcm[pcmFill++] = (byte) s;
            pcm[pcmFill++] = (byte) (s >> 8);
            if (pcmFill == pcm.length) encodePending();
        }
    }

    private void encodePending() throws IOException {
        int n = lame.encodeBuffer(pcm, 0, pcmFill, mp3);
        if (n < 0) throw new IOException("MP3 encoder failed (" + n + ")");
        buffer(mp3, n);
        pcmFill = 0;
    }

    private void buffer(byte[] bytes, int n) throws IOException {
        if (n > out.remaining()) drain();
        if (n > out.remaining()) {
            write(ByteBuffer.wrap(bytes, 0, n));
        } else {
            out.put(bytes, 0, n);
        }
    }

    private void drain() throws IOException {
        out.flip();
        write(out);
        out.clear();
    }

    /** Writes to the file, then to {@code frames}: what {@code frames} has seen is always in the file. */
    private void write(ByteBuffer buffer) throws IOException {
        int from = buffer.position();
        while (buffer.hasRemaining()) channel.write(buffer);
        if (frames != null) frames.write(buffer.array(), buffer.arrayOffset() + from, buffer.position() - from);
    }

    @Override
    public void finish() throws IOException {
        if (pcmFill > 0) encodePending();
        int n = lame.encodeFinish(mp3);
        if (n > 0) buffer(mp3, n);
        drain();
        if (reservedInfoFrame()) channel.write(ByteBuffer.wrap(lameTagFrame()), audioStart);
        channel.force(false);
    }

    /**
     * Where LAME starts to cut high frequencies for this rate and bit rate, in Hz (16.5 kHz at 64 kbps,
     * 44.1 kHz). Mastering band-limits the audio below it first, so that the loudness and the peaks it measures
     * are those of what the encoder keeps.
     */
    public static double lowpassHz(int sampleRate, int kbps) {
        LameEncoder lame = new LameEncoder(new AudioFormat(sampleRate, 16, 1, true, false), kbps,
                LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        try {
            Object gfp = gfp(lame);
            Object internal = gfp.getClass().getField("internal_flags").get(gfp);
            float lowpass1 = internal.getClass().getField("lowpass1").getFloat(internal);
            int outRate = gfp.getClass().getField("out_samplerate").getInt(gfp);
            double hz = lowpass1 * outRate / 2.0;
            return hz > 0 ? hz : sampleRate / 2.0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return sampleRate / 2.0;
        } finally {
            lame.close();
        }
    }

    /**
     * Turns off LAME's ReplayGain analysis: the episode is already loudness-normalized, and a ReplayGain value in
     * the Info frame (computed by a different method) would tell players that honour it to change its level.
     */
    private static void skipReplayGain(LameEncoder lame) throws IOException {
        try {
            Object gfp = gfp(lame);
            Object internal = gfp.getClass().getField("internal_flags").get(gfp);
            internal.getClass().getField("findReplayGain").setBoolean(internal, false);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot configure the MP3 encoder with this jump3r version: " + e, e);
        }
    }

    /**
     * Whether the encoder reserved a frame for the Info frame at the start of the stream. Like LAME, it does not
     * when one frame is too small to hold it: MPEG-2 sample rates at 48 kbps and under (at 32 kbps LAME encodes at
     * 22.05 kHz, in 104-byte frames).
     * Such a stream is plain CBR, which players time by its size.
     */
    private boolean reservedInfoFrame() throws IOException {
        try {
            Object gfp = gfp(lame);
            return gfp.getClass().getField("bWriteVbrTag").getBoolean(gfp);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot read the MP3 encoder's settings with this jump3r version: " + e, e);
        }
    }

    /**
     * Whether the stream is MPEG-1 at the rate it is given, with an Info frame: frames of 1152 of the input's
     * samples, the layout that {@link GranuleGain} edits and that lets two encoders take a half each.
     */
    boolean mpeg1AtInputRate() throws IOException {
        try {
            Object gfp = gfp(lame);
            int outRate = gfp.getClass().getField("out_samplerate").getInt(gfp);
            return outRate == sampleRate && outRate >= 32000 && reservedInfoFrame();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot read the MP3 encoder's settings with this jump3r version: " + e, e);
        }
    }

    /** jump3r's Info frame for the stream just encoded; its size is that of the frame it reserved. */
    private byte[] lameTagFrame() throws IOException {
        try {
            Field vbrField = LameEncoder.class.getDeclaredField("vbr");
            vbrField.setAccessible(true);
            Object gfp = gfp(lame);
            Object vbr = vbrField.get(lame);
            Method get = vbr.getClass().getMethod("getLameTagFrame", gfp.getClass(), byte[].class);
            byte[] frame = new byte[2880];
            int n = (Integer) get.invoke(vbr, gfp, frame);
            if (n <= 0 || n > frame.length) throw new IOException("MP3 encoder gave no Info frame (" + n + ")");
            return java.util.Arrays.copyOf(frame, n);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot write the MP3 Info frame with this jump3r version: " + e, e);
        }
    }

    /** jump3r's global flags of an encoder, which its facade keeps private: the settings this class reads and sets. */
    private static Object gfp(LameEncoder lame) throws ReflectiveOperationException {
        Field gfp = LameEncoder.class.getDeclaredField("gfp");
        gfp.setAccessible(true);
        return gfp.get(lame);
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        lame.close();
        channel.close();
    }
}
