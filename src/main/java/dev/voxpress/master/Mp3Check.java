package dev.voxpress.master;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * Measures an MP3 as a listener hears it: decodes it with JLayer (independent of the encoder) and measures the
 * loudness and true peak of the decoded audio, streaming, and where it goes over a ceiling. Mastering checks each
 * MP3 with it, {@linkplain #beside beside the encode}, and mends the places that go over ({@link GranuleGain});
 * {@code Mp3MarginBench} measures files with it.
 */
final class Mp3Check implements AutoCloseable {
    /** Chunks of encoded bytes queued for the decoding thread at most: bounds memory when it falls behind. */
    private static final int QUEUED = 64;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Beside<Result> decoding;
    private final OutputStream encoded = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) put(Arrays.copyOfRange(b, off, off + len));
        }
    };
    private boolean ended;

    /**
     * The decoded audio's loudness, and the granules (576 samples each, counted from the first frame) where its
     * true peak goes over the ceiling, with how far, in dB.
     */
    record Result(Loudness loudness, SortedMap<Long, Double> over) {
    }

    private Mp3Check(double ceilingDbtp) {
        Chunks chunks = new Chunks();
        this.decoding = new Beside<>("voxpress-mp3-check", () -> {
            try {
                return measure(chunks, ceilingDbtp);
            } finally {
                chunks.drain();
            }
        });
    }

    /**
     * A check that decodes on its own thread what is written to {@link #encoded()}, as it is written, so that the
     * decode runs beside the encode; {@link #result()} waits for it and tells where the audio goes over
     * {@code ceilingDbtp}.
     */
    static Mp3Check beside(double ceilingDbtp) {
        return new Mp3Check(ceilingDbtp);
    }

    /** Where the encoder writes the MP3 frames, as it writes them to the file. */
    OutputStream encoded() {
        return encoded;
    }

    /**
     * Where a second encoder, writing {@code file} at the same time, writes the stream that follows the one written
     * to {@link #encoded()}: its first frame (the Info frame it reserves) is left out, and the rest waits in the
     * file until {@link Following#follow()}, called once the first stream is complete, then is passed on as it
     * comes. The encoder must write each piece to the file before it writes it here.
     */
    Following following(Path file) {
        return new Following(file);
    }

    /** The stream that follows the first; see {@link #following(Path)}. */
    final class Following extends OutputStream {
        private final Path file;
        private final byte[] header = new byte[4];
        /** Bytes written so far. */
        private long position;
        private int infoFrame = -1;
        private boolean following;

        private Following(Path file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            int from = off;
            int end = off + len;
            while (position < header.length && from < end) header[(int) position++] = b[from++];
            if (position < header.length) return;
            if (infoFrame < 0) {
                infoFrame = Mp3Frames.frameLength(ByteBuffer.wrap(header).getInt());
                if (infoFrame < 0) throw new IOException("the second MP3 stream does not start with an MPEG-1 frame");
            }
            int skip = (int) Math.max(0, Math.min(end - from, infoFrame - position));
            from += skip;
            position += skip + (end - from);
            if (following && from < end) put(Arrays.copyOfRange(b, from, end));
        }

        /** The first stream is complete: what the file holds so far, and all that comes after it, goes on. */
        synchronized void follow() throws IOException {
            following = true;
            if (infoFrame < 0 || position <= infoFrame) return;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                for (long at = infoFrame; at < position; ) {
                    ByteBuffer piece = ByteBuffer.allocate((int) Math.min(1 << 16, position - at));
                    while (piece.hasRemaining()) {
                        if (channel.read(piece, at + piece.position()) < 0) {
                            throw new IOException("the second MP3 stream ended early");
                        }
                    }
                    put(piece.array());
                    at += piece.capacity();
                }
            }
        }
    }

    /** Ends the stream and returns what the decoded audio measures. */
    Result result() throws IOException {
        end();
        return decoding.join("checking the MP3", "cannot decode the MP3 just written");
    }

    /** Ends the stream, so that the decoding thread finishes; what it found is dropped unless asked for. */
    @Override
    public void close() throws IOException {
        end();
    }

    private void end() throws IOException {
        if (ended) return;
        ended = true;
        put(END);
    }

    private void put(byte[] chunk) throws IOException {
        if (ended && chunk != END) throw new IOException("the MP3 check has ended");
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while checking the MP3");
        }
    }

    /** The queued chunks as a stream, for the decoding thread. */
    private final class Chunks extends InputStream {
        private byte[] chunk = new byte[0];
        private int position;
        private boolean atEnd;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (position == chunk.length) {
                if (atEnd || !next()) return -1;
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }

        private boolean next() throws InterruptedIOException {
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted while checking the MP3");
            }
            position = 0;
            atEnd = chunk == END;
            return !atEnd;
        }

        /** Takes what is still queued, up to the end, so that the writer never waits on a decoder that stopped. */
        void drain() {
            try {
                while (!atEnd) atEnd = queue.take() == END;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Decodes and measures an MP3 file. */
    static Loudness measure(Path file) throws IOException {
        return measure(file, 0.0).loudness();
    }

    /** Decodes and measures an MP3 file, and finds where it goes over {@code ceilingDbtp}. */
    static Result measure(Path file, double ceilingDbtp) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return measure(in, ceilingDbtp);
        }
    }

    /** Measures at the rate the frames give: below 48 kbps LAME encodes at half the rate it was given. */
    private static Result measure(InputStream stream, double ceilingDbtp) throws IOException {
        LoudnessMeter meter = null;
        float ceiling = (float) Loudness.linear(ceilingDbtp);
        SortedMap<Long, Double> over = new TreeMap<>();
        long decoded = 0;
        float[] samples = new float[1152 * 2];
        float[] peaks = new float[samples.length];
        try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
            Bitstream bits = new Bitstream(in);
            Decoder decoder = new Decoder();
            Header header;
            while ((header = bits.readFrame()) != null) {
                if (meter == null) meter = new LoudnessMeter(header.frequency());
                SampleBuffer buffer = (SampleBuffer) decoder.decodeFrame(header, bits);
                int channels = buffer.getChannelCount();
                short[] s = buffer.getBuffer();
                int n = buffer.getBufferLength() / channels;
                if (n > samples.length) {
                    samples = new float[n];
                    peaks = new float[n];
                }
                for (int i = 0; i < n; i++) samples[i] = s[i * channels] / 32768f;
                meter.accept(samples, 0, n, peaks, ceiling);
                for (int i = 0; i < n; i++) {
                    if (peaks[i] <= ceiling) continue;
                    long at = decoded + i - TruePeak.LATENCY;
                    over.merge(at / GranuleGain.GRANULE, Loudness.db(peaks[i]) - ceilingDbtp, Math::max);
                }
                decoded += n;
                bits.closeFrame();
            }
        } catch (BitstreamException | DecoderException e) {
            throw new IOException("cannot decode the MP3 just written: " + e.getMessage(), e);
        }
        if (meter == null) throw new IOException("the MP3 just written has no frames");
        return new Result(meter.result(), over);
    }
}
