package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are codes, read digit by digit in their groups, a comma between groups: telephone numbers
 * ("+1-415-555-0142" → "plus one, four one five, five five five, zero one four two", "(415) 555-0142", "+44 20 7946
 * 0958", "1-800-FLOWERS" → "one, eight hundred, flowers"; the toll-free area codes 800 is "eight hundred"),
 * extensions ("ext. 204", "x1234"), IP addresses ("192.168.10.254" → "one nine two dot one six eight dot one zero dot
 * two five four") and numbers in three or more hyphenated groups (social security numbers, serials, ISBNs).
 */
final class Codes {
    private static final String AREA = "(?:\\(\\d{3}\\) ?|\\d{3}[-. ])";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?=\\+)(?<![\\w+])\\+\\d{1,3}(?:[ .-]\\(?\\d{1,8}\\)?){1,6}(?![\\d.,-]|[.,]\\d)");
    private static final Pattern NORTH_AMERICAN = Pattern.compile("(?=[\\d(])(?<![\\d-])(?:1[-. ] ?)?" + AREA
            + "\\d{3}[-. ]\\d{4}(?![\\d-])");
    private static final Pattern VANITY = Pattern.compile("(?=\\d)(?<![\\d-])(?:1-)?(\\d{3})-(\\p{Lu}{2,}(?:-\\p{Lu}{2,}){0,2})"
            + "(?![\\w-])");
    private static final Pattern LOCAL = Pattern.compile("(?=\\d{3}-)(?<=\\b(?i:call|dial|phone|tel"
            + "|text|fax|number|at):? )\\d{3}-\\d{4}(?![\\d-])");
    private static final Pattern EXTENSION = Pattern.compile("(?=[Eex])(?<![\\p{L}\\d] ?)(?:(?i:ext)\\.? ?|x)(\\d{2,5})\\b");
    private static final Pattern IP = Pattern.compile("(?=\\d)(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d]|\\.\\d)");
    private static final Pattern GROUPS = Pattern.compile("(?=\\d)(?<![\\d.,-])\\d+(?:-\\d+){2,6}(?![\\d-]|[.,]\\d)");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");
    private static final Set<String> VERSION_WORDS = Set.of("version", "v", "ver", "release", "build");

    private Codes() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String s = Rewrite.replace(INTERNATIONAL, text, m -> "plus " + String.join(", ", groups(m.group(), false)));
        s = Rewrite.replace(NORTH_AMERICAN, s, m -> String.join(", ", groups(m.group(), true)));
        s = Rewrite.replace(VANITY, s, m -> vanity(m));
        s = Rewrite.replace(LOCAL, s, m -> String.join(", ", groups(m.group(), false)));
        s = Rewrite.replace(EXTENSION, s, m -> "extension " + NumberWords.digits(m.group(1)));
        String ips = s;
        s = Rewrite.replace(IP, s, m -> isVersion(ips, m.start()) ? null
                : String.join(" dot ", groups(m.group(), false)));
        return Rewrite.replace(GROUPS, s, m -> String.join(", ", groups(m.group(), false)));
    }

    private static String vanity(Matcher m) {
        String words = m.group(2).replace('-', ' ').toLowerCase(Locale.ROOT);
        String prefix = m.group().startsWith("1-") ? "one, " : "";
        return prefix + area(m.group(1)) + ", " + words;
    }

    /** Each group of digits said digit by digit; with {@code area}, a toll-free 800 is "eight hundred". */
    private static List<String> groups(String number, boolean area) {
        List<String> words = new ArrayList<>();
        for (String group : NON_DIGITS.matcher(number).replaceAll(" ").strip().split(" ")) {
            words.add(area ? area(group) : NumberWords.digits(group));
        }
        return words;
    }

    private static String area(String group) {
        return group.equals("800") ? "eight hundred" : NumberWords.digits(group);
    }

    private static boolean isVersion(String text, int index) {
        return VERSION_WORDS.contains(Rewrite.wordBefore(text, index).toLowerCase(Locale.ROOT));
    }
}
