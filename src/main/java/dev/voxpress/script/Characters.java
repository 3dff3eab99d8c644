package dev.voxpress.script;

import java.text.Normalizer.Form;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first step: brings any Unicode down to the few characters the later rules and the engines know. Letters with
 * diacritics lose them ("café" → "cafe"), letters of other scripts, emoji, control and zero-width characters go,
 * digits of other scripts become ASCII digits, typographic quotes become ASCII quotes, all spaces become one kind.
 * Symbols that later rules read (currency signs, °, ², en and em dashes) are kept.
 */
final class Characters {
    /** Operators that make a minus sign part of an expression for {@link Arithmetic}. */
    private static final char[] ARITHMETIC = {'=', '×', '÷', '+', '*', '^'};
    /** Kept as they are, for the rules that turn them into words. */
    private static final String KEPT = "€£¥₹₩₽¢°²³′″–—×µμ";
    /** Footnote markers; ² and ³ are kept for units ("km²"). */
    private static final String SUPERSCRIPTS = "⁰¹⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
    /** Superscript digits by value, then the minus: after "10" they write a power ("10⁸", "10⁻³"). */
    private static final String POWER_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('‚', "'"), Map.entry('‛', "'"), Map.entry('ʼ', "'"),
            Map.entry('ʻ', "'"), Map.entry('´', "'"), Map.entry('`', "'"), Map.entry('‹', "'"), Map.entry('›', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', "\""), Map.entry('‟', "\""),
            Map.entry('«', "\""), Map.entry('»', "\""),
            Map.entry('‐', "-"), Map.entry('‑', "-"), Map.entry('−', "-"), Map.entry('﹣', "-"),
            Map.entry('‒', "–"), Map.entry('―', "—"), Map.entry('⸺', "—"), Map.entry('⸻', "—"),
            Map.entry('…', "..."), Map.entry('⁄', "/"), Map.entry('∶', ":"),
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('þ', "th"),
            Map.entry('Þ', "Th"), Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"), Map.entry('ŋ', "ng"),
            Map.entry('Ŋ', "NG"), Map.entry('ŧ', "t"), Map.entry('Ŧ', "T"),
            Map.entry('±', " plus or minus "), Map.entry('÷', " divided by "), Map.entry('≤', " less than or equal to "),
            Map.entry('≥', " greater than or equal to "), Map.entry('≠', " not equal to "),
            Map.entry('≈', " approximately "), Map.entry('√', " square root of "), Map.entry('π', " pi "),
            Map.entry('∞', " infinity "),
            Map.entry('‰', " per thousand"), Map.entry('§', " Section "),
            Map.entry('¶', " paragraph "), Map.entry('℃', "°C"), Map.entry('º', "°"), Map.entry('˚', "°"), Map.entry('℉', "°F"),
            Map.entry('™', ""), Map.entry('®', ""), Map.entry('©', ""), Map.entry('℠', ""));

    /** Greek letters that stand alone as symbols ("σ = 1.5", "Δy"), said by name; within a Greek word, dropped. */
    private static final Map<Integer, String> GREEK = Map.ofEntries(Map.entry((int) 'α', "alpha"),
            Map.entry((int) 'β', "beta"), Map.entry((int) 'γ', "gamma"), Map.entry((int) 'δ', "delta"),
            Map.entry((int) 'Δ', "delta"), Map.entry((int) 'ε', "epsilon"), Map.entry((int) 'θ', "theta"),
            Map.entry((int) 'λ', "lambda"), Map.entry((int) 'σ', "sigma"), Map.entry((int) 'Σ', "sigma"),
            Map.entry((int) 'φ', "phi"), Map.entry((int) 'ω', "omega"), Map.entry((int) 'Ω', "omega"));
    /** The stroke that NFD splits off "≠", leaving "=" before it. */
    private static final int NOT = 0x338;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Characters() {
    }

