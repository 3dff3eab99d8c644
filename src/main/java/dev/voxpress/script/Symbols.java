package dev.voxpress.script;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Symbols left in running text, said as words or turned into pauses: "&" → "and", "+" → "plus", "@" → "at",
 * "#tag" → "hashtag tag" ("#MeToo" → "hashtag Me Too"), "press #" → "press pound", "and/or" → "and or", "~" before a
 * word → "about", "%" → "percent", "°" → "degrees", "the *" → "the asterisk".
 * Dashes between words and ellipses inside a sentence become commas, which engines read as short pauses; an en dash
 * joining a word to a capitalized one ("then–Prime Minister") becomes a space; an ellipsis at the end, a full stop.
 */
final class Symbols {
    private static final Map<Character, String> WORDS = Map.ofEntries(Map.entry('&', " and "),
            Map.entry('+', " plus "), Map.entry('=', " equals "), Map.entry('<', " less than "),
            Map.entry('>', " greater than "), Map.entry('@', " at "), Map.entry('%', " percent "),
            Map.entry('°', " degrees "), Map.entry('²', " squared "), Map.entry('³', " cubed "),
            Map.entry('×', " times "));
    private static final Pattern SYMBOL = Pattern.compile(" ?[&+=<>@%°²³×] ?");
    private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}[\\p{L}\\d]*)");
    /** Where a hashtag's words meet: "BlackLivesMatter", "NBAFinals", "MeToo". */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    /** Languages named after a musical note: "C#", "F#". */
    private static final Pattern SHARP = Pattern.compile("(?<![\\p{L}\\d])([CF])#(?![\\p{L}\\d])");
    /** The keys of a telephone's keypad: "press # to repeat", "dial *67". */
    private static final Pattern KEYPAD = Pattern.compile("(?<=\\b(?i:press|dial|hit|push) )[#*](?![\\p{L}])"
            + "|[#*](?= (?i:key|button)\\b)");
    /**
     * An asterisk that a sentence names: "the * marks deaths", "marked with *"; not one standing in for a word ("What
     * the * is going on"), nor "a * b".
     */
    private static final Pattern ASTERISK = Pattern.compile("(?<=\\b(?i:the) )\\*(?= (?:marks?|denotes?|indicates?"
            + "|means?|shows?|beside|next)\\b)|(?<=\\b(?i:marked|flagged|tagged|starred) (?:with|by) )\\*");
    private static final Pattern ABOUT = Pattern.compile("~ ?(?=\\p{L})");
    private static final Pattern SLASH = Pattern.compile(" ?[/\\\\|] ?");
    private static final Pattern JOINING_DASH = Pattern.compile("(?<=\\p{L})–(?=\\p{Lu})");
    private static final Pattern DASH = Pattern.compile(" *(?:—|–|--+| - ) *");
    private static final Pattern ELLIPSIS = Pattern.compile(" *\\.{2,} *");

    private Symbols() {
    }

    static String speak(String text) {
        String s = Rewrite.replace(SYMBOL, text, m -> WORDS.get(m.group().strip().charAt(0)));
        if (s.indexOf('#') >= 0 || s.indexOf('*') >= 0) {
            s = Rewrite.replace(KEYPAD, s, m -> m.group().equals("#") ? "pound " : "star ");
            s = ASTERISK.matcher(s).replaceAll("asterisk");
            s = SHARP.matcher(s).replaceAll("$1 sharp");
            String tags = s;
            // "the hashtag #ZooBabies" says "hashtag" once
            s = Rewrite.replace(HASHTAG, s, m -> (Rewrite.wordBefore(tags, m.start()).equalsIgnoreCase("hashtag") ? ""
                    : "hashtag ") + CAMEL.matcher(m.group(1)).replaceAll(" "));
        }
        if (s.indexOf('~') >= 0) s = ABOUT.matcher(s).replaceAll("about ");
        s = SLASH.matcher(s).replaceAll(" ");
        if (s.indexOf('–') >= 0) s = JOINING_DASH.matcher(s).replaceAll(" ");
        s = DASH.matcher(s).replaceAll(", ");
        String ellipses = s;
        return Rewrite.replace(ELLIPSIS, s, m -> Rewrite.atEnd(ellipses, m.end()) ? "." : ", ");
    }
}
