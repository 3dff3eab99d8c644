package dev.voxpress.master;

/** The files written beside an episode's audio, named after it. */
public enum Sidecar {
    /** WebVTT transcript, one cue per sentence. */
    VTT(".vtt"),
    /** SubRip transcript, one cue per sentence. */
    SRT(".srt"),
    /** Podcast Index JSON chapters. */
    CHAPTERS_JSON(".chapters.json");

    private final String suffix;

    Sidecar(String suffix) {
        this.suffix = suffix;
    }

    /** What replaces the audio file's extension. */
    public String suffix() {
        return suffix;
    }
}