    static String clean(String text) {
        String s = java.text.Normalizer.normalize(text, Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == NOT && out.length() > 0 && out.charAt(out.length() - 1) == '=') {
                out.setLength(out.length() - 1);
                out.append(" not equal to ");
                continue;
            }
            // an omega after a number is the ohm: "10 Ω", "4.7kΩ"
            if (cp == 'Ω' && afterNumber(out)) {
                out.append('Ω');
                continue;
            }
            if (cp >= 0x370 && cp <= 0x3ff && GREEK.containsKey(cp) && !(i > 1 && greek(s.codePointBefore(i - 1)))
                    && !(i < s.length() && greek(s.codePointAt(i)))) {
                out.append(' ').append(GREEK.get(cp)).append(' ');
                continue;
            }
            // "I ♥ NY", "London → Paris": between words a heart and an arrow are words; elsewhere (an emoji, a
            // bullet) they are dropped
            if ((cp == '♥' || cp == '→') && (betweenWords(out, s, i) || cp == '→' && beforeAmount(out, s, i))) {
                out.append(cp == '♥' ? " love " : " to ");
                continue;
            }
            // a minus sign after a word is one: "revenue − expenses", "(OG − FG)", and between numbers set apart by
            // spaces: "15 − 7" (a range takes a dash); an arrow up or down before a number says which way it went:
            // "Shares ↑ 4%"
            if (cp == '−' && (afterLetters(out, s, i) || betweenNumbers(out, s, i))) {
                out.append(" minus ");
                continue;
            }
            // "≈" after a letter is the verb of its clause: "π ≈ 3.14" → "pi is approximately 3.14"
            if (cp == '≈' && afterLetterName(out)) {
                out.append(" is approximately ");
                continue;
            }
            // mu standing for itself ("Let μ be the mean"), not a unit's micro ("250 µL") nor a micron ("5 µ thick")
            if ((cp == 'μ' || cp == 'µ') && (i >= s.length() || !Character.isLetter(s.charAt(i)))
                    && !afterNumber(out)) {
                out.append(" mu ");
                continue;
            }
            // a dagger standing alone names itself ("marked with †"); joined to a word it is a footnote's mark and
            // goes ("Smith†")
            if ((cp == '†' || cp == '‡') && standsAlone(out, s, i)) {
                out.append(cp == '†' ? " dagger " : " double dagger ");
                continue;
            }
            if ((cp == '↑' || cp == '↓') && Character.isDigit(Rewrite.charAfter(s, i))) {
                space(out);
                out.append(cp == '↑' ? "up " : "down ");
                continue;
            }
            // a critic's stars: "★★★★" → "4 stars", "★★★½" → "3 1/2 stars"; a lone one is a decoration
            if (cp == '★' && i < s.length() && (s.charAt(i) == '★' || s.charAt(i) == '½')) {
                int stars = 1;
                while (i < s.length() && s.charAt(i) == '★') {
                    stars++;
                    i++;
                }
                boolean half = i < s.length() && s.charAt(i) == '½';
                if (half) i++;
                space(out);
                out.append(stars).append(half ? " 1/2" : "").append(stars == 1 && !half ? " star " : " stars ");
                continue;
            }
            if (cp == '©' && credits(s, i)) {
                out.append(" copyright ");
                continue;
            }
            if (cp < 0x80) {
                if (cp > 0x20 && cp != 0x7f) out.append((char) cp);
                else if (Character.isWhitespace(cp)) space(out);
            } else if (isSpace(cp)) {
                if (groupsDigits(out, s, i)) out.append(',');
                else space(out);
            } else {
                appendOther(out, cp);
            }
        }
        return out.indexOf("\"") < 0 ? out.toString() : inchMarks(out);
    }

    /**
     * A straight double quote just after a number, where it opens no quotation and closes none, is an inch mark: "a
     * 65" TV", "a 5/16" bolt" → "″", which {@link Measures} and {@link Fractions} read as inches.
     */
    private static String inchMarks(StringBuilder out) {
        boolean open = false;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != '"') continue;
            boolean inch = !open && i > 0 && isDigit(out.charAt(i - 1))
                    && (i + 1 == out.length() || " ,.;:)".indexOf(out.charAt(i + 1)) >= 0);
            if (inch) out.setCharAt(i, '″');
            else open = !open;
        }
        return out.toString();
    }

    private static boolean greek(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK;
    }

    /** Whether {@code out} ends in a number, maybe with a space and a "k" or "M" after it: "4.7k". */
    private static boolean afterNumber(StringBuilder out) {
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') end--;
        if (end > 0 && (out.charAt(end - 1) == 'k' || out.charAt(end - 1) == 'M')) end--;
        return end > 0 && isDigit(out.charAt(end - 1));
    }

    /** Where {@code out} ends without the spaces at its end. */
    private static int endBeforeSpaces(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return end;
    }

    /** Whether a number comes before the character just read and an amount of money after it: "$2,000 → $5,000". */
    private static boolean beforeAmount(StringBuilder out, String s, int next) {
        int end = endBeforeSpaces(out);
        return end > 0 && isDigit(out.charAt(end - 1)) && "$€£¥".indexOf(Rewrite.charAfter(s, next)) >= 0;
    }

    /**
     * Whether a letter standing for a quantity comes just before, across spaces: "x", "pi" (from "π"), "theta"; not
     * a capital, more often a name's ("Vitamin D ≈ 20 ng/mL") or an article ("A ≈ 30% drop").
     */
    private static boolean afterLetterName(StringBuilder out) {
        int end = endBeforeSpaces(out);
        int start = end;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) start--;
        String word = out.substring(start, end);
        return start == end - 1 && Character.isLowerCase(word.charAt(0))
                && (start == 0 || out.charAt(start - 1) == ' ') || word.equals("pi") || GREEK.containsValue(word);
    }

    /** Whether the character just read has a space or nothing before it and no letter or digit after it. */
    private static boolean standsAlone(StringBuilder out, String s, int next) {
        return (out.length() == 0 || out.charAt(out.length() - 1) == ' ')
                && (next >= s.length() || !Character.isLetterOrDigit(s.charAt(next)));
    }

    /** Whether a letter or a digit comes before the character just read, and one after it, across spaces. */
    private static boolean betweenWords(StringBuilder out, String s, int next) {
        int end = endBeforeSpaces(out);
        return end > 0 && Character.isLetterOrDigit(out.charAt(end - 1))
                && Character.isLetterOrDigit(Rewrite.charAfter(s, next));
    }

    /**
     * Whether a word of letters comes before the character just read, across spaces, and a letter or a digit after
     * it: "revenue − expenses", "x − 1"; not "2x − 1", a term that {@link Arithmetic} reads with its minus.
     */
    private static boolean afterLetters(StringBuilder out, String s, int next) {
        int end = endBeforeSpaces(out);
        int start = end;
        while (start > 0 && out.charAt(start - 1) != ' ') start--;
        while (start < end && (out.charAt(start) == '(' || out.charAt(start) == '[')) start++;
        if (start == end || !Character.isLetterOrDigit(Rewrite.charAfter(s, next))) return false;
        for (int k = start; k < end; k++) if (!Character.isLetter(out.charAt(k))) return false;
        return true;
    }

    /**
     * Whether the character just read stands alone between two numbers: "15 − 7", not "15−7" or "x − 1"; not in a
     * sentence with other arithmetic ("7 − 3 × 2", "15 − 7 = 8"), which {@link Arithmetic} reads whole.
     */
    private static boolean betweenNumbers(StringBuilder out, String s, int next) {
        for (char operator : ARITHMETIC) if (s.indexOf(operator) >= 0) return false;
        int end = out.length();
        if (end == 0 || out.charAt(end - 1) != ' ' || next >= s.length() || s.charAt(next) != ' '
                || !Character.isDigit(Rewrite.charAfter(s, next))) {
            return false;
        }
        end--;
        int start = end;
        while (start > 0 && out.charAt(start - 1) != ' ' && out.charAt(start - 1) != '(') start--;
        if (start == end) return false;
        for (int k = start; k < end; k++) if (!Character.isDigit(out.charAt(k)) && out.charAt(k) != '.') return false;
        return true;
    }

    /** Whether a "©" ends at {@code next} before a year or a name, as in "© 2024 Reuters": said, not dropped. */
    private static boolean credits(String s, int next) {
        char after = Rewrite.charAfter(s, next);
        return Character.isDigit(after) || Character.isUpperCase(after);
    }

    /**
     * One space, however many whitespace characters or dropped symbols there are in a row: later patterns like
     * " *—" would take quadratic time over a long run of spaces.
     */
    private static void space(StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') out.append(' ');
    }

    private static boolean isSpace(int cp) {
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || Character.isWhitespace(cp) || cp == 0x85;
    }

    /** A thin or no-break space between digit groups, as in "1 000 000", is a thousands separator. */
    private static boolean groupsDigits(StringBuilder out, String s, int next) {
        if (out.length() == 0 || !isDigit(out.charAt(out.length() - 1)) || next + 3 > s.length()) return false;
        for (int k = next; k < next + 3; k++) if (!isDigit(s.charAt(k))) return false;
        return next + 3 == s.length() || !isDigit(s.charAt(next + 3));
    }

    private static void appendOther(StringBuilder out, int cp) {
        if (cp <= 0xffff) {
            char c = (char) cp;
            int power = POWER_DIGITS.indexOf(c);
            boolean inPower = power >= 0 && inPower(out);
            if (inPower || power >= 0 && afterTen(out)) {
                if (!inPower) out.append('^');
                out.append(power == 10 ? '-' : (char) ('0' + power));
                return;
            }
            if (KEPT.indexOf(c) >= 0) {
                out.append(c);
                return;
            }
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                out.append(replacement);
                return;
            }
            if (SUPERSCRIPTS.indexOf(c) >= 0) return;
        }
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.FORMAT, Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED -> {
                // Diacritics (split off by NFD), zero-width and invisible characters: nothing to say.
            }
            case Character.DECIMAL_DIGIT_NUMBER -> out.append((char) ('0' + Character.digit(cp, 10)));
            default -> appendCompatible(out, cp);
        }
    }

    /**
     * Ligatures, full-width forms, vulgar fractions and the like have an ASCII compatibility form ("ﬁ" → "fi",
     * "½" → "1/2"); anything else (other scripts' letters, emoji, dingbats) is dropped, symbols leaving a space.
     */
    private static void appendCompatible(StringBuilder out, int cp) {
        String compatible = MARKS.matcher(java.text.Normalizer.normalize(new String(Character.toChars(cp)), Form.NFKD))
                .replaceAll("").replace('⁄', '/');
        if (!compatible.isEmpty() && compatible.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '°')) {
            boolean fraction = compatible.indexOf('/') > 0;
            if (fraction && out.length() > 0 && isDigit(out.charAt(out.length() - 1))) out.append(' ');
            out.append(compatible);
        } else if (!Character.isLetter(cp)) {
            space(out);
        }
    }

    /** Whether {@code out} ends in a "10" that is a number of its own: "3 × 10⁸" is "3 × 10^8". */
    private static boolean afterTen(StringBuilder out) {
        int n = out.length();
        return n >= 2 && out.charAt(n - 2) == '1' && out.charAt(n - 1) == '0' && (n == 2 || !isDigit(out.charAt(n - 3))
                && out.charAt(n - 3) != '.');
    }

    /** Whether {@code out} ends in a power of ten being written: "10^2" before the "⁴" of "10²⁴". */
    private static boolean inPower(StringBuilder out) {
        int i = out.length();
        while (i > 0 && (isDigit(out.charAt(i - 1)) || out.charAt(i - 1) == '-')) i--;
        return i > 0 && i < out.length() && out.charAt(i - 1) == '^' && i >= 3 && out.charAt(i - 3) == '1'
                && out.charAt(i - 2) == '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
