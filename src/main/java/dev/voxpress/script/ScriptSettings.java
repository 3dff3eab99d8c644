package dev.voxpress.script;

import java.util.Objects;

/**
 * How a voice wants its scripts written.
 *
 * @param lexicon pronunciations applied to every sentence
 * @param intro   said after the title and byline, or null; {@code {title}} and {@code {site}} are filled in
 * @param outro   said at the very end, or null; same placeholders
 */
public record ScriptSettings(Lexicon lexicon, String intro, String outro) {
    /** No lexicon, no intro, no outro. */
    public static final ScriptSettings PLAIN = new ScriptSettings(Lexicon.EMPTY, null, null);

    public ScriptSettings {
        Objects.requireNonNull(lexicon, "lexicon");
    }
}
