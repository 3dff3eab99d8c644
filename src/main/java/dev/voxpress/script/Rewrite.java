package dev.voxpress.script;

import java.util.Locale;
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
}
