package dev.voxpress.script;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money: "$5" → "five dollars", "$1" → "one dollar", "$5.50" → "five dollars and fifty cents", "$0.99"
 * → "ninety-nine cents", "£1.50" → "one pound and fifty pence", "$1.2 million" and "$1.2m" → "one point two million
 * dollars", "€3bn" → "three billion euros", "$5–10 million" → "five to ten million dollars", "US$5" → "five U S
 * dollars", "50¢" → "fifty cents", "USD 5" and "5 EUR" as with the symbols, "€1,50" with a decimal comma; after "a",
 * "the" and the like, an amount describes the noun that follows: "a $10 bill" → "a ten-dollar bill", "the £5 note" →
 * "the five-pound note".
 */
final class Money {
    /** A currency: its names, and its hundredth's names, or null where amounts are read with "point". */
    private record Currency(String one, String many, String cent, String cents) {
        Currency(String one, String many) {
            this(one, many, null, null);
        }
    }

    private static final Currency DOLLAR = new Currency("dollar", "dollars", "cent", "cents");
    private static final Currency US_DOLLAR = new Currency("U S dollar", "U S dollars", "cent", "cents");
    private static final Currency AUSTRALIAN_DOLLAR =
            new Currency("Australian dollar", "Australian dollars", "cent", "cents");
    private static final Currency CANADIAN_DOLLAR =
            new Currency("Canadian dollar", "Canadian dollars", "cent", "cents");
    private static final Currency EURO = new Currency("euro", "euros", "cent", "cents");
    private static final Currency POUND = new Currency("pound", "pounds", "penny", "pence");
    private static final Currency YEN = new Currency("yen", "yen");
    private static final Currency RUPEE = new Currency("rupee", "rupees");
    private static final Currency WON = new Currency("won", "won");
    private static final Currency RUBLE = new Currency("ruble", "rubles");
    private static final Currency REAL = new Currency("Brazilian real", "Brazilian reais");
    private static final Currency YUAN = new Currency("yuan", "yuan");
    private static final Currency PENCE = new Currency("penny", "pence");
    private static final Map<String, Currency> CURRENCIES = Map.ofEntries(
            Map.entry("$", DOLLAR),
            Map.entry("US$", US_DOLLAR), Map.entry("USD", US_DOLLAR),
            Map.entry("A$", AUSTRALIAN_DOLLAR), Map.entry("AU$", AUSTRALIAN_DOLLAR),
            Map.entry("C$", CANADIAN_DOLLAR), Map.entry("CA$", CANADIAN_DOLLAR),
            Map.entry("NZ$", new Currency("New Zealand dollar", "New Zealand dollars", "cent", "cents")),
            Map.entry("HK$", new Currency("Hong Kong dollar", "Hong Kong dollars", "cent", "cents")),
            Map.entry("S$", new Currency("Singapore dollar", "Singapore dollars", "cent", "cents")),
            Map.entry("€", EURO), Map.entry("EUR", EURO),
            Map.entry("£", POUND), Map.entry("GBP", POUND),
            Map.entry("¥", YEN), Map.entry("JPY", YEN),
            Map.entry("₹", RUPEE), Map.entry("INR", RUPEE), Map.entry("Rs", RUPEE), Map.entry("Rs.", RUPEE),
            Map.entry("₩", WON), Map.entry("KRW", WON), Map.entry("₽", RUBLE), Map.entry("RUB", RUBLE),
            Map.entry("R$", REAL), Map.entry("BRL", REAL), Map.entry("CNY", YUAN), Map.entry("RMB", YUAN),
            Map.entry("MXN", new Currency("Mexican peso", "Mexican pesos", "centavo", "centavos")),
            Map.entry("AUD", AUSTRALIAN_DOLLAR), Map.entry("CAD", CANADIAN_DOLLAR),
            Map.entry("BTC", new Currency("bitcoin", "bitcoin")),
            Map.entry("CHF", new Currency("Swiss franc", "Swiss francs")),
            Map.entry("¢", new Currency("cent", "cents")),
            Map.entry("p", PENCE));
    private static final Map<String, String> SCALES = Map.ofEntries(Map.entry("k", "thousand"),
            Map.entry("K", "thousand"), Map.entry("m", "million"), Map.entry("M", "million"),
            Map.entry("mn", "million"), Map.entry("mln", "million"),
            Map.entry("b", "billion"), Map.entry("B", "billion"),
            Map.entry("bn", "billion"), Map.entry("BN", "billion"), Map.entry("tn", "trillion"),
            Map.entry("T", "trillion"), Map.entry("thousand", "thousand"), Map.entry("million", "million"),
            Map.entry("billion", "billion"),
            Map.entry("trillion", "trillion"));

