package dev.voxpress.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: "10:30 a.m." and "10:30am" → "ten thirty Ay M", "9 p.m." → "nine P M", "10:05" → "ten oh five", "10:00"
 * → "ten" (not "o'clock", which FreeTTS misreads), "14:00" → "fourteen hundred", "14:30" → "fourteen thirty", "00:00" →
 * "midnight", "10:30:15" → "ten thirty and fifteen seconds". "A M" and "P M" are spelled as {@link Initialisms} spells
 * letters. A number pair that cannot be a time ("3:1", "16:9") is left for the ratio rule.
 */
final class Times {
    /** a.m. or p.m. in any spelling; its final dot is kept when it also ends the text. */
    private static final String MERIDIEM = "([AaPp])\\.? ?[Mm](?![\\p{L}\\d])\\.?";
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:.,])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:]|[.,]\\d)"
            + "(?: ?" + MERIDIEM + ")?");
    private static final Pattern DOT_CLOCK = Pattern.compile("(?<![\\d:.,])(\\d{1,2})\\.(\\d{2}) ?" + MERIDIEM);
    private static final Pattern HOUR = Pattern.compile("(?<![\\d:.,])(\\d{1,2}) ?" + MERIDIEM);

    private Times() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String s = Rewrite.replace(CLOCK, text, m -> time(m, text, m.group(1), m.group(2), m.group(3), m.group(4)));
        String dotted = s;
        s = Rewrite.replace(DOT_CLOCK, s, m -> time(m, dotted, m.group(1), m.group(2), null, m.group(3)));
        String hours = s;
        return Rewrite.replace(HOUR, s, m -> time(m, hours, m.group(1), "00", null, m.group(2)));
    }

    private static String time(Matcher m, String text, String hour, String minute, String second, String meridiem) {
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        int sec = second == null ? 0 : Integer.parseInt(second);
        if (h > (meridiem == null ? 24 : 12) || min > 59 || sec > 59) return null;
        if (h == 0 && min == 0 && second == null && meridiem == null) return "midnight";
        StringBuilder words = new StringBuilder(NumberWords.cardinal(h));
        if (min > 0) words.append(min < 10 ? " oh " : " ").append(NumberWords.cardinal(min));
        else if (meridiem == null && h > 12) words.append(" hundred");
        if (second != null) {
            words.append(" and ").append(NumberWords.cardinal(sec)).append(sec == 1 ? " second" : " seconds");
        }
        if (meridiem != null) {
            words.append(' ').append(Initialisms.letter(meridiem.charAt(0))).append(" M").append(Rewrite.fullStop(m, text));
        }
        return words.toString();
    }
}
