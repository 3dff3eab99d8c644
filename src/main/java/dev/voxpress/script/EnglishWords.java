package dev.voxpress.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of the CMU Pronouncing Dictionary (about 105,000, common names among them), as FreeTTS ships it, for
 * telling where the words of a run-together name meet ("washingtonpost" → "washington post"). Read once, the first
 * time a word is looked up (a tenth of a second); without the dictionary no word is known.
 */
final class EnglishWords {
    /** FreeTTS's copy of the dictionary: one entry a line, the word with a one-letter part of speech, a tab, phones. */
    static final String DICTIONARY = "/com/sun/speech/freetts/en/us/cmudict04_compiled.txt";

    private EnglishWords() {
    }

    /** Whether {@code word}, in lower case, is a word of the dictionary. */
    static boolean contains(String word) {
        return Holder.WORDS.contains(word);
    }

    private static final class Holder {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            Set<String> words = new HashSet<>(1 << 18);
            try (InputStream in = EnglishWords.class.getResourceAsStream(DICTIONARY)) {
                if (in == null) return words;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line; (line = lines.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (tab > 1 && !line.startsWith("*")) words.add(line.substring(0, tab - 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DICTIONARY, e);
            }
            return words;
        }
    }
}
