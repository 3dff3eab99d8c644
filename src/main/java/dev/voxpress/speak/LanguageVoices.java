package dev.voxpress.speak;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.voxpress.Languages;
import dev.voxpress.VoxpressException;

/**
 * The voices a run may narrate with, chosen by an article's language: the voice set for its primary language
 * ({@code voice.pt=NAME}), else the default voice when it speaks that language. An article of unknown language goes
 * to the default voice.
 *
 * @param fallback   the default voice
 * @param byLanguage voices by primary language subtag, lower case; each speaks its language
 */
public record LanguageVoices(VoiceProfile fallback, Map<String, VoiceProfile> byLanguage) {
    public LanguageVoices {
        Objects.requireNonNull(fallback, "fallback");
        Map<String, VoiceProfile> checked = new TreeMap<>();
        byLanguage.forEach((tag, voice) -> {
            String language = Languages.primary(tag);
            if (language == null) throw new VoxpressException("voice." + tag + ": not a language tag");
            String refused = voice.refusesLanguage(language);
            if (refused != null) {
                throw new VoxpressException("voice." + language + ": the voice " + voice.name() + " does not speak "
                        + language + " (" + String.join(", ", voice.languages()) + "; languages= in the profile)");
            }
            checked.put(language, voice);
        });
        byLanguage = Map.copyOf(checked);
    }

    /** The default voice alone. */
    public static LanguageVoices of(VoiceProfile voice) {
        return new LanguageVoices(voice, Map.of());
    }

    /** The voice for an article in {@code languageTag} (null when unknown), or null when no voice here speaks it. */
    public VoiceProfile voiceFor(String languageTag) {
        VoiceProfile set = byLanguage.get(Objects.requireNonNullElse(Languages.primary(languageTag), ""));
        if (set != null) return set;
        return fallback.refusesLanguage(languageTag) == null ? fallback : null;
    }

    /** Why no voice here narrates an article in {@code languageTag}, in one line; null when one does. */
    public String refusal(String languageTag) {
        if (voiceFor(languageTag) != null) return null;
        return fallback.refusesLanguage(languageTag) + ", and no voice is set for " + Languages.primary(languageTag);
    }
}
