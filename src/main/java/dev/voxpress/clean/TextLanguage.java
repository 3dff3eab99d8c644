package dev.voxpress.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Tells the language of a text that does not declare it, with the n-gram detector that Apache Tika uses (its 71
 * built-in languages). Only a confident answer counts: a text too short, or one that several languages could have
 * written, has none.
 */
final class TextLanguage {
    /** Fewer words than this are too few to tell a language by. */
    static final int MIN_WORDS = 8;
    /** The probability the likeliest language must reach. */
    static final double MIN_PROBABILITY = 0.95;
    /** Enough text to be sure, and no more, so that a long article costs no more than a short one. */
    private static final int MAX_CHARS = 5_000;
    /**
     * English words that other languages do not write, and that make up a fifth or more of English prose ("the"
     * alone about 6%). Where they are this common the text is English without the detector, whose profiles cost
     * over a second of CPU to read: most pages that declare no language are English.
     */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "that", "with", "for", "this", "from",
            "have", "has", "had", "said", "which", "would", "they", "their", "been", "were", "his", "her", "she", "but",
            "not", "will", "than", "there", "what", "who", "after", "about");
    /** The share of {@link #ENGLISH_WORDS} among a text's words above which it is English. */
    static final double ENGLISH_SHARE = 0.12;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private TextLanguage() {
    }

    /**
     * Built on first use: reading the profiles takes a while and a run whose pages declare a language skips it. The
     * detector keeps no state between texts (each call draws from a Random of its own), so threads share it.
     */
    private static final class Detector {
        static final LanguageDetector INSTANCE = build();
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector build() {
            try {
                // A fixed seed: the detector samples n-grams at random, and the same text must get the same answer.
                return LanguageDetectorBuilder.create(NgramExtractors.standard()).seed(41)
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles", e);
            }
        }
    }

    /** The language tag of {@code text} (such as {@code pt} or {@code zh-TW}), or null when it cannot be told. */
    static String of(String text) {
        if (Meta.words(text) < MIN_WORDS) return null;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (englishShare(sample) >= ENGLISH_SHARE) return "en";
        List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(Detector.TEXT.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) return null;
        return found.get(0).getLocale().toString();
    }

    /** The share of the words of {@code text} that are among {@link #ENGLISH_WORDS}. */
    static double englishShare(String text) {
        Matcher word = WORD.matcher(text);
        int words = 0;
        int english = 0;
        while (word.find()) {
            words++;
            if (ENGLISH_WORDS.contains(word.group().toLowerCase(Locale.ROOT))) english++;
        }
        return words == 0 ? 0 : (double) english / words;
    }
}
