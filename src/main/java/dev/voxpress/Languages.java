package dev.voxpress;

import java.util.Locale;

/** Language tags as the stages compare them: by their primary subtag, so that {@code pt-BR} is {@code pt}. */
public final class Languages {
    private Languages() {
    }

    /** The primary subtag of a tag such as {@code en-US} or {@code pt_BR}, lower case; null for a null or blank tag. */
    public static String primary(String tag) {
        if (tag == null || tag.isBlank()) return null;
        return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    }

    /**
     * Whether the English rules (numbers, dates and symbols written out as English words, English lexicons) apply
     * to text in this language: English, or unknown.
     */
    public static boolean english(String tag) {
        String primary = primary(tag);
        return primary == null || primary.equals("en");
    }
}
