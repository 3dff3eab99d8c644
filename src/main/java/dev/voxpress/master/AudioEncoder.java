package dev.voxpress.master;

import java.io.IOException;

/** Encodes a stream of mono float samples into a file format. */
public interface AudioEncoder extends AutoCloseable {
    /** The sample rate the encoder expects. */
    int sampleRate();

    /** Encodes samples in [-1, 1]; louder ones are clipped. */
    void write(float[] samples, int offset, int length) throws IOException;

    /** Writes what is buffered and the format's trailer; the file is complete afterwards. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;

    /** Converts a float sample to 16-bit, clipping. */
    static short toPcm16(float sample) {
        float scaled = sample * 32767f;
        if (scaled >= 32767f) return 32767;
        if (scaled <= -32768f) return -32768;
        return (short) Math.round(scaled);
    }
}
