package dev.voxpress.script;

/**
 * English words for numbers, as a narrator says them: cardinals ({@code 1200} → "one thousand two hundred"),
 * decimals, ordinals, years and digit strings. American style: no "and" inside numbers, hyphens in "twenty-one".
 */
public final class NumberWords {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion",
            "quintillion"};
    /** Longer digit strings are read digit by digit: nobody says a number that size. */
    private static final int MAX_DIGITS = 18;

    private NumberWords() {
    }

    /** The cardinal: {@code 21} → "twenty-one", {@code -5} → "minus five". */
    public static String cardinal(long n) {
        if (n == Long.MIN_VALUE) return "minus " + digits(Long.toString(n).substring(1));
        if (n < 0) return "minus " + cardinal(-n);
        if (n < 1000) return belowThousand((int) n);
        StringBuilder words = new StringBuilder();
        int scale = 0;
        for (long rest = n; rest > 0; rest /= 1000, scale++) {
            int group = (int) (rest % 1000);
            if (group == 0) continue;
            String part = belowThousand(group) + (scale > 0 ? " " + SCALES[scale] : "");
            words.insert(0, words.length() == 0 ? part : part + " ");
        }
        return words.toString();
    }

    /** The ordinal: {@code 1} → "first", {@code 21} → "twenty-first", {@code 103} → "one hundred third". */
    public static String ordinal(long n) {
        String words = cardinal(n);
        int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1;
        return words.substring(0, cut) + ordinalWord(words.substring(cut));
    }

    /**
     * A year as it is said: {@code 1945} → "nineteen forty-five", {@code 1900} → "nineteen hundred", {@code 1905} →
     * "nineteen oh five", {@code 2000} → "two thousand", {@code 2001} → "two thousand one", {@code 2022} → "twenty
     * twenty-two". Years outside 1000 to 9999 are read as cardinals.
     */
    public static String year(int year) {
        if (year < 1000 || year > 9999 || year % 1000 == 0 || year / 10 == 200) return cardinal(year);
        int century = year / 100;
        int rest = year % 100;
        if (rest == 0) return cardinal(century) + " hundred";
        return cardinal(century) + (rest < 10 ? " oh " : " ") + cardinal(rest);
    }

    /**
     * Digits as people say model and house numbers, in pairs: "380" → "three eighty", "101" → "one oh one", "4821" →
     * "forty-eight twenty-one", "1600" → "sixteen hundred". Up to two digits, or round thousands, are cardinals;
     * five digits or more, or a leading zero, digit by digit.
     */
    public static String pairs(String digits) {
        int n = digits.length();
        if (n > 4 || n > 1 && digits.charAt(0) == '0') return digits(digits);
        int value = Integer.parseInt(digits);
        if (n <= 2 || value % 1000 == 0) return cardinal(value);
        return cardinal(value / 100) + " " + lastPair(value % 100);
    }

    private static String lastPair(int pair) {
        if (pair == 0) return "hundred";
        return pair < 10 ? "oh " + ONES[pair] : cardinal(pair);
    }

    /** Each digit of {@code digits} as a word: "007" → "zero zero seven". Characters other than digits are skipped. */
    public static String digits(CharSequence digits) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') continue;
            if (words.length() > 0) words.append(' ');
            words.append(ONES[c - '0']);
        }
        return words.toString();
    }

    /**
     * A written number as it is said: an optional minus sign, digits with optional thousands commas and an optional
     * decimal part. "1,200" → "one thousand two hundred", "3.5" → "three point five", ".25" → "point two five",
     * "-5" → "minus five". Integer parts with a leading zero ("007") or over 18 digits are read digit by digit.
     */
    public static String number(String numeral) {
        String s = numeral.replace(",", "");
        String sign = "";
        if (s.startsWith("-")) {
            sign = "minus ";
            s = s.substring(1);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        String words;
        if (whole.isEmpty()) words = "";
        else if (whole.length() > MAX_DIGITS || (whole.length() > 1 && whole.charAt(0) == '0')) words = digits(whole);
        else words = cardinal(Long.parseLong(whole));
        if (!fraction.isEmpty()) words = (words.isEmpty() ? "" : words + " ") + "point " + digits(fraction);
        return sign + words;
    }

    private static String belowThousand(int n) {
        if (n < 20) return ONES[n];
        if (n < 100) return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
        return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + belowThousand(n % 100));
    }

    private static String ordinalWord(String word) {
        switch (word) {
            case "one": return "first";
            case "two": return "second";
            case "three": return "third";
            case "five": return "fifth";
            case "eight": return "eighth";
            case "nine": return "ninth";
            case "twelve": return "twelfth";
            default:
                return word.endsWith("y") ? word.substring(0, word.length() - 1) + "ieth" : word + "th";
        }
    }
}
