package dev.voxpress.script;

import java.util.regex.Pattern;

/**
 * Symbols left in running text, said as words or turned into pauses: "&" → "and", "+" → "plus", "@" → "at",
 * "#tag" → "hashtag tag", "and/or" → "and or", "~" before a word → "about", "%" → "percent", "°" → "degrees".
 * Dashes between words and ellipses inside a sentence become commas, which engines read as short pauses; an en dash
 * joining a word to a capitalized one ("then–Prime Minister") becomes a space; an ellipsis at the end, a full stop.
 */
final class Symbols {
    private static final Pattern AMPERSAND = Pattern.compile(" ?& ?");
    private static final Pattern PLUS = Pattern.compile(" ?\\+ ?");
    private static final Pattern EQUALS = Pattern.compile(" ?= ?");
    private static final Pattern LESS = Pattern.compile(" ?< ?");
    private static final Pattern GREATER = Pattern.compile(" ?> ?");
    private static final Pattern AT = Pattern.compile(" ?@ ?");
    private static final Pattern HASHTAG = Pattern.compile("#(?=\\p{L})");
    private static final Pattern ABOUT = Pattern.compile("~ ?(?=\\p{L})");
    private static final Pattern PERCENT = Pattern.compile(" ?%");
    private static final Pattern DEGREES = Pattern.compile(" ?°");
    private static final Pattern SQUARED = Pattern.compile(" ?²");
    private static final Pattern CUBED = Pattern.compile(" ?³");
    private static final Pattern TIMES = Pattern.compile(" ?× ?");
    private static final Pattern SLASH = Pattern.compile(" ?[/\\\\|] ?");
    private static final Pattern JOINING_DASH = Pattern.compile("(?<=\\p{L})–(?=\\p{Lu})");
    private static final Pattern DASH = Pattern.compile(" *(?:—|–|--+| - ) *");
    private static final Pattern ELLIPSIS = Pattern.compile(" *\\.{2,} *");

    private Symbols() {
    }

    static String speak(String text) {
        String s = AMPERSAND.matcher(text).replaceAll(" and ");
        s = PLUS.matcher(s).replaceAll(" plus ");
        s = EQUALS.matcher(s).replaceAll(" equals ");
        s = LESS.matcher(s).replaceAll(" less than ");
        s = GREATER.matcher(s).replaceAll(" greater than ");
        s = AT.matcher(s).replaceAll(" at ");
        s = HASHTAG.matcher(s).replaceAll("hashtag ");
        s = ABOUT.matcher(s).replaceAll("about ");
        s = PERCENT.matcher(s).replaceAll(" percent");
        s = DEGREES.matcher(s).replaceAll(" degrees");
        s = SQUARED.matcher(s).replaceAll(" squared");
        s = CUBED.matcher(s).replaceAll(" cubed");
        s = TIMES.matcher(s).replaceAll(" times ");
        s = SLASH.matcher(s).replaceAll(" ");
        s = JOINING_DASH.matcher(s).replaceAll(" ");
        s = DASH.matcher(s).replaceAll(", ");
        String ellipses = s;
        return Rewrite.replace(ELLIPSIS, s, m -> Rewrite.atEnd(ellipses, m.end()) ? "." : ", ");
    }
}
