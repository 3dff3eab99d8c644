package dev.voxpress.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts IPA and X-SAMPA transcriptions of US English into MaryTTS's transcription: its US English phones
 * separated by spaces, syllables by {@code -}, with {@code '} (primary) or {@code ,} (secondary) stress before the
 * stressed syllable, as in {@code ' k i v}, and back to IPA. Only the common phonemes of English are known; vowel
 * length is dropped; IPA {@code .} and the stress marks start a syllable.
 */
public final class Phonemes {
    /** IPA symbols and sequences and the MaryTTS phone each is. */
    private static final Map<String, String> IPA = Map.ofEntries(
            Map.entry("t͡ʃ", "tS"), Map.entry("d͡ʒ", "dZ"), Map.entry("tʃ", "tS"), Map.entry("dʒ", "dZ"),
            Map.entry("ʧ", "tS"), Map.entry("ʤ", "dZ"), Map.entry("aɪ", "AI"), Map.entry("aʊ", "aU"),
            Map.entry("ɔɪ", "OI"), Map.entry("oʊ", "@U"), Map.entry("əʊ", "@U"), Map.entry("eɪ", "EI"),
            Map.entry("ɑ", "A"), Map.entry("ɒ", "A"), Map.entry("a", "A"), Map.entry("ɔ", "O"), Map.entry("u", "u"),
            Map.entry("i", "i"), Map.entry("æ", "{"), Map.entry("ʌ", "V"), Map.entry("ɛ", "E"), Map.entry("e", "E"),
            Map.entry("ɪ", "I"), Map.entry("ᵻ", "I"), Map.entry("ʊ", "U"), Map.entry("ə", "@"), Map.entry("ɐ", "@"),
            Map.entry("ɚ", "r="), Map.entry("ɝ", "r="), Map.entry("ɜ", "r="), Map.entry("o", "@U"),
            Map.entry("p", "p"), Map.entry("b", "b"), Map.entry("t", "t"), Map.entry("d", "d"), Map.entry("k", "k"),
            Map.entry("g", "g"), Map.entry("ɡ", "g"), Map.entry("f", "f"), Map.entry("v", "v"), Map.entry("θ", "T"),
            Map.entry("ð", "D"), Map.entry("s", "s"), Map.entry("z", "z"), Map.entry("ʃ", "S"), Map.entry("ʒ", "Z"),
            Map.entry("h", "h"), Map.entry("m", "m"), Map.entry("n", "n"), Map.entry("ŋ", "N"), Map.entry("l", "l"),
            Map.entry("ɫ", "l"), Map.entry("r", "r"), Map.entry("ɹ", "r"), Map.entry("ɾ", "t"), Map.entry("w", "w"),
            Map.entry("j", "j"));
    /** X-SAMPA symbols that are not written as in IPA. */
    private static final Map<String, String> X_SAMPA = Map.ofEntries(
            Map.entry("r\\", "ɹ"), Map.entry("@`", "ɚ"), Map.entry("3`", "ɝ"), Map.entry("3", "ɜ"),
            Map.entry("A", "ɑ"), Map.entry("Q", "ɒ"), Map.entry("O", "ɔ"), Map.entry("{", "æ"), Map.entry("V", "ʌ"),
            Map.entry("E", "ɛ"), Map.entry("I", "ɪ"), Map.entry("U", "ʊ"), Map.entry("@", "ə"), Map.entry("6", "ɐ"),
            Map.entry("T", "θ"), Map.entry("D", "ð"), Map.entry("S", "ʃ"), Map.entry("Z", "ʒ"), Map.entry("N", "ŋ"),
            Map.entry("4", "ɾ"), Map.entry("5", "ɫ"), Map.entry("\"", "ˈ"), Map.entry("%", "ˌ"), Map.entry(":", "ː"),
            Map.entry(".", "."), Map.entry(" ", " "));
    /** Each MaryTTS phone as IPA. */
    private static final Map<String, String> MARY_TO_IPA = Map.ofEntries(
            Map.entry("A", "ɑ"), Map.entry("O", "ɔ"), Map.entry("u", "u"), Map.entry("i", "i"), Map.entry("{", "æ"),
            Map.entry("V", "ʌ"), Map.entry("E", "ɛ"), Map.entry("I", "ɪ"), Map.entry("U", "ʊ"), Map.entry("@", "ə"),
            Map.entry("r=", "ɚ"), Map.entry("aU", "aʊ"), Map.entry("OI", "ɔɪ"), Map.entry("@U", "oʊ"),
            Map.entry("EI", "eɪ"), Map.entry("AI", "aɪ"), Map.entry("p", "p"), Map.entry("t", "t"), Map.entry("k", "k"),
            Map.entry("b", "b"), Map.entry("d", "d"), Map.entry("g", "ɡ"), Map.entry("tS", "tʃ"), Map.entry("dZ", "dʒ"),
            Map.entry("f", "f"), Map.entry("v", "v"), Map.entry("T", "θ"), Map.entry("D", "ð"), Map.entry("s", "s"),
            Map.entry("z", "z"), Map.entry("S", "ʃ"), Map.entry("Z", "ʒ"), Map.entry("h", "h"), Map.entry("l", "l"),
            Map.entry("m", "m"), Map.entry("n", "n"), Map.entry("N", "ŋ"), Map.entry("r", "ɹ"), Map.entry("w", "w"),
            Map.entry("j", "j"));
    /** Length marks, spaces and diacritics that change nothing MaryTTS can say. */
    private static final Set<String> IGNORED = Set.of("ː", "ˑ", " ", "\u0329", "\u032F", "\u0361");
    private static final List<String> IPA_LONGEST_FIRST = longestFirst(IPA.keySet());
    private static final List<String> X_SAMPA_LONGEST_FIRST = longestFirst(X_SAMPA.keySet());

    private Phonemes() {
    }

    /**
     * The MaryTTS transcription of an IPA one.
     *
     * @throws IllegalArgumentException naming the first symbol that is not a known English phoneme
     */
    public static String fromIpa(String ipa) {
        List<String> syllables = new ArrayList<>();
        StringBuilder syllable = new StringBuilder();
        int i = 0;
        while (i < ipa.length()) {
            String symbol = ipa.substring(i, i + Character.charCount(ipa.codePointAt(i)));
            if (symbol.equals("ˈ") || symbol.equals("ˌ") || symbol.equals(".")) {
                close(syllables, syllable);
                if (!symbol.equals(".")) syllable.append(symbol.equals("ˈ") ? "'" : ",");
                i += symbol.length();
                continue;
            }
            if (IGNORED.contains(symbol)) {
                i += symbol.length();
                continue;
            }
            String phone = match(ipa, i, IPA_LONGEST_FIRST);
            if (phone == null) throw new IllegalArgumentException("unknown IPA symbol '" + symbol + "' in \"" + ipa + "\"");
            if (!syllable.isEmpty()) syllable.append(' ');
            syllable.append(IPA.get(phone));
            i += phone.length();
        }
        close(syllables, syllable);
        if (syllables.isEmpty()) throw new IllegalArgumentException("no phonemes in \"" + ipa + "\"");
        return String.join(" - ", syllables);
    }

    /**
     * The MaryTTS transcription of an X-SAMPA one.
     *
     * @throws IllegalArgumentException naming the first symbol that is not a known English phoneme
     */
    public static String fromXSampa(String xSampa) {
        StringBuilder ipa = new StringBuilder();
        int i = 0;
        while (i < xSampa.length()) {
            String symbol = match(xSampa, i, X_SAMPA_LONGEST_FIRST);
            if (symbol != null) {
                ipa.append(X_SAMPA.get(symbol));
                i += symbol.length();
            } else {
                char c = xSampa.charAt(i++);
                if (c < 'a' || c > 'z' || !IPA.containsKey(String.valueOf(c))) {
                    throw new IllegalArgumentException("unknown X-SAMPA symbol '" + c + "' in \"" + xSampa + "\"");
                }
                ipa.append(c);
            }
        }
        return fromIpa(ipa.toString());
    }

    /**
     * The IPA transcription of a MaryTTS one: syllables after the first start with a stress mark or {@code .}.
     *
     * @throws IllegalArgumentException naming the first phone that is not in MaryTTS's US English set
     */
    public static String toIpa(String mary) {
        StringBuilder ipa = new StringBuilder();
        for (String syllable : mary.strip().split("\\s*-\\s*")) {
            boolean stressed = syllable.startsWith("'") || syllable.startsWith(",");
            if (stressed) ipa.append(syllable.charAt(0) == '\'' ? "ˈ" : "ˌ");
            else if (!ipa.isEmpty()) ipa.append('.');
            for (String phone : syllable.substring(stressed ? 1 : 0).strip().split("\\s+")) {
                String symbol = MARY_TO_IPA.get(phone);
                if (symbol == null) throw new IllegalArgumentException("unknown MaryTTS phone '" + phone + "' in \"" + mary + "\"");
                ipa.append(symbol);
            }
        }
        return ipa.toString();
    }

    /** Ends a syllable that has a phone; a stress mark with none yet stays for the next. */
    private static void close(List<String> syllables, StringBuilder syllable) {
        String s = syllable.toString();
        if (s.isEmpty() || s.equals("'") || s.equals(",")) return;
        syllables.add(s);
        syllable.setLength(0);
    }

    private static String match(String text, int at, List<String> symbols) {
        for (String symbol : symbols) if (text.startsWith(symbol, at)) return symbol;
        return null;
    }

    private static List<String> longestFirst(Set<String> symbols) {
        return symbols.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
