package dev.voxpress.script;

import java.util.regex.Pattern;

/**
 * A range after "between" takes "and", not "to": "between 2,000-3,000 troops" → "between 2,000 and 3,000 troops",
 * "between 15-20%", "between $10-$15", "between 9am-5pm". Runs before the rules that read a dash between numbers as
 * "to"; a date written with dashes ("between 2024-01-05 and ...") is left whole.
 */
final class Between {
    private static final String AMOUNT = "[$€£¥]?\\d[\\d,.]*(?: ?%| ?[ap]\\.?m\\.?)?";
    private static final Pattern RANGE = Pattern.compile("\\b([Bb]etween " + AMOUNT + ") ?[–-] ?(?=" + AMOUNT
            + "(?![\\d,.]*[–/-]\\d))");

    private Between() {
    }

    static String speak(String text) {
        if (!text.contains("etween ") || !Rewrite.hasDigit(text)) return text;
        return RANGE.matcher(text).replaceAll("$1 and ");
    }
}
