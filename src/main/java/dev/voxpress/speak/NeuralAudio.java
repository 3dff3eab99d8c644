package dev.voxpress.speak;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/** Reads the audio that hosted speech services answer: WAV, raw 16-bit little-endian PCM, or MP3. */
final class NeuralAudio {
    private NeuralAudio() {
    }

    /** A complete 16-bit PCM WAV file, mono or mixed down to mono. */
    static Pcm wav(HttpResponse<byte[]> response) throws NeuralHttp.Failure {
        byte[] body = response.body();
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(body))) {
            AudioFormat format = audio.getFormat();
            if (format.getSampleSizeInBits() != 16 || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
                throw new NeuralHttp.Failure("answered audio in an unexpected format: " + format, true);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            audio.transferTo(bytes);
            long promised = audio.getFrameLength() * format.getFrameSize();
            // OpenAI streams its WAV files with an unknown length in the header (0xFFFFFFFF): accept those.
            if (audio.getFrameLength() != AudioSystem.NOT_SPECIFIED && promised < Integer.MAX_VALUE
                    && bytes.size() < promised) {
                throw new NeuralHttp.Failure("answered a truncated WAV file: " + bytes.size() + " of " + promised
                        + " bytes of audio", true);
            }
            return mono(bytes.toByteArray(), bytes.size() - bytes.size() % format.getFrameSize(),
                    Math.round(format.getSampleRate()), format.getChannels(), format.isBigEndian());
        } catch (UnsupportedAudioFileException | IOException e) {
            throw notAudio(response, "a WAV file");
        }
    }

    /** Raw 16-bit signed little-endian mono PCM at {@code sampleRate}. */
    static Pcm pcm(HttpResponse<byte[]> response, int sampleRate) throws NeuralHttp.Failure {
        byte[] body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json") || type.startsWith("text/")) throw notAudio(response, "raw PCM");
        if (body.length % 2 != 0) {
            throw new NeuralHttp.Failure("answered an odd number of bytes of 16-bit PCM (" + body.length + "): truncated", true);
        }
        return Pcm.fromPcm16(body, body.length, sampleRate, false);
    }

    /** An MP3 file, decoded with JLayer and mixed down to mono. */
    static Pcm mp3(HttpResponse<byte[]> response) throws NeuralHttp.Failure {
        Bitstream stream = new Bitstream(new ByteArrayInputStream(response.body()));
        Decoder decoder = new Decoder();
        ByteArrayOutputStream samples = new ByteArrayOutputStream();
        int rate = 0;
        try {
            for (Header frame = stream.readFrame(); frame != null; frame = stream.readFrame()) {
                SampleBuffer buffer = (SampleBuffer) decoder.decodeFrame(frame, stream);
                rate = buffer.getSampleFrequency();
                int channels = buffer.getChannelCount();
                short[] pcm = buffer.getBuffer();
                for (int i = 0; i + channels - 1 < buffer.getBufferLength(); i += channels) {
                    int sum = 0;
                    for (int c = 0; c < channels; c++) sum += pcm[i + c];
                    int s = sum / channels;
                    samples.write(s & 0xff);
                    samples.write((s >> 8) & 0xff);
                }
                stream.closeFrame();
            }
        } catch (BitstreamException | DecoderException | RuntimeException e) {
            throw notAudio(response, "an MP3 file");
        }
        if (rate == 0) throw notAudio(response, "an MP3 file");
        byte[] bytes = samples.toByteArray();
        return Pcm.fromPcm16(bytes, bytes.length, rate, false);
    }

    private static Pcm mono(byte[] bytes, int length, int rate, int channels, boolean bigEndian) {
        Pcm interleaved = Pcm.fromPcm16(bytes, length, rate, bigEndian);
        if (channels == 1) return interleaved;
        float[] in = interleaved.samples();
        float[] out = new float[in.length / channels];
        for (int i = 0; i < out.length; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) sum += in[i * channels + c];
            out[i] = sum / channels;
        }
        return new Pcm(rate, out);
    }

    private static NeuralHttp.Failure notAudio(HttpResponse<byte[]> response, String expected) {
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        String summary = NeuralHttp.summary(response.body());
        return new NeuralHttp.Failure("answered something other than " + expected + " (" + type + ", "
                + response.body().length + " bytes" + (summary.isEmpty() ? "" : ": " + summary) + ")", true);
    }
}
