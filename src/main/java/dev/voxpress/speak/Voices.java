package dev.voxpress.speak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The voices this machine can speak with, and the engine for each. */
public final class Voices {
    /** The voice used when none is named. */
    public static final String DEFAULT = MaryEngine.DEFAULT_VOICE;

    private Voices() {
    }

    /** Every usable voice: the MaryTTS voices on the class path, then the FreeTTS voice. */
    public static List<Voice> available() {
        List<Voice> voices = new ArrayList<>();
        for (String name : MaryEngine.installedVoices()) {
            voices.add(new Voice(name, MaryEngine.ENGINE, name, "MaryTTS embedded, HMM voice (default engine)"));
        }
        freeTts().ifPresent(voices::add);
        return voices;
    }

    private static Optional<Voice> freeTts() {
        if (!FreeTtsEngine.hasVoice(FreeTtsEngine.DEFAULT_VOICE)) return Optional.empty();
        return Optional.of(new Voice(FreeTtsEngine.DEFAULT_VOICE, FreeTtsEngine.ENGINE, FreeTtsEngine.DEFAULT_VOICE,
                "FreeTTS diphone voice, 16 kHz: very fast, less natural (draft)"));
    }

    /** Looks a voice up by name; the FreeTTS voice is found without starting MaryTTS. */
    public static Optional<Voice> find(String name) {
        Optional<Voice> draft = freeTts().filter(v -> v.name().equalsIgnoreCase(name));
        if (draft.isPresent()) return draft;
        return available().stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Opens the engine for a voice.
     *
     * @throws EngineException when no such voice exists or its engine cannot start
     */
    public static Engine open(String name) {
        Voice voice = find(name).orElseThrow(() -> new EngineException(
                "no voice named " + name + " (voxpress voices lists them)"));
        return switch (voice.engine()) {
            case MaryEngine.ENGINE -> new MaryEngine(voice);
            case FreeTtsEngine.ENGINE -> new FreeTtsEngine(voice);
            default -> throw new EngineException("unknown engine " + voice.engine());
        };
    }
}
