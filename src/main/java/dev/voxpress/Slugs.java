package dev.voxpress;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, URL- and file-safe names made from titles. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * A lower-case ASCII slug of {@code title}: letters and digits joined by single dashes, at most 80
     * characters, cut at a word boundary; {@code "article"} when nothing is left.
     */
    public static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int dash = slug.lastIndexOf('-');
            if (dash > MAX_LENGTH / 2) slug = slug.substring(0, dash);
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
