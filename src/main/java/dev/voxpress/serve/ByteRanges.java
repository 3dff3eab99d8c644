package dev.voxpress.serve;

/**
 * Checks {@code Range} header values against RFC 9110's grammar for byte ranges (section 14.1.2):
 * {@code bytes=} (the unit in any case), then a list of int-ranges ({@code first-} or {@code first-last}, first at
 * most last) and suffix-ranges ({@code -length}), ASCII digits only, commas with optional spaces or tabs around them,
 * empty list elements skipped (section 5.6.1) but at least one range. A server ignores a {@code Range} it cannot
 * parse and sends the whole representation (section 14.2); whether valid ranges are satisfiable is not checked here.
 */
final class ByteRanges {
    private ByteRanges() {
    }

    /** Whether {@code header}, a Range field value, is a valid bytes ranges-specifier. */
    static boolean isValid(String header) {
        if (header == null) return false;
        String value = stripOws(header);
        if (value.length() < 6 || !unitIsBytes(value) || value.charAt(5) != '=') return false;
        String set = value.substring(6);
        if (!set.isEmpty() && isOws(set.charAt(0))) return false;
        int ranges = 0;
        for (String element : set.split(",", -1)) {
            String spec = stripOws(element);
            if (spec.isEmpty()) continue;
            if (!isRangeSpec(spec)) return false;
            ranges++;
        }
        return ranges > 0;
    }

    private static boolean unitIsBytes(String value) {
        for (int i = 0; i < 5; i++) {
            char c = value.charAt(i);
            if (c >= 128 || Character.toLowerCase(c) != "bytes".charAt(i)) return false;
        }
        return true;
    }

    /** An int-range with first at most last, or a suffix-range. */
    private static boolean isRangeSpec(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) return false;
        String first = spec.substring(0, dash);
        String last = spec.substring(dash + 1);
        if (first.isEmpty()) return isDigits(last);
        if (!isDigits(first)) return false;
        return last.isEmpty() || isDigits(last) && compare(first, last) <= 0;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    /** Compares two strings of digits as numbers of any size. */
    private static int compare(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }

    private static String stripOws(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isOws(s.charAt(start))) start++;
        while (end > start && isOws(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }
}
