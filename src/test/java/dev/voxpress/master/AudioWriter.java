package dev.voxpress.master;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.voxpress.AtomicOutput;
import dev.voxpress.speak.Pcm;

/**
 * Test fixture: joins engine audio and pauses into one file as it arrives, without mastering (resamples to the
 * output rate, encodes, and moves the file into place only when {@link #finish()} succeeds), for tests that need
 * a real MP3 or WAV quickly. {@link Master} is what voxpress narrates through (loudness, tags, timings).
 */
public final class AudioWriter implements AutoCloseable {
    /** The output sample rate: the one podcast apps and players handle best. */
    public static final int SAMPLE_RATE = 44100;
    public static final int DEFAULT_KBPS = 64;

    private final AtomicOutput output;
    private final AudioEncoder encoder;
    private Resampler resampler;
    private int pendingSilenceMillis;
    private long samplesOut;

    /** Opens a writer for {@code target}; the format comes from its extension. */
    public AudioWriter(Path target) throws IOException {
        this(target, DEFAULT_KBPS);
    }

    public AudioWriter(Path target, int kbps) throws IOException {
        OutputFormat format = OutputFormat.of(target);
        this.output = new AtomicOutput(target);
        this.encoder = format == OutputFormat.MP3 ? new Mp3Encoder(output.temp(), new byte[0], SAMPLE_RATE, kbps)
                : new WavEncoder(output.temp(), SAMPLE_RATE);
    }

    /** Seconds of audio written so far. */
    public double seconds() {
        return samplesOut / (double) SAMPLE_RATE;
    }

    /** Appends engine audio; a change of the engine's sample rate mid-stream is handled. */
    public void append(Pcm pcm) throws IOException {
        if (resampler != null && resampler.inRate() != pcm.sampleRate()) {
            emit(resampler.flush());
            resampler = null;
        }
        if (resampler == null) resampler = new Resampler(pcm.sampleRate(), SAMPLE_RATE);
        if (pendingSilenceMillis > 0) {
            int millis = pendingSilenceMillis;
            pendingSilenceMillis = 0;
            appendSilence(millis);
        }
        emit(resampler.process(pcm.samples(), 0, pcm.samples().length));
    }

    /** Appends silence. */
    public void appendSilence(int millis) throws IOException {
        if (resampler == null) {
            pendingSilenceMillis += millis;
            return;
        }
        int n = (int) ((long) millis * resampler.inRate() / 1000);
        emit(resampler.process(new float[n], 0, n));
    }

    private void emit(float[] samples) throws IOException {
        encoder.write(samples, 0, samples.length);
        samplesOut += samples.length;
    }

    /** Completes the file and moves it into place. */
    public AudioFile finish() throws IOException {
        if (resampler != null) emit(resampler.flush());
        if (pendingSilenceMillis > 0) {
            int n = (int) ((long) pendingSilenceMillis * SAMPLE_RATE / 1000);
            emit(new float[n]);
        }
        encoder.finish();
        encoder.close();
        long bytes = Files.size(output.temp());
        output.commit();
        return new AudioFile(output.target(), seconds(), bytes);
    }

    /** Releases the encoder and removes the unfinished file, if {@link #finish()} did not complete. */
    @Override
    public void close() throws IOException {
        try {
            encoder.close();
            } catch (IOException | UncheckedIOException e) {
            // The temporary file is deleted below; a failure to close it changes nothing for the user.
        }
        output.close();
    }
}
