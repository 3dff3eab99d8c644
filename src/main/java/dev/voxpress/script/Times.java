package dev.voxpress.script;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times: "10:30 a.m." and "10:30am" → "ten thirty Ay M", "9 p.m." → "nine P M", "10:05" → "ten oh five", "02:00"
 * → "two o'clock", "14:00" → "fourteen hundred", "14:30" → "fourteen thirty", "00:00" → "midnight", "10:30:15" → "ten
 * thirty and fifteen seconds", "9:45PST" → "nine forty-five P S T", "9am-11 am" → "nine Ay M to eleven Ay M", "0800
 * GMT" (four digits before a time zone) and "02:00 hours" → "oh eight hundred G M T", "oh two hundred hours". "A M",
 * "P M" and time zones are spelled as {@link Initialisms} spells letters ("1432Z" → "fourteen thirty-two Zulu"). A
 * number pair that cannot be a time ("3:1", "16:9") is left for the ratio rule, unless a race's words come before it
 * ("a finish of 48:21" → "forty-eight minutes and twenty-one seconds"). Durations: "1:07:45" → "one hour seven minutes
 * forty-five seconds", "1h 30m" → "one hour thirty minutes".
 */
final class Times {
    /** a.m. or p.m. in any spelling; its final dot is kept when it also ends the text. */
    private static final String MERIDIEM = "([AaPp])\\.? ?[Mm](?![\\p{L}\\d])\\.?";
    /** A time zone after a time, spelled: "9:45PST" → "nine forty-five P S T". */
    private static final String ZONE_NAME = "([ECMPA]K?[SD]T|[ECMP]T|GMT|UTC|BST|CES?T|IST|JST|AE[SD]T|HST|Z)(?![\\p{L}])";
    private static final String ZONE = "(?: ?" + ZONE_NAME + ")?";
    /** Not after a digit or a number's separator; a comma after a letter, as in "7:15AM,3:30PM", is a list's. */
    private static final String START = "(?=\\d)(?<![\\d:.]|\\d,)";
    private static final Pattern CLOCK = Pattern.compile(START + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?![\\d:]|[.,]\\d)"
            + "(?: ?" + MERIDIEM + ")?" + ZONE);
    private static final Pattern DOT_CLOCK = Pattern.compile(START + "(\\d{1,2})\\.(\\d{2}) ?" + MERIDIEM + ZONE);
    /**
     * Four digits before a time zone or "hours" are a 24-hour time ("0800 GMT" → "oh eight hundred G M T", "1400
     * hrs"), and so are four with a leading zero after "at" and the like ("at 0830 sharp").
     */
    private static final Pattern MILITARY = Pattern.compile(START + "(?<![\\d,])([01]\\d|2[0-3])([0-5]\\d)"
            + "(?: ?" + ZONE_NAME + "|(?= hours\\b)|(?<hrs> hrs\\b)"
            + "|(?<=\\b(?:at|by|until|from|before|after) 0\\d{3})(?![\\d.,:]))");
    /** Words before a time with seconds that make it a race's time: "ran 2:01:09", "finished in" stays a clock's. */
    private static final Set<String> DURATION_WORDS = Set.of("ran", "run", "finished", "clocked", "timed",
            "time", "of", "posted", "record", "won");
    /** Words of a race shortly before "in" and a time with seconds: "won the marathon in 2:01:09". */
    private static final Pattern RACE = Pattern.compile("\\b(?:marathon|race|ran|run|finished|won|clocked|mile"
            + "|course)\\b");
    /** Minutes, seconds and parts of a second: "a lap of 1:23.456" → "one minute, twenty-three point four five six". */
    private static final Pattern LAP = Pattern.compile(START + "(\\d{1,2}):([0-5]\\d)\\.(\\d{1,3})(?![\\d:]|\\.\\d)");
    /** The end of a range whose "a.m." or "p.m." the start shares: "1:00 to 3:00 p.m." → "one to three P M". */
    private static final Pattern SHARED_MERIDIEM = Pattern.compile(" to \\d{1,2}(?::\\d{2})? ?[AaPp]\\.? ?[Mm]"
            + "(?![\\p{L}\\d])");
    /** Hours and minutes written short: "1h 30m" → "one hour thirty minutes" (not "thirty meters"). */
    private static final Pattern HOURS_MINUTES = Pattern.compile(START + "(\\d{1,3}) ?h(?:rs?)? ?(\\d{1,2}) ?m(?:in)?"
            + "(?![\\p{L}\\d])");
    /** Words after minutes and seconds that make them a game clock's: "with 0:03 left". */
    private static final Set<String> CLOCK_LEFT = Set.of("left", "remaining");
    private static final Pattern HOUR = Pattern.compile(START + "(\\d{1,2}) ?" + MERIDIEM + ZONE);
    /**
     * A dash between two times, at least one with minutes or a.m. or p.m., is "to": "9am-11 am", "6:30-9:45 pm", "10
     * a.m.–noon".
     */
    private static final Pattern RANGE = Pattern.compile(START + "(\\d{1,2}(?::\\d{2})?(?: ?[AaPp]\\.? ?[Mm]\\.?)?) ?[–-] ?"
            + "(?=\\d{1,2}:\\d{2}|\\d{1,2} ?[AaPp]\\.? ?[Mm](?![\\p{L}\\d])|(?:noon|midnight)\\b)");

    private Times() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String spans = Rewrite.replace(HOURS_MINUTES, text, m -> amount(m.group(1), "hour") + " "
                + amount(m.group(2), "minute"));
        String laps = RANGE.matcher(spans).replaceAll("$1 to ");
        String ranges = Rewrite.replace(LAP, laps, m -> lap(m, laps));
        String s = Rewrite.replace(CLOCK, ranges, m -> zoned(time(m, ranges, m.group(1), m.group(2), m.group(3),
                m.group(4)), m.group(5)));
        String dotted = s;
        s = Rewrite.replace(DOT_CLOCK, s, m -> zoned(time(m, dotted, m.group(1), m.group(2), null, m.group(3)),
                m.group(4)));
        String military = s;
        s = Rewrite.replace(MILITARY, s, m -> m.group(3) == null && m.group(1).charAt(0) != '0'
                && !Rewrite.wordBefore(military, m.start()).equals("at") ? null
                : zoned(military(m.group(1), m.group(2)), m.group(3)) + (m.group("hrs") == null ? "" : " hours"));
        String hours = s;
        return Rewrite.replace(HOUR, s, m -> zoned(time(m, hours, m.group(1), "00", null, m.group(2)), m.group(3)));
    }

    /** "one minute, twenty-three point four five six seconds"; before a noun, "a 3:43.13 mile", as athletes say it. */
    private static String lap(Matcher m, String text) {
        int minutes = Integer.parseInt(m.group(1));
        String seconds = NumberWords.number(Integer.parseInt(m.group(2)) + "." + m.group(3));
        if (Rewrite.afterArticle(text, m.start())) return NumberWords.cardinal(minutes) + " " + seconds;
        return NumberWords.cardinal(minutes) + (minutes == 1 ? " minute, " : " minutes, ") + seconds + " seconds";
    }

    /** "oh eight hundred", "fourteen thirty", "oh six oh five". */
    private static String military(String hour, String minute) {
        int min = Integer.parseInt(minute);
        String h = (hour.charAt(0) == '0' ? "oh " : "") + NumberWords.cardinal(Integer.parseInt(hour));
        return h + (min == 0 ? " hundred" : (min < 10 ? " oh " : " ") + NumberWords.cardinal(min));
    }

    /** "one hour", "thirty minutes". */
    private static String amount(String number, String unit) {
        int n = Integer.parseInt(number);
        return NumberWords.cardinal(n) + " " + unit + (n == 1 ? "" : "s");
    }

    /** "two hours one minute nine seconds". */
    private static String duration(int hours, int minutes, int seconds) {
        return NumberWords.cardinal(hours) + (hours == 1 ? " hour " : " hours ") + NumberWords.cardinal(minutes)
                + (minutes == 1 ? " minute " : " minutes ") + NumberWords.cardinal(seconds)
                + (seconds == 1 ? " second" : " seconds");
    }

    private static String zoned(String time, String zone) {
        if (time == null || zone == null) return time;
        return time + " " + (zone.equals("Z") ? "Zulu" : Initialisms.spell(zone));
    }

    /** Whether a time with seconds at {@code index} is a race's: "ran 2:01:09", "won the marathon in 2:01:09". */
    private static boolean raceTime(String text, int index) {
        String before = Rewrite.wordBefore(text, index);
        if (DURATION_WORDS.contains(before)) return true;
        if (!before.equals("in")) return false;
        String earlier = text.substring(Math.max(0, index - 40), index).toLowerCase(Locale.ROOT);
        return RACE.matcher(earlier).find();
    }

    private static String time(Matcher m, String text, String hour, String minute, String second, String meridiem) {
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        int sec = second == null ? 0 : Integer.parseInt(second);
        // a race's minutes and seconds: "a finish of 48:21"
        if (h > 24 && h < 60 && min < 60 && second == null && meridiem == null && raceTime(text, m.start())) {
            return NumberWords.cardinal(h) + " minutes and " + NumberWords.cardinal(min)
                    + (min == 1 ? " second" : " seconds");
        }
        if (h > (meridiem == null ? 24 : 12) || min > 59 || sec > 59) return null;
        if (h == 0 && min == 0 && second == null && meridiem == null) return "midnight";
        // "1:07:45" is no clock's time, which would be "one oh seven and forty-five seconds"
        boolean shortHour = hour.length() == 1 && minute.charAt(0) == '0';
        if (second != null && meridiem == null && (shortHour || raceTime(text, m.start()))) {
            return duration(h, min, sec);
        }
        String after = Rewrite.wordAfter(text, m.end());
        if (second == null && meridiem == null && CLOCK_LEFT.contains(after)) {
            String seconds = NumberWords.cardinal(min) + (min == 1 ? " second" : " seconds");
            String minutes = NumberWords.cardinal(h) + (h == 1 ? " minute" : " minutes");
            return h == 0 ? seconds : min == 0 ? minutes : minutes + ", " + seconds;
        }
        if (min == 0 && meridiem == null && (after.equals("noon") || after.equals("midnight"))) {
            return NumberWords.cardinal(h);
        }
        boolean hours = after.equals("hours");
        if (second == null && meridiem == null && hour.length() == 2 && hours) return military(hour, minute);
        StringBuilder words = new StringBuilder(NumberWords.cardinal(h));
        if (min > 0) words.append(min < 10 ? " oh " : " ").append(NumberWords.cardinal(min));
        else if (meridiem == null && h > 12) words.append(" hundred");
        else if (meridiem == null && h > 0 && second == null && !SHARED_MERIDIEM.matcher(text).region(m.end(),
                text.length()).lookingAt()) {
            words.append(" o'clock");
        }
        if (second != null) {
            words.append(" and ").append(NumberWords.cardinal(sec)).append(sec == 1 ? " second" : " seconds");
        }
        if (meridiem != null) {
            words.append(' ').append(Initialisms.letter(meridiem.charAt(0))).append(" M").append(Rewrite.fullStop(m, text));
        }
        return words.toString();
    }
}
