package dev.voxpress.script;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, all said the same way: "May fourteenth, twenty twenty-two". Read: "May 14, 2022", "May 14th 2022", "14 May
 * 2022", "3rd aug 2018", "Monday, May 14", "Jan. 5", "OCT. 3", "May 14–16", "May 2022", "Mar-09-2021", "2022-05-14",
 * "2018/11/05", "5/14/2022" and "05-14-2022" (month first, as in the US, unless the first number cannot be a month:
 * "14/5/2022") and "14.05.2022" and "15-Aug-2021" (day first); ranges across months ("June 30–July 2" → "June
 * thirtieth to July second"); and "Mon-Fri" → "Monday through Friday", as Americans say it, "Jan.-March" → "January
 * to March". Month names may be in any case.
 * Two-digit years are taken as 20xx below 50, 19xx otherwise.
 */
final class Dates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final Map<String, String> WEEKDAYS_NAMES = Map.ofEntries(Map.entry("Mon", "Monday"),
            Map.entry("Tue", "Tuesday"), Map.entry("Tues", "Tuesday"), Map.entry("Wed", "Wednesday"),
            Map.entry("Thu", "Thursday"), Map.entry("Thur", "Thursday"), Map.entry("Thurs", "Thursday"),
            Map.entry("Fri", "Friday"), Map.entry("Sat", "Saturday"), Map.entry("Sun", "Sunday"),
            Map.entry("Monday", "Monday"), Map.entry("Tuesday", "Tuesday"), Map.entry("Wednesday", "Wednesday"),
            Map.entry("Thursday", "Thursday"), Map.entry("Friday", "Friday"), Map.entry("Saturday", "Saturday"),
            Map.entry("Sunday", "Sunday"));
    /** A month in any case; lower-case "may" and "march" are taken for months only before a year. */
    private static final String MONTH = "((?i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\\.?";
    private static final String WEEKDAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue"
            + "|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,? +";
    private static final String WEEKDAY = "(?:" + WEEKDAY_NAME + ")?";
    private static final String DAY = "(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?";
    private static final String DAYS = DAY + "(?: ?[–-] ?" + DAY + ")?";
    private static final String YEAR = "(?:,? +(\\d{4})(?![\\d%]|[.,:]\\d))?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + WEEKDAY + MONTH + " +" + DAYS
            + "(?![\\p{L}\\d%:]|[.,]\\d)" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\w.,:$£€-])" + WEEKDAY + DAYS + " +(?:of +)?"
            + MONTH + "(?![\\p{L}])" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " +(\\d{4})(?![\\d%]|[.,:]\\d)");
    private static final Pattern MONTH_DASHED = Pattern.compile("\\b" + MONTH + "-(\\d{1,2})-(\\d{4})(?![\\d-])");
    private static final Pattern DAY_MONTH_DASHED = Pattern.compile("(?=\\d)(?<![\\d.-])(\\d{1,2})-" + MONTH
            + "-(\\d{4})(?![\\d-])");
    /** A dash between a day and the next month is "to": "June 30–July 2", "Jan. 2, 1931 – May 3, 2023". */
    private static final Pattern ACROSS_MONTHS = Pattern.compile("(\\b" + MONTH
            + " +\\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?) ?[–-] ?"
            + "(?=" + MONTH + " +\\d)");
    /** Months joined by a dash: "Jan.-March" → "January to March". */
    private static final Pattern MONTHS_RANGE = Pattern.compile("\\b" + MONTH + " ?[–-] ?" + MONTH
            + "(?![\\p{L}\\d-])");
    private static final Pattern DASHED = Pattern.compile("(?=\\d)(?<![\\d./-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d./-])");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?=\\d)(?<![\\d./-])(1\\d{3}|20\\d{2})([/.])(\\d{1,2})\\2(\\d{1,2})"
            + "(?![\\d./]|\\.\\d)");
    private static final Pattern WEEKDAYS = Pattern.compile("\\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\.? ?[–-] ?(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday"
            + "|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b\\.?");
    private static final Pattern ISO = Pattern.compile("(?<![\\d./-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d/-]|\\.\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d./-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    /** A weekday before a numeric date: "Fri 8/22", "Tuesday, 12/31", "Wed 10/2/24". */
    private static final Pattern WEEKDAY_SLASHED = Pattern.compile("\\b" + WEEKDAY_NAME
            + "(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");
    /**
     * A month and a day after a word that asks for a date: "due 4/15", "on 6/30", "by 8/21", "set for 4/22" (not a
     * fraction's "on 1/2 of", nor "since 9/11", said as it is written).
     */
    private static final Pattern WORD_SLASHED = Pattern.compile("\\b((?i:on|due|until|through|thru|since|starting"
            + "|effective|dated|ending|expires|expiring|by|for|before|after|till)) (\\d{1,2})/(\\d{1,2})"
            + "(?![\\d/]|\\.\\d| of\\b)");
    /** Denominators of the fractions that read as well as dates. */
    private static final Set<Integer> FRACTION_DENOMINATORS = Set.of(2, 3, 4, 8, 16);
    /** A month and a year: "best before 11/2026" (not the odds of "a 1/2000 chance"). */
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(?<![\\d./-])(0?[1-9]|1[0-2])/((?:19|20)\\d{2})"
            + "(?![\\d/])");
    /** A month and a year's last two digits: "Dec '25" → "December twenty-five". */
    private static final Pattern MONTH_SHORT_YEAR = Pattern.compile("\\b" + MONTH + " +'(\\d{2})(?![\\d'])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)");

    private Dates() {
    }

    static String speak(String text) {
        String weekdays = Rewrite.replace(WEEKDAYS, text, m -> WEEKDAYS_NAMES.get(m.group(1)) + " through "
                + WEEKDAYS_NAMES.get(m.group(2)) + Rewrite.fullStop(m, text));
        String days = weekdays.indexOf('-') < 0 && weekdays.indexOf('–') < 0 ? weekdays
                : Rewrite.replace(MONTHS_RANGE, weekdays, m -> month(m.group(1)) + " to " + month(m.group(2))
                + Rewrite.fullStop(m, weekdays));
        if (!Rewrite.hasDigit(days)) return days;
        String s = Rewrite.replace(MONTH_DASHED, days, m -> say(null, month(m.group(1)), m.group(2), null, m.group(3)));
        s = Rewrite.replace(DAY_MONTH_DASHED, s, m -> say(null, month(m.group(2)), m.group(1), null, m.group(3)));
        if (s.indexOf('-') >= 0 || s.indexOf('–') >= 0) s = ACROSS_MONTHS.matcher(s).replaceAll("$1 to ");
        s = Rewrite.replace(MONTH_DAY, s, m -> lowerCaseVerb(m.group(2), m.group(5)) ? null
                : say(m.group(1), month(m.group(2)), m.group(3), m.group(4), m.group(5)));
        String dayFirst = s;
        s = Rewrite.replace(DAY_MONTH, s, m -> {
            if (lowerCaseVerb(m.group(4), m.group(5))) return null;
            String words = say(m.group(1), month(m.group(4)), m.group(2), m.group(3), m.group(5));
            return words == null ? null : words + fullStop(m, dayFirst, m.group(4));
        });
        s = Rewrite.replace(MONTH_YEAR, s, m -> month(m.group(1)) + " " + NumberWords.year(Integer.parseInt(m.group(2))));
        s = Rewrite.replace(ISO, s, m -> numeric(m.group(1), m.group(2), m.group(3)));
        s = Rewrite.replace(YEAR_FIRST, s, m -> numeric(m.group(1), m.group(3), m.group(4)));
        if (s.indexOf('/') >= 0) {
            s = Rewrite.replace(WEEKDAY_SLASHED, s, Dates::weekdaySlashed);
            s = Rewrite.replace(SLASHED, s, Dates::slashed);
            s = Rewrite.replace(WORD_SLASHED, s, Dates::wordSlashed);
            String odds = s;
            s = Rewrite.replace(MONTH_SLASH_YEAR, s, m -> Rewrite.afterArticle(odds, m.start()) ? null
                    : MONTHS[Integer.parseInt(m.group(1)) - 1] + " " + NumberWords.year(Integer.parseInt(m.group(2))));
        }
        if (s.indexOf('\'') >= 0) {
            s = Rewrite.replace(MONTH_SHORT_YEAR, s, m -> month(m.group(1)) + " " + NumberWords.number(m.group(2)));
        }
        s = Rewrite.replace(DASHED, s, Dates::slashed);
        // day first, as Europeans write it, unless the second number cannot be a month: "11.15.2024"
        return Rewrite.replace(DOTTED, s, m -> Integer.parseInt(m.group(2)) > 12
                ? numeric(m.group(3), m.group(1), m.group(2)) : numeric(m.group(3), m.group(2), m.group(1)));
    }

    private static String slashed(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        String year = fullYear(m.group(3));
        boolean dayFirst = first > 12 && second <= 12;
        return dayFirst ? numeric(year, m.group(2), m.group(1)) : numeric(year, m.group(1), m.group(2));
    }

    private static String wordSlashed(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || FRACTION_DENOMINATORS.contains(day) || month == 9 && day == 11) return null;
        // after "by", "for", "before", "after" or "till", a fraction ("cut by 1/5", "scored for 2/5") unless the day
        // cannot be a denominator; "7/11" is the stores' name
        if (m.group(1).matches("(?i:by|for|before|after|till)") && (day < 13 || month == 7 && day == 11)) return null;
        String date = say(null, MONTHS[month - 1], m.group(3), null, null);
        return date == null ? null : m.group(1) + " " + date;
    }

    private static String weekdaySlashed(Matcher m) {
        String year = m.group(4) == null ? null : fullYear(m.group(4));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return null;
        return say(m.group(1), MONTHS[month - 1], m.group(3), null, year);
    }

    /** A year of two digits taken as 20xx below 50, 19xx otherwise; four digits as they are. */
    private static String fullYear(String year) {
        return year.length() == 2 ? (Integer.parseInt(year) < 50 ? "20" : "19") + year : year;
    }

    private static String numeric(String year, String month, String day) {
        int mm = Integer.parseInt(month);
        if (mm < 1 || mm > 12) return null;
        return say(null, MONTHS[mm - 1], day, null, year);
    }

    /** "Monday, May fourteenth to sixteenth, twenty twenty-two", or null if the day cannot be one. */
    private static String say(String weekday, String month, String day, String lastDay, String year) {
        if (!isDay(day) || lastDay != null && !isDay(lastDay)) return null;
        StringBuilder words = new StringBuilder();
        if (weekday != null) words.append(WEEKDAYS_NAMES.getOrDefault(weekday, weekday)).append(", ");
        words.append(month).append(' ').append(NumberWords.ordinal(Integer.parseInt(day)));
        if (lastDay != null) words.append(" to ").append(NumberWords.ordinal(Integer.parseInt(lastDay)));
        if (year != null) words.append(", ").append(NumberWords.year(Integer.parseInt(year)));
        return words.toString();
    }

    /** A dot after a month's full name ends the sentence; after an abbreviation, only at the text's end. */
    private static String fullStop(Matcher m, String text, String month) {
        if (!m.group().endsWith(".")) return "";
        return month.length() == month(month).length() ? "." : Rewrite.fullStop(m, text);
    }

    private static boolean isDay(String day) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }

    /** The full name of a month written in full or abbreviated, in any case. */
    private static String month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String month : MONTHS) if (month.toLowerCase(Locale.ROOT).startsWith(lower)) return month;
        throw new IllegalArgumentException(name);
    }

    /** "may" or "march" in lower case without a year: the verb ("you may 5", "they march 7 miles"). */
    private static boolean lowerCaseVerb(String month, String year) {
        return year == null && (month.equals("may") || month.startsWith("march"));
    }
}
