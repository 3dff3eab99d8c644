package dev.voxpress.master;

import java.io.IOException;
import java.io.OutputStream;

import javax.sound.sampled.AudioFormat;

import de.sciss.jump3r.lowlevel.LameEncoder;

/** MP3 in pure Java with jump3r (a port of LAME): mono, constant bit rate. */
public final class Mp3Encoder implements AudioEncoder {
    /** MPEG-1 layer III sample rates. */
    public static final int[] SAMPLE_RATES = {32000, 44100, 48000};

    private final OutputStream out;
    private final int sampleRate;
    private final LameEncoder lame;
    private final byte[] pcm;
    private final byte[] mp3;
    private int pcmFill;

    /**
     * @param out        where the MP3 goes; not closed by this encoder
     * @param sampleRate one of {@link #SAMPLE_RATES}
     * @param kbps       constant bit rate, such as 64
     */
    public Mp3Encoder(OutputStream out, int sampleRate, int kbps) {
        this.out = out;
        this.sampleRate = sampleRate;
        AudioFormat source = new AudioFormat(sampleRate, 16, 1, true, false);
        this.lame = new LameEncoder(source, kbps, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        this.pcm = new byte[lame.getPCMBufferSize()];
        this.mp3 = new byte[lame.getMP3BufferSize()];
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
        out.write(mp3, 0, n);
        pcmFill = 0;
    }

    @Override
    public void finish() throws IOException {
        if (pcmFill > 0) encodePending();
        int n = lame.encodeFinish(mp3);
        if (n > 0) out.write(mp3, 0, n);
        out.flush();
    }

    @Override
    public void close() {
        lame.close();
    }
}
