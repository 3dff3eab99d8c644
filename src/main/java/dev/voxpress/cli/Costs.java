package dev.voxpress.cli;

import java.util.Locale;

import dev.voxpress.speak.CharactersSent;
import dev.voxpress.speak.NeuralSettings;
import dev.voxpress.speak.VoiceProfile;

/** The characters a run sends to its engine: the budget it starts with, and the lines that report them. */
final class Costs {
    private Costs() {
    }

    /** Starts a run's ledger with {@code --max-chars} as its limit (null for none). */
    static void start(Long maxChars) {
        CharactersSent.reset();
        CharactersSent.limit(maxChars);
    }

    /**
     * The line a run ends with: the characters sent per engine, when it opened an engine that counts them. A run
     * that failed reports them only when it sent some, so that its error stays the one line it was.
     */
    static void report(boolean finished) {
        if (finished || CharactersSent.total() > 0) CharactersSent.report().ifPresent(Log::info);
    }

    /** The dry-run summary: the characters that would be sent, their cost, and whether a budget stops the run. */
    static String dryRun(VoiceProfile voice, long characters, int sentences, Long maxChars) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "dry run: %d characters in %d sentences would be sent to %s (voice %s)", characters, sentences,
                voice.engine(), voice.name()));
        Double price = NeuralSettings.price(voice);
        if (price != null) {
            line.append(String.format(Locale.ROOT, "; estimated cost %s at $%s per million characters",
                    CharactersSent.cost(characters, price), trim(price)));
        } else if (!NeuralSettings.applies(voice)) {
            line.append("; it runs locally, at no cost per character");
        } else {
            line.append("; no price-per-million-chars in the profile, so no cost estimate");
        }
        Long profileMax = NeuralSettings.maxChars(voice);
        long limit = Math.min(maxChars == null ? Long.MAX_VALUE : maxChars, profileMax == null ? Long.MAX_VALUE : profileMax);
        if (characters > limit) {
            line.append(String.format(Locale.ROOT, "; over the limit of %d characters: the run would stop before it", limit));
        }
        return line.toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
