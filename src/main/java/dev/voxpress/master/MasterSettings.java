package dev.voxpress.master;

import java.util.Arrays;

/**
 * How episodes are mastered.
 *
 * @param targetLufs   integrated loudness to normalize to (-16 LUFS, the usual podcast target)
 * @param truePeakDbtp the highest true peak allowed in the file (-1 dBTP)
 * @param kbps         MP3 bit rate, constant (64 kbps: plenty for mono speech)
 * @param sampleRate   output sample rate; MP3 needs one of {@link Mp3Encoder#SAMPLE_RATES}. 32 kHz by default: at
 *                     64 kbps mono the encoder keeps speech up to 15.6 kHz at 32 kHz and 16.5 kHz at 44.1 kHz, so
 *                     the band is nearly the same, while every stage after synthesis (resampling, limiter, true
 *                     peak, loudness, encoder, decode check) handles 27% fewer samples
 * @param artist       what the ID3 artist (TPE1) names: the article's author or the voice
 */
public record MasterSettings(double targetLufs, double truePeakDbtp, int kbps, int sampleRate, Artist artist) {
    /** The MP3 bit rates allowed for MPEG-1 layer III. */
    public static final int[] MP3_BITRATES = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};

    /** -16 LUFS, -1 dBTP, 64 kbps, 32 kHz, author as artist. */
    public static final MasterSettings DEFAULTS = new MasterSettings(-16.0, -1.0, 64, 32000, Artist.AUTHOR);

    /** Who the ID3 artist is. */
    public enum Artist { AUTHOR, VOICE }

    public MasterSettings {
        if (!(targetLufs < 0 && targetLufs >= -70)) throw new IllegalArgumentException("target loudness must be between -70 and 0 LUFS");
        if (!(truePeakDbtp <= 0 && truePeakDbtp >= -20)) throw new IllegalArgumentException("true peak ceiling must be between -20 and 0 dBTP");
        if (Arrays.stream(MP3_BITRATES).noneMatch(b -> b == kbps)) {
            throw new IllegalArgumentException("MP3 bit rate must be one of " + Arrays.toString(MP3_BITRATES) + " kbps");
        }
        if (Arrays.stream(Mp3Encoder.SAMPLE_RATES).noneMatch(r -> r == sampleRate)) {
            throw new IllegalArgumentException("sample rate must be one of " + Arrays.toString(Mp3Encoder.SAMPLE_RATES));
        }
        if (artist == null) artist = Artist.AUTHOR;
    }

    public MasterSettings withTargetLufs(double lufs) {
        return new MasterSettings(lufs, truePeakDbtp, kbps, sampleRate, artist);
    }

    public MasterSettings withTruePeak(double dbtp) {
        return new MasterSettings(targetLufs, dbtp, kbps, sampleRate, artist);
    }

    public MasterSettings withKbps(int rate) {
        return new MasterSettings(targetLufs, truePeakDbtp, rate, sampleRate, artist);
    }

    public MasterSettings withSampleRate(int rate) {
        return new MasterSettings(targetLufs, truePeakDbtp, kbps, rate, artist);
    }

    public MasterSettings withArtist(Artist who) {
        return new MasterSettings(targetLufs, truePeakDbtp, kbps, sampleRate, who);
    }
}
