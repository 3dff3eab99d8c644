package dev.voxpress.script;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers the earlier rules left: version numbers, phone numbers and numbers to dial, negative numbers, ranges and
 * scores, ratios, decades, ordinals, fractions, years, and finally plain cardinals and decimals ("1,200" → "one
 * thousand two hundred", "3.5" → "three point five"). Hyphens stay, so "40-year-old" becomes "forty-year-old"; one
 * between a name and a number goes ("COVID-19" → "COVID nineteen", "F-16" → "F sixteen").
 *
 * <p>A four-digit number without a thousands separator is a year when
 * <ul>
 *   <li>it is between 1000 and 2099 and follows a word that calls for a year ("in", "since", "until", "during",
 *   "before", "after", "year", "circa", a month or a season, "early", "late", "mid"), or precedes "BC", "AD", "BCE" or
 *   "CE"; or it follows "by", "of", "from", "to", "through" or "around" and the next word is not a plural noun ("of
 *   1945 votes" is a count);</li>
 *   <li>it is between 1100 and 2099 and stands alone: no noun follows it ("the summer, 1945.", "(2022)", "2022 was",
 *   "2001 and"), or it follows "the", "a", "this", "that", "last" or "next" and precedes a singular word ("the 2022
 *   election").</li>
 * </ul>
 * Anything else is a count: "2022 people", "2,022", "1500 soldiers". Ranges of years read both ends as years
 * ("2019–2022" → "twenty nineteen to twenty twenty-two", "1939–45" → "nineteen thirty-nine to forty-five").
 */
final class Numbers {
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3}){1,6}(?!\\d)|\\d+)(?:\\.\\d+)?";
    private static final Set<String> YEAR_WORDS = Set.of("in", "since", "until", "till", "during", "before", "after",
            "year", "circa", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "ad");
    /** Words after which a number counts nothing, so that it can be a year: "2001 and", "2022 was". */
    private static final Set<String> NOT_COUNTED = Set.of("and", "or", "but", "nor", "to", "in", "on", "at", "of",
            "for", "with", "by", "from", "as", "when", "after", "before", "until", "through", "was", "is", "were",
            "saw", "will", "would", "marks", "marked", "brought", "began", "begins", "ended", "ends", "has", "had",
            "became", "proved", "remains", "the", "a", "an", "this", "that", "it", "he", "she", "they", "we", "i",
            "there");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("by", "of", "from", "to", "through", "around");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "this", "that", "last", "next");
    private static final Set<String> ERAS = Set.of("BC", "AD", "BCE", "CE");

    private static final Pattern VERSION = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+){2,6}(?![\\d.]|\\.\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\(\\d{3}\\) ?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?![\\d-])");
    /** Numbers to dial and codes are read digit by digit: "call 911" → "call nine one one". */
    private static final Pattern DIALED = Pattern.compile("\\b((?i:call|dial|text|phone|ring|code)|PIN|ZIP) (\\d{3,})\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\p{L}\\d.,)\\]-])-(?=\\.?\\d)");
    /** The hyphen of a name with a number ("COVID-19", "F-16"), not of a compound ("1-for-3"). */
    private static final Pattern NAME_HYPHEN_NUMBER = Pattern.compile("-(?<=\\b\\p{Lu}\\p{L}{0,20}-)(?=\\d)");
    private static final Pattern APOSTROPHE_NUMBER = Pattern.compile("(?<![\\p{L}\\d])'(?=\\d)");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")(?: ?– ?|-)(" + NUMBER
            + ")(?!\\d|[.,]\\d)");
    private static final Pattern RATIO = Pattern.compile("(?<![\\d:.,])(\\d+):(\\d+)(?![\\d:]|[.,]\\d)");
    private static final Pattern DECADE = Pattern.compile("(?<![\\d.,])(1[0-9]|20)([0-9])0'?s\\b");
    /** "'90s", or "90s" after a word that goes with decades ("the 60's", "in her 30s"). */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?<![\\d.,\\p{L}])(?:'|(?<=\\b(?i:the|early|mid|late"
            + "|in|his|her|their|my|your|our|its) ))([1-9])0'?s\\b");
    private static final Pattern ROUND_PLURAL = Pattern.compile("(?<![\\d.,])(100|1000)s\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3}){1,6}|\\d+)(?i:st|nd|rd|th)\\b");
    private static final Pattern MIXED_FRACTION = Pattern.compile("(?<![\\d/.,])(\\d+) (\\d+)/(\\d+)(?![\\d/])");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/.,])(\\d+)/(\\d+)(?![\\d/])");
    /** A decimal over a number is a rating: "4.5/5" → "four point five out of five". */
    private static final Pattern RATING = Pattern.compile("(?<![\\d/.,])(\\d+\\.\\d+)/(\\d+)(?![\\d/]|\\.\\d)");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(\\d{4})(?!\\d|[.,]\\d)");
    private static final Pattern CARDINAL = Pattern.compile("(?<!\\d)" + NUMBER + "|(?<![\\d\\p{L}])\\.\\d+");

    private Numbers() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String s = Rewrite.replace(VERSION, text, m -> String.join(" point ", sayEach(m.group().split("\\."))));
        s = Rewrite.replace(PHONE, s, m -> String.join(", ", digitGroups(m.group())));
        s = Rewrite.replace(DIALED, s, m -> m.group(1) + " " + NumberWords.digits(m.group(2)));
        s = NEGATIVE.matcher(s).replaceAll("minus ");
        s = NAME_HYPHEN_NUMBER.matcher(s).replaceAll(" ");
        s = Rewrite.replace(RANGE, s, m -> range(m.group(1), m.group(2)));
        s = Rewrite.replace(RATIO, s, m -> NumberWords.number(m.group(1)) + " to " + NumberWords.number(m.group(2)));
        s = Rewrite.replace(ROUND_PLURAL, s, m -> m.group(1).equals("100") ? "hundreds" : "thousands");
        s = Rewrite.replace(DECADE, s, m -> plural(NumberWords.year(Integer.parseInt(m.group(1) + m.group(2) + "0"))));
        s = Rewrite.replace(SHORT_DECADE, s, m -> plural(NumberWords.cardinal(Integer.parseInt(m.group(1)) * 10)));
        s = Rewrite.replace(ORDINAL, s, Numbers::ordinal);
        s = Rewrite.replace(MIXED_FRACTION, s, m -> mixedFraction(m.group(1), m.group(2), m.group(3)));
        s = Rewrite.replace(FRACTION, s, m -> fraction(m.group(1), m.group(2)));
        s = Rewrite.replace(RATING, s, m -> NumberWords.number(m.group(1)) + " out of " + NumberWords.number(m.group(2)));
        s = APOSTROPHE_NUMBER.matcher(s).replaceAll("");
        s = GLUED.matcher(s).replaceAll(" ");
        String years = s;
        s = Rewrite.replace(YEAR, s, m -> isYear(years, m) ? NumberWords.year(Integer.parseInt(m.group(1))) : null);
        return Rewrite.replace(CARDINAL, s, m -> NumberWords.number(m.group()));
    }

    private static String ordinal(Matcher m) {
        String digits = m.group(1).replace(",", "");
        return digits.length() > 18 ? null : NumberWords.ordinal(Long.parseLong(digits));
    }

    private static String[] sayEach(String[] numbers) {
        String[] words = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) words[i] = NumberWords.number(numbers[i]);
        return words;
    }

    private static String[] digitGroups(String phone) {
        String[] groups = NON_DIGITS.matcher(phone).replaceAll(" ").strip().split(" ");
        for (int i = 0; i < groups.length; i++) groups[i] = NumberWords.digits(groups[i]);
        return groups;
    }

    /** "ten to twenty"; years at both ends when both look like years, the second maybe with two digits only. */
    private static String range(String from, String to) {
        if (isDigits(from, 4) && (isDigits(to, 2) || isDigits(to, 4))) {
            int start = Integer.parseInt(from);
            int end = to.length() == 2 ? start / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
            if (start >= 1000 && start <= 2099 && end > start && end <= 2099) {
                String last = to.length() == 2 ? NumberWords.cardinal(Integer.parseInt(to)) : NumberWords.year(end);
                return NumberWords.year(start) + " to " + last;
            }
        }
        return NumberWords.number(from) + " to " + NumberWords.number(to);
    }

    private static boolean isDigits(String s, int length) {
        return s.length() == length && s.chars().allMatch(Character::isDigit);
    }

    /** The plural of the last word: "nineteen ninety" → "nineteen nineties", "two thousand" → "two thousands". */
    private static String plural(String words) {
        return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
    }

    private static String mixedFraction(String whole, String numerator, String denominator) {
        String part = fraction(numerator, denominator);
        if (part == null) return null;
        if (numerator.equals("1")) part = "a " + part.substring("one ".length());
        return NumberWords.number(whole) + " and " + part;
    }

    /** "three quarters", "two thirds"; other pairs, like "24/7" or "9/11", are read as two numbers. */
    private static String fraction(String numerator, String denominator) {
        long n = Long.parseLong(numerator.length() > 9 ? "0" : numerator);
        long d = Long.parseLong(denominator.length() > 9 ? "0" : denominator);
        if (n < 1 || d < 2 || d > 10 || n >= d) return NumberWords.number(numerator) + " " + NumberWords.number(denominator);
        String name = switch ((int) d) {
            case 2 -> n == 1 ? "half" : "halves";
            case 4 -> n == 1 ? "quarter" : "quarters";
            default -> NumberWords.ordinal(d) + (n == 1 ? "" : "s");
        };
        return NumberWords.cardinal(n) + " " + name;
    }

    private static boolean isYear(String text, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1000 || year > 2099) return false;
        boolean hyphen = m.start() > 0 && text.charAt(m.start() - 1) == '-';
        String before = Rewrite.wordBefore(text, hyphen ? m.start() - 1 : m.start()).toLowerCase(Locale.ROOT);
        String after = Rewrite.wordAfter(text, m.end());
        boolean plural = after.length() > 2 && after.endsWith("s") && !after.endsWith("'s") && !ERAS.contains(after);
        if (YEAR_WORDS.contains(before) || ERAS.contains(after)) return true;
        if (YEAR_PREPOSITIONS.contains(before)) return !plural;
        if (year < 1100) return false;
        char next = Rewrite.charAfter(text, m.end());
        if (!Character.isLetterOrDigit(next) || NOT_COUNTED.contains(after.toLowerCase(Locale.ROOT))) return true;
        return DETERMINERS.contains(before) && !plural;
    }
}
