package dev.voxpress.speak;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/** Reads the audio that hosted speech services answer: WAV, raw 16-bit little-endian PCM, MP3, or JSON with base64 PCM. */
final class NeuralAudio {
    /** Seconds kept before the first and after the last aligned character. */
    static final double ALIGNMENT_GUARD_SECONDS = 0.02;

    private NeuralAudio() {
    }

    /**
     * A 16-bit PCM WAV file, mixed down to mono. Read by hand rather than with javax.sound: services that stream
     * their answer write 0xFFFFFFFF (or 0) as the RIFF and data sizes, meaning "to the end"; a real size that the
     * body falls short of is a truncated answer.
     */
    static Pcm wav(HttpResponse<byte[]> response) throws HttpAttempt.Failure {
        ByteBuffer in = ByteBuffer.wrap(response.body()).order(ByteOrder.LITTLE_ENDIAN);
        if (in.remaining() < 12 || in.getInt(0) != 0x46464952 /* RIFF */ || in.getInt(8) != 0x45564157 /* WAVE */) {
            throw notAudio(response, "a WAV file");
        }
        in.position(12);
        int channels = 0;
        int rate = 0;
        while (in.remaining() >= 8) {
            int id = in.getInt();
            long size = in.getInt() & 0xffffffffL;
            if (id == 0x20746d66 /* "fmt " */) {
                if (size < 16 || in.remaining() < 16) throw notAudio(response, "a WAV file");
                int format = in.getShort(in.position()) & 0xffff;
                channels = in.getShort(in.position() + 2) & 0xffff;
                rate = in.getInt(in.position() + 4);
                int bits = in.getShort(in.position() + 14) & 0xffff;
                boolean pcm = format == 1 || (format == 0xfffe && size >= 40
                        && (in.getShort(in.position() + 24) & 0xffff) == 1);
                if (!pcm || bits != 16 || channels < 1 || rate <= 0) {
                    throw new HttpAttempt.Failure("answered WAV audio in an unexpected format (format " + format + ", "
                            + bits + " bits, " + channels + " channels); expected 16-bit PCM", false);
                }
            } else if (id == 0x61746164 /* data */) {
                if (rate == 0) throw notAudio(response, "a WAV file");
                boolean toTheEnd = size == 0 || size == 0xffffffffL;
                if (!toTheEnd && size > in.remaining()) {
                    throw new HttpAttempt.Failure("answered a truncated WAV file: " + in.remaining() + " of " + size
                            + " bytes of audio", true);
                }
                int length = toTheEnd ? in.remaining() : (int) size;
                length -= length % (2 * channels);
                byte[] bytes = new byte[length];
                in.get(bytes);
                return mono(bytes, length, rate, channels, false);
            }
            if (size > in.remaining()) break;
            in.position(in.position() + (int) size + (int) (size & 1));
        }
        if (rate == 0) throw notAudio(response, "a WAV file");
        throw new HttpAttempt.Failure("answered a truncated WAV file: no audio data", true);
    }

    /** Raw 16-bit signed little-endian mono PCM at {@code sampleRate}. */
    static Pcm pcm(HttpResponse<byte[]> response, int sampleRate) throws HttpAttempt.Failure {
        byte[] body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json") || type.startsWith("text/")) throw notAudio(response, "raw PCM");
        if (body.length % 2 != 0) {
            throw new HttpAttempt.Failure("answered an odd number of bytes of 16-bit PCM (" + body.length + "): truncated", true);
        }
        return Pcm.fromPcm16(body, body.length, sampleRate, false);
    }

    /**
     * ElevenLabs' answer with timestamps: JSON with the audio as base64 raw 16-bit little-endian mono PCM at
     * {@code sampleRate}, and {@code alignment}: the characters with the seconds each starts and ends. The audio is
     * cut to the span from the first spoken character's start to the last one's end, with
     * {@value #ALIGNMENT_GUARD_SECONDS} s kept on each side for the breath and release the alignment does not
     * cover; so the sentence's cue spans its words, and the pause after it is the script's alone. Without an
     * alignment (a text with nothing to say) the audio is kept whole.
     */
    static Pcm timestamped(HttpResponse<byte[]> response, int sampleRate) throws HttpAttempt.Failure {
        JsonNode json;
        byte[] bytes;
        try {
            json = NeuralHttp.Json.MAPPER.readTree(response.body());
            bytes = Base64.getDecoder().decode(json.path("audio_base64").asText(""));
        } catch (IOException | IllegalArgumentException e) {
            throw notAudio(response, "JSON with audio_base64");
        }
        if (bytes.length == 0 || bytes.length % 2 != 0) throw notAudio(response, "JSON with 16-bit PCM in audio_base64");
        Pcm audio = Pcm.fromPcm16(bytes, bytes.length, sampleRate, false);
        JsonNode alignment = json.path("alignment");
        JsonNode characters = alignment.path("characters");
        JsonNode starts = alignment.path("character_start_times_seconds");
        JsonNode ends = alignment.path("character_end_times_seconds");
        int first = -1;
        int last = -1;
        for (int i = 0; i < characters.size() && i < starts.size() && i < ends.size(); i++) {
            if (characters.get(i).asText().isBlank()) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return audio;
        int n = audio.samples().length;
        int from = (int) Math.max(0, Math.floor((starts.get(first).asDouble() - ALIGNMENT_GUARD_SECONDS) * sampleRate));
        int to = (int) Math.min(n, Math.ceil((ends.get(last).asDouble() + ALIGNMENT_GUARD_SECONDS) * sampleRate));
        if (to <= from) return audio;
        return new Pcm(sampleRate, Arrays.copyOfRange(audio.samples(), from, to));
    }

    /** An MP3 file, decoded with JLayer and mixed down to mono. */
    static Pcm mp3(HttpResponse<byte[]> response) throws HttpAttempt.Failure {
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

    private static HttpAttempt.Failure notAudio(HttpResponse<byte[]> response, String expected) {
        String type = response.headers().firstValue("Content-Type").orElse("no content type");
        String summary = NeuralHttp.summary(response.body());
        return new HttpAttempt.Failure("answered something other than " + expected + " (" + type + ", "
                + response.body().length + " bytes" + (summary.isEmpty() ? "" : ": " + summary) + ")", true);
    }
}