    /** Amounts longer than this are read digit by digit, without cents. */
    private static final int MAX_DIGITS = 15;
    private static final String CODES = "USD|EUR|GBP|JPY|INR|CHF|KRW|RUB|BRL|CNY|RMB|MXN|AUD|CAD";
    private static final String SYMBOL = "(?:US ?|AU?|CA?|NZ|HK|S|R)?\\$|€|£|¥|₹|₩|₽|(?:" + CODES + "|Rs\\.?)(?= ?\\d)";
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3}){1,6}(?!\\d)|\\d+";
    /** A dot, or a comma before two last digits, as Europeans write cents: "€1,50". */
    private static final String DECIMAL_MARK = "(?:\\.|,(?=\\d{2}(?![\\d,])))";
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\p{L}\\d.,])(?<minus>-)?(?<currency>" + SYMBOL
            + ") ?(?=\\.?\\d)(?<whole>" + NUMBER + ")?(?:" + DECIMAL_MARK + "(?<cents>\\d+))?" + scale("first")
            + "(?: ?[–-] ?(?<toCurrency>" + SYMBOL + ")? ?(?<toWhole>" + NUMBER + ")(?:\\.(?<toCents>\\d+))?)?"
            + scale("last"));
    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\p{L}\\d.,])(?<minus>-)?(?<whole>" + NUMBER
            + ")(?:\\.(?<cents>\\d+))?(?: ?[–-] ?(?<toWhole>" + NUMBER + ")(?:\\.(?<toCents>\\d+))?)?"
            + "(?: ?(?<currency>€|£|¢|BTC|" + CODES + ")|(?<pence>p))(?![\\p{L}\\d])");

    private Money() {
    }

    /** An optional scale word or letter ("million", "bn", "m"), in groups {@code name}Word and {@code name}Letter. */
    private static String scale(String name) {
        return "(?: ?(?:(?<" + name + "Word>(?i:thousand|million|billion|trillion)|bn|mn|mln|tn|BN)|(?<" + name
                + "Letter>[kKmMbBT]))(?![\\p{L}\\d]))?";
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String s = Rewrite.replace(PREFIXED, text, m -> {
            Currency currency = CURRENCIES.get(m.group("currency").replace(" ", ""));
            String scale = scale(m, "last") != null ? scale(m, "last") : scale(m, "first");
            return describes(m, text, scale) ? adjective(m, currency, scale) : say(m, currency, scale);
        });
        String suffixed = s;
        return Rewrite.replace(SUFFIXED, s, m -> {
            Currency currency = CURRENCIES.get(m.group("pence") != null ? "p" : m.group("currency"));
            return describes(m, suffixed, null) ? adjective(m, currency, null) : say(m, currency, null);
        });
    }

    /**
     * A whole or scaled amount describes the noun that follows after "a" or "an" ("a $10 bill" → "a ten-dollar
     * bill", "a $40 million Series B" → "a forty million-dollar Series B", "a $1-2 million settlement", "a 50¢
     * stamp" → "a fifty-cent stamp"), and after "the", another determiner or a possessive when a noun follows ("the
     * $1.2 trillion package"; not "the $500 he paid").
     */
    private static boolean describes(Matcher m, String text, String scale) {
        if (m.group("minus") != null || m.group("cents") != null && scale == null
                || m.group("toWhole") != null
                && (scale == null || m.pattern() != PREFIXED || m.group("toCurrency") != null)) {
            return false;
        }
        if (Rewrite.afterDeterminer(text, m.start())) return Rewrite.beforeNoun(text, m.end());
        return Rewrite.afterArticle(text, m.start())
                && Character.isLetter(Rewrite.charAfter(text, m.end()))
                && !Rewrite.wordAfter(text, m.end()).matches("a|an|of|or|to|per|and|each|apiece");
    }

    /** "ten-dollar", "one hundred Swiss franc"; pence stay plural, as the British say them: "a fifty pence coin". */
    private static String adjective(Matcher m, Currency currency, String scale) {
        String whole = m.group("whole") == null ? "0" : m.group("whole");
        String amount = NumberWords.number(decimal(whole, m.group("cents")));
        if (m.group("toWhole") != null) {
            amount += " to " + NumberWords.number(decimal(m.group("toWhole"), m.group("toCents")));
        }
        if (scale != null) amount += " " + scale;
        String name = currency == PENCE ? currency.many() : currency.one();
        return amount + (name.contains(" ") || currency == PENCE ? " " : "-") + name;
    }

    private static String scale(Matcher m, String name) {
        String scale = m.group(name + "Word") != null ? m.group(name + "Word") : m.group(name + "Letter");
        return scale == null ? null : SCALES.getOrDefault(scale, scale.toLowerCase(Locale.ROOT));
    }

    private static String say(Matcher m, Currency currency, String scale) {
        String sign = m.group("minus") == null ? "" : "minus ";
        String whole = m.group("whole") == null ? "0" : m.group("whole");
        String fraction = wholeCents(m.group("cents"));
        String lastWhole = m.group("toWhole");
        String lastFraction = wholeCents(m.group("toCents"));
        // "$20-$45": each amount written with its symbol is said with its unit; "$20-45" once, at the end
        boolean eachWithUnit = (m.pattern() == PREFIXED && m.group("toCurrency") != null) || fraction != null
                || lastFraction != null;
        if (lastWhole != null && scale == null && eachWithUnit) {
            return sign + amount(whole, fraction, currency) + " to " + amount(lastWhole, lastFraction, currency);
        }
        if (lastWhole != null) {
            String from = NumberWords.number(decimal(whole, fraction));
            String to = NumberWords.number(decimal(lastWhole, lastFraction));
            return sign + from + " to " + to + (scale == null ? "" : " " + scale) + " " + currency.many();
        }
        if (scale != null) return sign + NumberWords.number(decimal(whole, fraction)) + " " + scale + " " + currency.many();
        return sign + amount(whole, fraction, currency);
    }

    /** Cents of "00" are none: "$20.00" is "twenty dollars". */
    private static String wholeCents(String cents) {
        return cents == null || cents.chars().allMatch(c -> c == '0') && cents.length() == 2 ? null : cents;
    }

    /** "five dollars and fifty cents", "ninety-nine cents", "four point two five zero dollars". */
    private static String amount(String whole, String fraction, Currency currency) {
        String digits = whole.replace(",", "");
        if (fraction == null || currency.cent() == null || fraction.length() > 2 || digits.length() > MAX_DIGITS) {
            boolean one = digits.equals("1") && fraction == null;
            return NumberWords.number(decimal(whole, fraction)) + " " + (one ? currency.one() : currency.many());
        }
        long units = Long.parseLong(digits);
        int cents = Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
        String unitWords = NumberWords.cardinal(units) + " " + (units == 1 ? currency.one() : currency.many());
        if (cents == 0) return unitWords;
        String centWords = NumberWords.cardinal(cents) + " " + (cents == 1 ? currency.cent() : currency.cents());
        return units == 0 ? centWords : unitWords + " and " + centWords;
    }

    private static String decimal(String whole, String fraction) {
        return fraction == null ? whole : whole + "." + fraction;
    }
}
