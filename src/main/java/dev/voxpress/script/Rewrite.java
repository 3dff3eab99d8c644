package dev.voxpress.script;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helpers shared by the normalization rules: replacing matches through a function, and reading a match's context.
 *
 * <p>The rules' patterns repeat groups a bounded number of times ("(?:,\\d{3}){1,6}", not "+"): Java matches each
 * repetition of a group by recursion, so an unbounded one overflows the stack on a long run like "a.a.a.…".
 */
final class Rewrite {
    /** Words after which a measure or an amount before a noun describes it: "the 12 km race", "the $500 fine". */
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "its", "his",
            "her", "their", "our", "your", "my", "each", "every", "another");
    /**
     * Words after a measure or an amount that leave it a quantity ("5 km north", "lost 5kg last year", "16GB of
     * RAM", "the $500 he paid", "the $0 people pay"): prepositions, conjunctions, pronouns and quantifiers, verbs that
     * are auxiliaries, and adverbs of time, place, size and comparison.
     */
    private static final Set<String> NOT_A_NOUN = Set.of("of", "in", "on", "at", "to", "from", "for", "by", "with",
            "into", "onto", "over", "under", "above", "below", "across", "along", "through", "per", "off", "out", "up",
            "down", "around", "past", "beyond", "within", "without", "toward", "towards", "behind", "ahead", "apart",
            "away", "ago", "since", "until", "before", "after", "during", "between", "among", "against", "beside",
            "despite", "like", "unlike", "via", "versus", "plus", "minus", "times", "and", "or", "but", "nor", "so",
            "yet", "than", "as", "while", "when", "where", "which", "who", "that", "a", "an", "the", "each", "every",
            "apiece", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "can",
            "may", "might", "must", "has", "have", "had", "do", "does", "did", "last", "next", "earlier", "later",
            "yesterday", "today", "tonight", "tomorrow", "daily", "weekly", "monthly", "yearly", "annually", "twice",
            "once", "overnight", "already", "still", "more", "less", "fewer", "longer", "shorter", "higher", "lower",
            "further", "farther", "faster", "slower", "heavier", "lighter", "bigger", "smaller", "larger", "deep",
            "high", "long", "wide", "tall", "thick", "heavy", "short", "old", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "inland", "offshore", "underground", "uphill",
            "downhill", "upstream", "downstream", "total", "respectively", "instead", "too", "either", "alone", "only",
            "then", "now", "here", "there", "about", "roughly", "nearly", "almost", "just", "left", "remaining", "he",
            "she", "it", "we", "you", "they", "him", "her", "us", "them", "me", "this", "these", "those", "people",
            "everyone", "someone", "most", "many", "some", "all", "both");
    /** Words in "'s" that say "is" or "us", not whose. */
    private static final Set<String> CONTRACTED_IS = Set.of("it's", "that's", "there's", "here's", "what's", "who's",
            "he's", "she's", "let's", "where's", "how's");
    /** A past participle after an amount tells what was done with it: "the $5 million earmarked for schools". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{2,}[^e]ed");

    private Rewrite() {
    }

    /**
     * {@code text} with each match of {@code pattern} replaced by what {@code replacement} returns for it, taken
     * literally; a null replacement leaves that match as it is.
     */
    static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        do {
            String words = replacement.apply(m);
            if (words == null) continue;
            out.append(text, copied, m.start()).append(words);
            copied = m.end();
        } while (m.find());
        return out.append(text, copied, text.length()).toString();
    }

    /** The word (letters and apostrophes) just before {@code index}, across spaces; empty if there is none. */
    static String wordBefore(String text, int index) {
        int end = index;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\'')) start--;
        return text.substring(start, end);
    }

    /** The word (letters, apostrophes and hyphens) just after {@code index}, across spaces; empty if none. */
    static String wordAfter(String text, int index) {
        int start = index;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\''
                || text.charAt(end) == '-')) end++;
        return text.substring(start, end);
    }

    /** The first character after {@code index} that is not a space, or 0 at the end. */
    static char charAfter(String text, int index) {
        for (int i = index; i < text.length(); i++) if (text.charAt(i) != ' ') return text.charAt(i);
        return 0;
    }

    /** Whether nothing but spaces and closing quotes or brackets follows {@code index}: the text's end. */
    static boolean atEnd(String text, int index) {
        for (int i = index; i < text.length(); i++) if ("\"') ]".indexOf(text.charAt(i)) < 0) return false;
        return true;
    }

    /**
     * "." when the match ends in a dot that is also the full stop of the text (an abbreviation's dot at its very
     * end), so that replacing the abbreviation keeps the sentence's end; otherwise empty.
     */
    static String fullStop(Matcher m, String text) {
        return m.group().endsWith(".") && atEnd(text, m.end()) ? "." : "";
    }

    /** {@code words} with its first letter upper-cased when {@code model} starts with an upper-case letter. */
    static String sameCase(String model, String words) {
        if (model.isEmpty() || words.isEmpty() || !Character.isUpperCase(model.charAt(0))) return words;
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Whether {@code text} has an ASCII digit: rules about numbers skip texts without one. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        return false;
    }

    /** {@code word} without its final dot, if it has one. */
    static String withoutDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Whether {@code word} has two characters or more, all in capitals: "RTX", "CDC". */
    static boolean inCapitals(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Whether the word just before {@code index} is "a" or "an", in any case: what follows describes a noun. */
    static boolean afterArticle(String text, int index) {
        String before = wordBefore(text, index);
        return before.equalsIgnoreCase("a") || before.equalsIgnoreCase("an");
    }

    /**
     * Whether the word before {@code index} is a determiner such as "the", "this" or "its", in any case, or a
     * possessive: "Meta's $19 billion acquisition" (not "it's" or another verb's contraction).
     */
    static boolean afterDeterminer(String text, int index) {
        String before = wordBefore(text, index).toLowerCase(Locale.ROOT);
        return DETERMINERS.contains(before) || before.endsWith("'s") && !CONTRACTED_IS.contains(before);
    }

    /**
     * Whether the word after {@code index} can be the noun that a measure or an amount before it describes: a word
     * in lower case that is no preposition, pronoun, auxiliary, adverb or past participle.
     */
    static boolean beforeNoun(String text, int index) {
        String after = wordAfter(text, index);
        return !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !NOT_A_NOUN.contains(after)
                && !PARTICIPLE.matcher(after).matches();
    }
}
