package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences, and sentences too long for an engine into pieces.
 *
 * <p>A sentence ends at {@code . ? !} or an ellipsis, with any closing quotes or brackets, before a space, a blank
 * line or the end; and at a blank line. It does not end where the next word starts in lower case ("Stop," she
 * said; U.S. officials), after a title (Dr. Smith, St. Louis), after "No." or "p." before a number, or inside a
 * number ("3.5"). After an initial (George W. Bush), an initialism (U.S.) or an abbreviation that can also end a
 * sentence (etc., Inc., Jr., a.m.), it ends only if the next word is one that typically starts a sentence ("The",
 * "He", "But").
 *
 * <p>Engines choke on very long inputs, so no piece is longer than {@link #MAX_LENGTH}: a longer sentence is cut at
 * the last semicolon or colon, else comma, else before a conjunction, else space, that keeps the piece under the
 * limit and not shorter than a quarter of it; a run without spaces is cut at the limit.
 */
public final class SentenceSplitter {
    /** The longest piece, in characters, that {@link #split} and {@link #fit} return. */
    public static final int MAX_LENGTH = 400;

    /** Quotes and brackets that may open the next sentence. */
    private static final String OPENERS = "\"'“‘«([";
    private static final Pattern END = Pattern.compile("[.?!…]+[\"'”’)\\]»]*(?=\\s|$)|\\n[ \\t]*\\n\\s*");
    /** Initialisms and abbreviations with inner dots: "U.S", "e.g", "Ph.D", not "example.com". */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}{1,2}\\.){1,6}\\p{L}{1,2}");
    private static final Pattern CONJUNCTION = Pattern.compile(
            " (?=(?:and|but|or|nor|so|yet|because|which|while|although|though|whereas|when|where|who|that) )");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Fr", "Hon",
            "Sen", "Rep", "Gov", "Pres", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt",
            "Brig", "Supt", "Insp", "Det", "Mt", "Ft");
    private static final Set<String> BEFORE_NUMBER = Set.of("No", "no", "Nos", "nos", "Nr", "p", "pp", "Ch", "ch",
            "Sec", "sec", "Art", "Ep", "ca", "c", "Vol", "vol", "Fig", "fig");
    /** Abbreviations that may end a sentence but usually do not. */
    private static final Set<String> ABBREVIATIONS = Set.of("etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr",
            "vs", "v", "approx", "cf", "viz", "al", "Dept", "Univ", "Assn", "Govt", "Intl", "Ave", "Blvd", "Rd", "Hwy",
            "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Vol", "Fig",
            "est");
    /** Words that usually start a sentence, so that a dot before them ends one even after an abbreviation. */
    private static final Set<String> STARTERS = Set.of("The", "A", "An", "It", "Its", "He", "She", "They", "We", "I",
            "You", "His", "Her", "Their", "Our", "My", "This", "That", "These", "Those", "There", "Here", "But", "And",
            "Or", "So", "Yet", "In", "On", "At", "As", "For", "If", "When", "While", "After", "Before", "Then",
            "However", "Meanwhile", "Still", "Now", "What", "Why", "How", "Who", "Where", "Some", "Many", "Most", "All",
            "Both", "Each", "One", "Last", "Next", "Yesterday", "Today", "Tomorrow", "Officials", "Police", "Since",
            "Although", "Despite", "According", "Other");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text} in order, trimmed, none empty and none longer than {@link #MAX_LENGTH}. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (!ends(text, m)) continue;
            sentences.addAll(fit(text.substring(start, m.end())));
            start = m.end();
        }
        sentences.addAll(fit(text.substring(start)));
        return sentences;
    }

    /**
     * {@code sentence}, trimmed, in pieces of at most {@link #MAX_LENGTH} characters: one piece if it is short
     * enough, none if it is blank.
     */
    public static List<String> fit(String sentence) {
        return fit(sentence, MAX_LENGTH);
    }

    /** {@code sentence}, trimmed, in pieces of at most {@code limit} characters, cut as {@link #fit(String)} cuts. */
    public static List<String> fit(String sentence, int limit) {
        if (limit < 2) throw new IllegalArgumentException("limit must be at least 2");
        List<String> pieces = new ArrayList<>();
        String rest = sentence.strip();
        while (rest.length() > limit) {
            int cut = cut(rest, limit);
            String piece = rest.substring(0, cut).strip();
            if (!piece.isEmpty()) pieces.add(piece);
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) pieces.add(rest);
        return pieces;
    }

    /** Whether the sentence end candidate {@code m} really ends a sentence. */
    private static boolean ends(String text, Matcher m) {
        if (m.group().charAt(0) == '\n') return true;
        int next = m.end();
        while (next < text.length() && (Character.isWhitespace(text.charAt(next)) || OPENERS.indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        if (next == text.length()) return true;
        char first = text.charAt(next);
        if (Character.isLowerCase(first)) return false;
        String marks = m.group();
        if (!marks.startsWith(".") || marks.startsWith("..")) return true;
        String word = wordBefore(text, m.start());
        if (TITLES.contains(word)) return false;
        if (BEFORE_NUMBER.contains(word) && Character.isDigit(first)) return false;
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        if (initial || DOTTED.matcher(word).matches() || ABBREVIATIONS.contains(word)) {
            String after = Rewrite.wordAfter(text, next);
            int apostrophe = after.indexOf('\'');
            return STARTERS.contains(apostrophe < 0 ? after : after.substring(0, apostrophe));
        }
        return true;
    }

    /** The letters and inner dots just before {@code index}: "Dr", "U.S", "e.g", "J". */
    private static String wordBefore(String text, int index) {
        int start = index;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) start--;
        return text.substring(start, index);
    }

    /** Where to cut a text longer than the limit: see the class comment. */
    private static int cut(String text, int limit) {
        String window = text.substring(0, limit + 1);
        int minPiece = limit / 4;
        int cut = lastAfter(window, ";:", limit);
        if (cut < minPiece) cut = lastAfter(window, ",", limit);
        if (cut < minPiece) {
            Matcher m = CONJUNCTION.matcher(window);
            while (m.find()) if (m.start() <= limit) cut = Math.max(cut, m.start());
        }
        if (cut < minPiece) {
            cut = limit;
            while (cut > 0 && !Character.isWhitespace(window.charAt(cut))) cut--;
        }
        if (cut <= 0) {
            cut = limit;
            if (Character.isLowSurrogate(text.charAt(cut))) cut--;
        }
        return cut;
    }

    /** The index just after the last of {@code marks} followed by a space, within the limit; -1 if none. */
    private static int lastAfter(String window, String marks, int limit) {
        for (int i = Math.min(window.length() - 2, limit - 1); i >= 0; i--) {
            if (marks.indexOf(window.charAt(i)) >= 0 && Character.isWhitespace(window.charAt(i + 1))) return i + 1;
        }
        return -1;
    }
}
