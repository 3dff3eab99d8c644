package dev.voxpress.master;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Audio kept on disk while an episode is mastered: a temporary file of 32-bit little-endian floats, appended to
 * through a buffer and read back in chunks, deleted when closed.
 */
final class FloatSpool implements AutoCloseable {
    private static final int BUFFER_SAMPLES = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer writeBuffer = ByteBuffer.allocate(BUFFER_SAMPLES * 4).order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer readBuffer = ByteBuffer.allocate(BUFFER_SAMPLES * 4).order(ByteOrder.LITTLE_ENDIAN);
    private long samples;

    /** Creates the file in the temporary folder, its name ending with {@code suffix}. */
    FloatSpool(String suffix) throws IOException {
        this.file = Files.createTempFile("voxpress-", suffix);
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** Appends {@code data[0 .. length)}. */
    void append(float[] data, int length) throws IOException {
        for (int done = 0; done < length; ) {
            if (!writeBuffer.hasRemaining()) flush();
            int k = Math.min(length - done, writeBuffer.remaining() / 4);
            writeBuffer.asFloatBuffer().put(data, done, k);
            writeBuffer.position(writeBuffer.position() + 4 * k);
            done += k;
        }
        samples += length;
    }

    /** Writes out what is buffered, so that {@link #read} sees every sample appended. */
    void flush() throws IOException {
        writeBuffer.flip();
        while (writeBuffer.hasRemaining()) channel.write(writeBuffer);
        writeBuffer.clear();
    }

    /** Empties the spool, to be written again from its start. */
    void clear() throws IOException {
        writeBuffer.clear();
        channel.truncate(0);
        samples = 0;
    }

    /** The samples appended since the spool was made or cleared. */
    long samples() {
        return samples;
    }

    /**
     * Reads up to {@code into.length} samples from sample {@code from} (of those flushed) into {@code into}; safe
     * from several threads (the halves of an MP3 are encoded side by side).
     *
     * @return how many were read: fewer than asked only at the end
     */
    synchronized int read(float[] into, long from) throws IOException {
        readBuffer.clear();
        readBuffer.limit((int) Math.min(Math.min(readBuffer.capacity(), 4L * into.length), 4 * (samples - from)));
        while (readBuffer.hasRemaining()) {
            int n = channel.read(readBuffer, 4 * from + readBuffer.position());
            if (n < 0) throw new IOException("audio spool ended early");
        }
        readBuffer.flip();
        int n = readBuffer.remaining() / 4;
        readBuffer.asFloatBuffer().get(into, 0, n);
        return n;
    }

    /** Closes and deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } catch (IOException | UncheckedIOException e) {
            // DELETE_ON_CLOSE removes it; nothing more to do
        }
        Files.deleteIfExists(file);
    }
}
