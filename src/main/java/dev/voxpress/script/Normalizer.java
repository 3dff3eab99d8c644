package dev.voxpress.script;

import java.text.Normalizer.Form;

/**
 * Makes text safe and plain for any engine: Unicode composed, typographic quotes and dashes turned into what
 * engines read well, control characters dropped, whitespace collapsed.
 */
public final class Normalizer {
    private Normalizer() {
    }

    /** The normalized form of {@code text}. */
    public static String normalize(String text) {
        String s = java.text.Normalizer.normalize(text, Form.NFC);
        s = s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "")
                .replace('‘', '\'').replace('’', '\'')
                .replace('“', '"').replace('”', '"')
                .replace("…", "...")
                .replaceAll("(?<=\\p{L})–(?=\\p{Lu})", " ")
                .replaceAll("(?<=\\p{L})\\s*[—–]\\s*(?=\\p{L})", ", ");
        return s.replaceAll("\\s+", " ").strip();
    }
}
