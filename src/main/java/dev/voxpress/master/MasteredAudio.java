package dev.voxpress.master;

import java.util.List;

/**
 * A mastered episode.
 *
 * @param file     the audio file; its duration is the exact number of samples written over the sample rate
 * @param input    loudness of the assembled audio before normalization
 * @param output   loudness of the result: a WAV's as written, an MP3's as decoded (docs/mastering.md)
 * @param gainDb   gain applied
 * @param limited  whether the limiter had to hold peaks down
 * @param cues     each sentence's place in the audio, in order
 * @param chapters the opening, then one per heading
 */
public record MasteredAudio(AudioFile file, Loudness input, Loudness output, double gainDb, boolean limited,
                            List<Cue> cues, List<Chapter> chapters) {
    public MasteredAudio {
        cues = List.copyOf(cues);
        chapters = List.copyOf(chapters);
    }
}
