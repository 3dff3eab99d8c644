package dev.voxpress.master;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** 16-bit PCM mono WAV (RIFF); the header's sizes are filled in when the stream ends. */
public final class WavEncoder implements AudioEncoder {
    private static final int HEADER = 44;

    private final FileChannel channel;
    private final int sampleRate;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;

    public WavEncoder(Path file, int sampleRate) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.sampleRate = sampleRate;
        channel.position(HEADER);
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public void write(float[] samples, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (!buffer.hasRemaining()) flushBuffer();
            buffer.putShort(AudioEncoder.toPcm16(samples[i]));
        }
    }

    private void flushBuffer() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) dataBytes += channel.write(buffer);
        buffer.clear();
    }

    @Override
    public void finish() throws IOException {
        flushBuffer();
        if (dataBytes > 0xFFFFFFFFL - HEADER) throw new IOException("audio too long for a WAV file");
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) (36 + dataBytes))
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt((int) dataBytes);
        header.flip();
        channel.position(0);
        while (header.hasRemaining()) channel.write(header);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
