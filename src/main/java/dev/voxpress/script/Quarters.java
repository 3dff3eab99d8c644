package dev.voxpress.script;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business quarters, halves and fiscal years: "Q1 2025" → "the first quarter of twenty twenty-five", "3Q23" → "the
 * third quarter of twenty twenty-three", "Q3 earnings" → "third quarter earnings", "H1 2024" → "the first half of
 * twenty twenty-four", "FY2024" → "fiscal year twenty twenty-four", "FY2023-24" → "fiscal year twenty twenty-three to
 * twenty-four", "Q2 FY24" → "the second quarter of fiscal year twenty-four": a quarter's two-digit year is this
 * century's, a fiscal year's is said as written.
 */
final class Quarters {
    private static final String YEAR = "(\\d{4}|'?\\d{2})";
    private static final Pattern FISCAL = Pattern.compile("\\bFY ?" + YEAR + "(?:[–-](\\d{4}|\\d{2}))?\\b");
    private static final Pattern HALF = Pattern.compile("\\bH([12]),? (\\d{4})(?!\\d|[,.]\\d)");
    private static final Pattern QUARTER_FIRST = Pattern.compile("\\bQ([1-4])(?:,? " + YEAR + "(?!\\d|[,.]\\d))?\\b");
    private static final Pattern YEAR_LAST = Pattern.compile("\\b([1-4])Q(?: ?(\\d{4})|" + YEAR + ")\\b");
    private static final Pattern QUARTER_OF_FISCAL = Pattern.compile("\\bQ([1-4]) (?=fiscal year)");
    private static final Set<String> PREPOSITIONS = Set.of("in", "for", "during", "by", "from", "to", "of", "since",
            "until", "through", "into");

    private Quarters() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text) || text.indexOf('Q') < 0 && text.indexOf("FY") < 0 && text.indexOf('H') < 0) {
            return text;
        }
        String s = Rewrite.replace(FISCAL, text, m -> "fiscal year " + year(m.group(1))
                + (m.group(2) == null ? "" : " to " + year(m.group(2))));
        s = Rewrite.replace(HALF, s, m -> "the " + (m.group(1).equals("1") ? "first" : "second") + " half of "
                + NumberWords.year(Integer.parseInt(m.group(2))));
        s = Rewrite.replace(QUARTER_OF_FISCAL, s, m -> "the " + quarter(m.group(1)) + " of ");
        String quarters = s;
        s = Rewrite.replace(QUARTER_FIRST, s, m -> say(quarters, m, m.group(1), m.group(2)));
        String yearLast = s;
        return Rewrite.replace(YEAR_LAST, s, m -> say(yearLast, m, m.group(1),
                m.group(2) != null ? m.group(2) : m.group(3)));
    }

    private static String say(String text, Matcher m, String quarter, String year) {
        String before = Rewrite.wordBefore(text, m.start()).toLowerCase(Locale.ROOT);
        String the = year != null || PREPOSITIONS.contains(before) ? "the " : "";
        if (year == null) return the + quarter(quarter);
        String digits = year.replace("'", "");
        String full = digits.length() == 2 ? "20" + digits : digits;
        return the + quarter(quarter) + " of " + NumberWords.year(Integer.parseInt(full));
    }

    private static String quarter(String digit) {
        return NumberWords.ordinal(Integer.parseInt(digit)) + " quarter";
    }

    private static String year(String year) {
        String digits = year.replace("'", "");
        return digits.length() == 4 ? NumberWords.year(Integer.parseInt(digits))
                : NumberWords.number(digits.startsWith("0") ? digits.substring(1) : digits);
    }
}
