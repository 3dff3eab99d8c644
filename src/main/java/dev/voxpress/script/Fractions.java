package dev.voxpress.script;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fractions and mixed numbers: "3/4" → "three quarters", "15/16" → "fifteen sixteenths", "17/3" → "seventeen
 * thirds", "2 1/2" → "two and a half", "2 1/2 kg" → "two and a half kilograms", "3/4 mile" → "three quarters of a
 * mile", "4.5/5" → "four point five out of five". Only the denominators that fractions are written with count, and
 * improper fractions only over 2, 3, 4 or 8, so that "24/7", "9/11" and "50/50" are read as two numbers.
 */
final class Fractions {
    private static final Set<Integer> DENOMINATORS = Set.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64, 100, 1000);
    private static final Set<Integer> IMPROPER = Set.of(2, 3, 4, 8);
    /** A unit after the fraction, maybe joined by a hyphen, maybe with an abbreviation's dot ("in. long"). */
    private static final String UNIT = "(?: ?(-)?(\\p{L}[\\p{L}/²³]{0,5}|″)(?![\\p{L}\\d])(\\.(?= +\\p{Ll}))?)?";
    private static final Pattern MIXED = Pattern.compile("(?<![\\d/.,])(\\d+) (\\d+)/(\\d+)(?![\\d/])" + UNIT);
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/.,])(\\d+)/(\\d+)(?:th|nds?|rds?|ths)?(?![\\d/])"
            + UNIT);
    /** The ending of a fraction written as an ordinal, "1/10th", which the fraction's name already says. */
    private static final Pattern ORDINAL_ENDING = Pattern.compile("^(?:th|nds?|rds?|ths)");
    /** Blood pressure: "120/80 mmHg" → "one hundred twenty over eighty millimeters of mercury". */
    private static final Pattern PRESSURE = Pattern.compile("(?=\\d)(?<![\\d/.,])(\\d{2,3})/(\\d{2,3}) ?mm ?Hg(?![\\p{L}\\d])");
    /** A decimal over a number is a rating: "4.5/5" → "four point five out of five". */
    private static final Pattern RATING = Pattern.compile("(?<![\\d/.,])(\\d+\\.\\d+)/(\\d+)(?![\\d/]|\\.\\d)");

    /** Words after a pair of numbers that make it a rating: "4/5 stars" → "four out of five stars". */
    private static final Set<String> RATED = Set.of("stars", "star", "rating", "score", "review");
    /** A basketball player's shots: "7/12 from the field" → "seven for twelve". */
    private static final Pattern SHOTS = Pattern.compile(" from (?:the (?:field|floor|line|arc)|three|deep|beyond)\\b");
    /** Betting odds: "5/1 odds", "a 10/1 shot" → "five-to-one", "ten-to-one". */
    private static final Set<String> ODDS = Set.of("odds", "shot", "favorite", "favourite", "underdog", "outsider");
    /** Betting odds after the word: "went off at odds of 7/2". */
    private static final Pattern ODDS_BEFORE = Pattern.compile("\\bodds (?:of )?$");
    /** A verb of rating shortly before a score out of 5, 10, 20, 25 or 100: "gave the phone 9/10". */
    private static final Pattern RATING_VERB = Pattern.compile("\\b(?:gave|give|gives|giving|rated|rates|scored|scores"
            + "|awarded|awards|earned|earns)\\b[^.,;:!?]{0,30}$");
    /** A shutter's speed: "1/1000 sec" → "one one thousandth of a second". */
    private static final Pattern SHUTTER = Pattern.compile("(?<![\\d/.,])1/(\\d{2,4}) ?(?:sec|s|second)\\b\\.?(?= )");
    /** A label before a score: "Graphics: 9/10". */
    private static final Pattern LABEL = Pattern.compile("\\p{L}: $");
    /** Words after a musical meter: "in 4/4 time" → "in four four time". */
    private static final Set<String> METER = Set.of("time", "meter", "metre", "signature");

    private Fractions() {
    }

    static String speak(String text) {
        if (text.indexOf('/') < 0 || !Rewrite.hasDigit(text)) return text;
        String s = Rewrite.replace(PRESSURE, text, m -> NumberWords.number(m.group(1)) + " over "
                + NumberWords.number(m.group(2)) + " millimeters of mercury");
        s = Rewrite.replace(SHUTTER, s, m -> "one " + NumberWords.ordinal(Integer.parseInt(m.group(1)))
                + " of a second");
        s = Rewrite.replace(MIXED, s, Fractions::mixed);
        String fractions = s;
        s = Rewrite.replace(FRACTION, s, m -> simple(m, fractions));
        return Rewrite.replace(RATING, s, m -> NumberWords.number(m.group(1)) + " out of "
                + NumberWords.number(m.group(2)));
    }

    private static String mixed(Matcher m) {
        String part = fraction(m.group(2), m.group(3));
        if (part == null) return null;
        if (m.group(2).equals("1")) part = single(part);
        String words = NumberWords.number(m.group(1)) + " and " + part;
        String[] unit = unit(m.group(5), m.group(6));
        if (unit == null) return m.group(5) == null ? words : words + m.group().substring(m.end(3) - m.start());
        return words + (m.group(4) != null ? "-" + unit[0] : " " + unit[1]);
    }

    private static String simple(Matcher m, String text) {
        if (METER.contains(Rewrite.wordAfter(text, m.end(2))) && m.group(1).length() <= 2 && m.group(2).length() <= 2) {
            return NumberWords.number(m.group(1)) + " " + NumberWords.number(m.group(2))
                    + text.substring(m.end(2), m.end());
        }
        if (m.group(4) == null || Measures.names(m.group(4)) == null) {
            String pair = pair(m, text);
            if (pair != null) return pair;
        }
        String part = fraction(m.group(1), m.group(2));
        if (part == null) {
            return NumberWords.number(m.group(1)) + " " + NumberWords.number(m.group(2))
                    + m.group().substring(m.end(2) - m.start());
        }
        // "a 3/4-ton pickup" is a "three-quarter-ton" one
        if (m.group(3) != null) part = part.replace("quarters", "quarter");
        String[] unit = unit(m.group(4), m.group(5));
        if (unit == null) {
            // "won by ½ a length", "1/2 an hour": "half a"
            String next = Rewrite.wordAfter(text, m.end(2));
            if (part.equals("one half") && (next.equals("a") || next.equals("an"))) {
                return "half" + text.substring(m.end(2), m.end());
            }
            String rest = ORDINAL_ENDING.matcher(m.group().substring(m.end(2) - m.start())).replaceFirst("");
            // letters joined to the fraction are no unit but a product: "½mv²" → "one half mv squared"
            return part + (rest.isEmpty() || !Character.isLetter(rest.charAt(0)) ? rest : " " + rest);
        }
        boolean one = m.group(1).equals("1");
        if (m.group(3) != null) return (one ? part.substring("one ".length()) : part) + "-" + unit[0];
        // "the 1/4 mile" is "the quarter mile"
        if (one && Rewrite.wordBefore(text, m.start()).equalsIgnoreCase("the")) {
            return part.substring("one ".length()) + " " + unit[0];
        }
        // after "a", before a noun or "of": "a 5/8 inch hole" is "a five eighths inch hole", "a 1/2 inch of rain"
        // "a half inch of rain"
        if (Rewrite.afterArticle(text, m.start()) && Character.isLowerCase(Rewrite.charAfter(text, m.end()))) {
            boolean bare = one && (part.endsWith("half") || Rewrite.wordAfter(text, m.end()).equals("of"));
            return (bare ? part.substring("one ".length()) : part) + " " + unit[0];
        }
        String amount = one ? single(part) : part;
        String article = "aeiou".indexOf(unit[0].charAt(0)) >= 0 || unit[0].startsWith("hour") ? "an " : "a ";
        if (one && part.endsWith("half")) return "half " + article + unit[0];
        return amount + " of " + article + unit[0];
    }

    /** Two numbers that the words around them make a rating, shots made of shots taken, or odds; else null. */
    private static String pair(Matcher m, String text) {
        String after = Rewrite.wordAfter(text, m.end(2));
        boolean shots = SHOTS.matcher(text).region(m.end(2), text.length()).lookingAt();
        boolean rated = RATED.contains(after) || !shots && after.equals("from")
                && Rewrite.wordBefore(text, m.start()).equals("a");
        String first = NumberWords.number(m.group(1));
        String second = NumberWords.number(m.group(2));
        String rest = text.substring(m.end(2), m.end());
        String before = text.substring(Math.max(0, m.start() - 40), m.start());
        String outOf = m.group(2);
        rated |= outOf.matches("5|10|20|25|100") && RATING_VERB.matcher(before).find() && !after.equals("of")
                || outOf.matches("5|10|100") && LABEL.matcher(before).find();
        if (rated) return first + " out of " + second + rest;
        if (shots) return first + " for " + second + rest;
        return ODDS.contains(after) || ODDS_BEFORE.matcher(before).find() ? first + "-to-" + second + rest : null;
    }

    /** The unit's names; "in" is inches only with an abbreviation's dot ("6 3/8 in. long"), being a word otherwise. */
    private static String[] unit(String symbol, String dot) {
        return "in".equals(symbol) && dot != null || "″".equals(symbol) ? new String[] {"inch", "inches"}
                : Measures.names(symbol);
    }

    /** "one eighth" → "an eighth", "one third" → "a third". */
    private static String single(String part) {
        String name = part.substring("one ".length());
        return (name.startsWith("e") ? "an " : "a ") + name;
    }

    /** "three quarters", "two thirds", or null for pairs that are not written fractions. */
    static String fraction(String numerator, String denominator) {
        if (numerator.length() > 6 || denominator.length() > 4) return null;
        int n = Integer.parseInt(numerator);
        int d = Integer.parseInt(denominator);
        if (n < 1 || !DENOMINATORS.contains(d) || n >= d && !IMPROPER.contains(d)) return null;
        String name = switch (d) {
            case 2 -> n == 1 ? "half" : "halves";
            case 4 -> n == 1 ? "quarter" : "quarters";
            default -> NumberWords.ordinal(d).replace("one hundredth", "hundredth") + (n == 1 ? "" : "s");
        };
        return NumberWords.cardinal(n) + " " + name;
    }
}
