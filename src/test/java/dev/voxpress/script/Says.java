package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions on what the normalizer makes of a text. */
final class Says {
    private Says() {
    }

    /** {@code written} normalizes to {@code said}; a null {@code said} (an empty CSV cell) means the empty text. */
    static void says(String written, String said) {
        assertEquals(said == null ? "" : said, Normalizer.normalize(written), () -> "normalizing: " + written);
    }
}
