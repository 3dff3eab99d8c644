package dev.voxpress.script;

import java.util.regex.Pattern;

/**
 * The last step: whatever the rules before left that an engine would read out character by character goes. A digit
 * left over is said digit by digit, brackets become parentheses, other symbols become spaces, hyphens and
 * apostrophes stay only next to letters, and punctuation is tidied (no space before a comma, no comma before a full
 * stop, no repeated marks). What is left is letters, spaces and {@code . , ; : ? ! ' " - ( )}; a text without a
 * letter becomes empty.
 */
final class Tidy {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern OPENING = Pattern.compile("[\\[{]");
    private static final Pattern CLOSING = Pattern.compile("[\\]}]");
    private static final Pattern UNSPEAKABLE = Pattern.compile("[^A-Za-z .,;:?!'\"()-]+");
    private static final Pattern LOOSE_HYPHEN = Pattern.compile("(?<![A-Za-z])-+|-+(?![A-Za-z])|(?<=-)-+");
    private static final Pattern LOOSE_APOSTROPHE = Pattern.compile("(?<![A-Za-z])'(?![A-Za-z])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\( *[,.;:?! ]*\\)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_BEFORE = Pattern.compile(" +(?=[,.;:?!)])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("(?<=\\() +");
    private static final Pattern REPEATED_PAUSE = Pattern.compile("([,;:])[ ,;:]*[,;:]");
    private static final Pattern PAUSE_BEFORE_STOP = Pattern.compile("[,;:] ?(?=[.?!])");
    private static final Pattern REPEATED_STOP = Pattern.compile("([.?!])[ .?!,;:]*[.?!,;:]");
    private static final Pattern NO_SPACE_AFTER = Pattern.compile("([,;:])(?=[A-Za-z(])");
    private static final Pattern LEADING = Pattern.compile("^[ ,.;:?!)]+");
    private static final Pattern TRAILING = Pattern.compile("[ ,;:(]+$");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    private Tidy() {
    }

    static String finish(String text) {
        String s = Rewrite.replace(DIGITS, text, m -> " " + NumberWords.digits(m.group()) + " ");
        s = OPENING.matcher(s).replaceAll("(");
        s = CLOSING.matcher(s).replaceAll(")");
        s = UNSPEAKABLE.matcher(s).replaceAll(" ");
        if (s.indexOf('-') >= 0) s = LOOSE_HYPHEN.matcher(s).replaceAll(" ");
        if (s.indexOf('\'') >= 0) s = LOOSE_APOSTROPHE.matcher(s).replaceAll(" ");
        if (s.indexOf('(') >= 0) s = EMPTY_BRACKETS.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_BEFORE.matcher(s).replaceAll("");
        s = SPACE_AFTER_OPENING.matcher(s).replaceAll("");
        s = REPEATED_PAUSE.matcher(s).replaceAll("$1");
        s = PAUSE_BEFORE_STOP.matcher(s).replaceAll("");
        s = REPEATED_STOP.matcher(s).replaceAll("$1");
        s = NO_SPACE_AFTER.matcher(s).replaceAll("$1 ");
        s = LEADING.matcher(s).replaceAll("");
        s = TRAILING.matcher(s).replaceAll("");
        return LETTER.matcher(s).find() ? s.strip() : "";
    }
}
