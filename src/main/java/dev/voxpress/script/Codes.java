package dev.voxpress.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are codes, read digit by digit in their groups, a comma between groups: telephone numbers
 * ("+1-415-555-0142" → "plus one, four one five, five five five, zero one four two", "(415) 555-0142", "+44 20 7946
 * 0958", "1-800-FLOWERS" → "one, eight hundred, flowers"; the toll-free area codes 800 is "eight hundred"),
 * numbers with a group starting with zero ("555-0123", "020 7946 0958"), extensions ("ext. 204", "x1234"), tax and
 * legal sections ("401(k)" → "four oh one K"), IP addresses ("192.168.10.254" → "one nine two dot one six eight dot one zero dot
 * two five four") and numbers in three or more hyphenated groups (social security numbers, serials, ISBNs).
 */
final class Codes {
    private static final String AREA = "(?:\\(\\d{3}\\) ?|\\d{3}[-. ])";
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?=\\+)(?<![\\w+])\\+\\d{1,3}(?:[ .-]\\(?\\d{1,8}\\)?){1,6}(?![\\d,-]|[.,]\\d)");
    private static final Pattern NORTH_AMERICAN = Pattern.compile("(?=[\\d(])(?<![\\d-])(?:1[-. ] ?)?" + AREA
            + "\\d{3}[-. ]\\d{4}(?![\\d-])");
    private static final Pattern VANITY = Pattern.compile("(?=\\d)(?<![\\d-])(?:1-)?(\\d{3})-(\\p{Lu}{2,}(?:-\\p{Lu}{2,}){0,2})"
            + "(?![\\w-])");
    /** A local number after a word for one ("call 555-1212", "Directory: 411-1010"), or in the 555 block anywhere. */
    private static final Pattern LOCAL = Pattern.compile("(?=\\d{3}-)(?:(?<=\\b(?i:call|dial|phone|tel|text|fax|number|at"
            + "|directory|line|hotline):? )|(?=555-)(?<![\\d.,-]))\\d{3}-\\d{4}(?![\\d-])");
    /** A number with a trunk zero in groups, as in Britain and Australia: "020 7946 0958", "(02) 9374 4123". */
    private static final Pattern TRUNK = Pattern.compile("(?=\\(?0)(?<![\\d+,.-])(?:0\\d{1,4}|\\(0\\d{1,4}\\))(?: \\d{3,4}){2}"
            + "(?![\\d-]|[.,]\\d)");
    /** "555-0123": a group starting with zero is no quantity, so the pair is a local number, not a range. */
    private static final Pattern LOCAL_ZERO = Pattern.compile("(?=\\d)(?<![\\d.,-])\\d{3}-0\\d{3}(?![\\d-])");
    /** Tax and legal sections with lettered parts: "401(k)" → "four oh one K", "501(c)(3)". */
    private static final Pattern SECTION = Pattern.compile("(?=\\d)(?<![\\d.,])(\\d{3})((?:\\([a-z0-9]\\)){1,3})");
    private static final Pattern IP = Pattern.compile("(?=\\d)(?<![\\d.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
            + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\d]|\\.\\d)");
    private static final Pattern GROUPS = Pattern.compile("(?=\\d)(?<![\\d.,-])\\d+(?:-\\d+){2,6}(?![\\d-]|[.,]\\d)");
    /** Words that name an identifier after them, for {@link #LABELLED}. */
    private static final List<String> LABELS = List.of("code", "sku", "serial", "account", "tracking", "confirmation",
            "pin", "invoice", "policy", "routing", "voucher", "coupon", "passcode", "lot", "imei", "ein", "otp", "vin",
            "tail", "plate", "registration", "imo");
    /**
     * An identifier after a word that names one, read letter by letter and digit by digit: "code xk4821", "SKU
     * 4417-2283", "serial no. SN4471928" ("serial number S N four four ..."), "account 8812 4471", "patient ID 558201",
     * "your code is 3921". Four characters or more, a digit among them; groups of three digits or more may follow
     * after spaces. A serial number of four digits alone is left to be read in pairs ("serial no. 4471" → "forty-four
     * seventy-one").
     */
    private static final Pattern LABELLED = Pattern.compile("(?=[" + firstLetters(LABELS) + "I])(?<![\\p{L}\\d])"
            + "(?<label>(?i:" + String.join("|", LABELS) + ")|ID)(?<number> (?i:no\\.|number))?(?<is> is|:)? #?"
            + "(?<id>(?=[A-Za-z0-9-]{4})(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?: \\d{3,})*)"
            + "(?![\\p{L}\\d-]|[.,]\\d)");
    /** The last digits of a card or an account: "card ending in 4821", "last four digits 7309", "VIN ending 48213". */
    private static final Pattern LAST_DIGITS = Pattern.compile("(?=\\d)(?<=\\b(?:ending(?: in)?|digits) )\\d{4,6}"
            + "(?!\\d|[,.-]\\d)");
    /** A flight's number: "Flight UA 1549" → "U A fifteen forty-nine", "flight BA117" → "B A one seventeen". */
    private static final Pattern FLIGHT = Pattern.compile("(?<=\\b(?i:flight) )([A-Z]{2}|[A-Z]\\d|\\d[A-Z]) ?(\\d{1,4})"
            + "(?![\\d.,]?\\d|\\p{L})");
    /**
     * A Boeing airliner's model and variant: "747-8" → "seven forty-seven eight", "737-800", "777-300ER" (not a range
     * nor a serial).
     */
    private static final Pattern AIRLINER = Pattern.compile("(?=7)(?<![\\d.,-])(7[0-8]7)-(\\d{1,3})(ER|LR|F|X)?"
            + "(?![\\d.,-]|\\p{L})");
    /** An Intel processor: "i9-14900K" → "i nine fourteen nine hundred K", "i7-8700" "eighty-seven hundred". */
    private static final Pattern PROCESSOR = Pattern.compile("(?=i)(?<![\\p{L}\\d])i([3579])-(\\d{4,5})(\\p{Lu}{0,2})"
            + "(?![\\p{L}\\d])");
    /** A shipping container's number (ISO 6346): "MSCU 4567891" → "M S C U four five six seven eight nine one". */
    private static final Pattern CONTAINER = Pattern.compile("(?<![\\p{L}\\d])([A-Z]{3}[UJZ]) ?(\\d{6}(?:-?\\d)?)"
            + "(?![\\d.,]|\\p{L})");
    /** A star or a galaxy in a catalog, its number digit by digit: "HD 189733b", "TIC 25155310". */
    private static final Pattern CATALOG = Pattern.compile("(?<![\\p{L}\\d])(HD|HIP|TIC|KIC|KOI|TOI|GJ|PGC|UGC|SDSS) ?"
            + "(\\d{5,10})([b-h])?(?![\\d.,]|\\p{L})");
    /** Rounds of golf in a row: "rounds of 68-70-71" → "sixty-eight, seventy, seventy-one". */
    private static final Pattern GOLF_ROUNDS = Pattern.compile("(?<=\\b(?:rounds of|shot|carded) )[5-9]\\d(?:-[5-9]\\d){1,3}"
            + "(?![\\d-])");
    /** A star code dialled on a mobile phone: "*611" → "star six one one". */
    private static final Pattern STAR_CODE = Pattern.compile("(?<![\\w*])\\*(\\d{2,4})(?![\\d*])");
    /** A short code that a text message goes to: "Text VOTE to 50409", "text HOME to 741741". */
    private static final Pattern SHORT_CODE = Pattern.compile("(\\b(?i:text)(?: [\"“']?\\p{L}{1,20}[\"”']?)? to )"
            + "(\\d{5,6})(?![\\d,.]?\\d)");
    /**
     * An extension: "ext. 12" anywhere; an "x" joined to its digits where no word or number comes before it ("x1234",
     * not "3 x 12"), after "dial", "call", "at" or "or" ("Dial x3321", "x 3321"), or after the four digits that end a
     * telephone number ("555-0123 x4", not "1920 x 1080"). Read before the telephone numbers, whose digits it needs.
     */
    private static final Pattern EXTENSION = Pattern.compile("(?=[Eex])(?:(?:(?<![\\p{L}\\d])(?i:ext)\\.? ?"
            + "|(?<![\\p{L}\\d] ?)x|(?<=\\b(?i:dial|call|at|or) )x ?)(\\d{2,5})|(?<=\\d{4},? )x(\\d{1,5}))\\b");
    /** A promotion's code of a word and a number, said so: "promo code SPRING25" → "spring twenty-five". */
    private static final Pattern PROMO_CODE = Pattern.compile("(?<=\\b(?i:code|coupon) )([A-Z]{3,12})(\\d{1,4})"
            + "(?![\\p{L}\\d])");
    /**
     * Capitals and digits that change over twice, as on a number plate or an aircraft's tail, are read character by
     * character: "7KQD418" → "seven K Q D four one eight", "N472UA"; one change ("A380", "MP3") is left to the pairs.
     */
    private static final Pattern MIXED_CODE = Pattern.compile("(?=[\\dA-Z])(?<![\\p{L}\\d-])(?:\\d+[A-Z]+\\d{3,}"
            + "|[A-Z]+\\d{2,}[A-Z]+)(?![\\p{L}\\d-])");
    /** "#" before a number: "Order #4829105", "the #1 seed". */
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?<![\\p{L}\\d&])#(?=\\d)");
    /**
     * Five digits or more after "number", "No.", "ref" or "code", or after what is ordered or booked ("order",
     * "invoice", "confirmation", "booking", "reservation", "tracking", "ticket") or held ("claim", "policy", "account",
     * "member", "permit"), without a thousands separator: an order's, a claim's or a case's number or a ZIP code, read
     * digit by digit ("claim number 5539102", "ZIP codes 10001", "Pickup order 551093", "claim 7730912"), never a
     * count.
     */
    private static final Pattern NUMBERED = Pattern.compile("(?=[NnRrCcZOoIiBbTtPpAaMm])\\b(number|[Nn]o\\.|ref\\.?"
            + "|(?:ZIP )?codes?|[Oo]rder|[Ii]nvoice|[Cc]onfirmation|[Bb]ooking|[Rr]eservation|[Tt]racking|[Tt]icket"
            + "|[Cc]laim|[Pp]olicy|[Aa]ccount|[Mm]ember|[Pp]ermit) "
            + "(\\d{5,})(?![\\d,.]\\d|\\d)");
    /**
     * A code to type, maybe in two groups: "Your verification code is 482 913", "PIN: 4821", "area code is 212."; not
     * three digits before a word ("The company's code is 100 years old").
     */
    private static final Pattern CODE_DIGITS = Pattern.compile("(?=\\d)(?<=\\b(?i:code|passcode|PIN|OTP)(?: is|:) )"
            + "(?:(\\d{4,8})|(\\d{3})(?! \\p{Ll}))(?: (\\d{3,4}))?(?![\\d,.]\\d|\\d)");
    /** A number that names a ZIP code or an area code: "the 94103 ZIP code", "the 212 area code". */
    private static final Pattern ZIP_OR_AREA = Pattern.compile("(?=\\d)(?<![\\d.,$-])(\\d{5}|\\d{3})(?= (?:ZIP|zip|area)"
            + "(?: code)?\\b)");
    /** A video's resolution: "1080p" → "ten eighty p", not pence. */
    private static final Pattern RESOLUTION = Pattern.compile("(?=\\d)(?<![\\d.,$£€])(144|240|360|480|576|720|1080|1440"
            + "|2160|4320)p(?![\\p{L}\\d])");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern RUNS = Pattern.compile("\\d+|\\p{L}+");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");
    private static final Set<String> VERSION_WORDS = Set.of("version", "v", "ver", "release", "build");

    private Codes() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String s = text.indexOf('#') < 0 ? text : Rewrite.replace(NUMBER_SIGN, text, m -> "number ");
        if (s.indexOf('*') >= 0) s = Rewrite.replace(STAR_CODE, s, m -> "star " + NumberWords.digits(m.group(1)));
        if (s.indexOf('x') >= 0) {
            s = Rewrite.replace(EXTENSION, s, m -> "extension "
                    + NumberWords.digits(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        if (s.contains("ext ")) s = Rewrite.replace(SHORT_CODE, s, m -> m.group(1) + NumberWords.digits(m.group(2)));
        if (s.contains("light ")) {
            s = Rewrite.replace(FLIGHT, s, m -> Initialisms.spell(m.group(1)) + " " + NumberWords.pairs(m.group(2)));
        }
        if (s.indexOf('-') >= 0) {
            s = Rewrite.replace(AIRLINER, s, m -> NumberWords.pairs(m.group(1)) + " " + NumberWords.number(m.group(2))
                    + (m.group(3) == null ? "" : " " + Initialisms.spell(m.group(3))));
            s = Rewrite.replace(PROCESSOR, s, m -> "i " + NumberWords.cardinal(m.group(1).charAt(0) - '0') + " "
                    + processorNumber(m.group(2)) + (m.group(3).isEmpty() ? "" : " " + Initialisms.spell(m.group(3))));
            s = Rewrite.replace(GOLF_ROUNDS, s, m -> String.join(", ", Arrays.stream(m.group().split("-"))
                    .map(NumberWords::number).toList()));
        }
        s = Rewrite.replace(CONTAINER, s, m -> Initialisms.spell(m.group(1)) + " " + NumberWords.digits(m.group(2)
                .replace("-", "")));
        s = Rewrite.replace(CATALOG, s, m -> Initialisms.spell(m.group(1)) + " " + NumberWords.digits(m.group(2))
                + (m.group(3) == null ? "" : " " + m.group(3)));
        if (s.contains("ode ") || s.contains("oupon ")) {
            s = Rewrite.replace(PROMO_CODE, s, m -> !EnglishWords.contains(m.group(1).toLowerCase(Locale.ROOT)) ? null
                    : m.group(1).toLowerCase(Locale.ROOT) + " " + NumberWords.number(m.group(2)));
        }
        if (capitalByDigit(s)) s = Rewrite.replace(MIXED_CODE, s, m -> identifier(m.group()));
        String labelled = s;
        s = !mayHaveLabel(s) ? s : Rewrite.replace(LABELLED, s, m -> labelled(m, labelled));
        s = Rewrite.replace(NUMBERED, s, m -> countAfterVerb(m) ? null
                : (m.group(1).equalsIgnoreCase("no.") ? "number" : m.group(1)) + " " + NumberWords.digits(m.group(2)));
        s = Rewrite.replace(CODE_DIGITS, s, m -> NumberWords.digits(m.group(1) != null ? m.group(1) : m.group(2))
                + (m.group(3) == null ? "" : ", " + NumberWords.digits(m.group(3))));
        s = Rewrite.replace(LAST_DIGITS, s, m -> NumberWords.digits(m.group()));
        s = Rewrite.replace(ZIP_OR_AREA, s, m -> NumberWords.digits(m.group()));
        s = Rewrite.replace(RESOLUTION, s, m -> NumberWords.pairs(m.group(1)) + " p");
        String international = s;
        // a telephone number has seven digits or more: "+3.2%" is a change, not a number in country 3
        s = Rewrite.replace(INTERNATIONAL, s, m -> m.group().replaceAll("\\D", "").length() < 7
                || Rewrite.charAfter(international, m.end()) == '%' ? null
                : "plus " + String.join(", ", groups(m.group(), false)));
        s = Rewrite.replace(NORTH_AMERICAN, s, m -> String.join(", ", groups(m.group(), true)));
        s = Rewrite.replace(VANITY, s, m -> vanity(m));
        s = Rewrite.replace(TRUNK, s, m -> String.join(", ", groups(m.group(), false)));
        s = Rewrite.replace(LOCAL, s, m -> String.join(", ", groups(m.group(), false)));
        s = Rewrite.replace(LOCAL_ZERO, s, m -> String.join(", ", groups(m.group(), false)));
        s = Rewrite.replace(SECTION, s, m -> NumberWords.pairs(m.group(1)) + parts(m.group(2)));
        String ips = s;
        s = Rewrite.replace(IP, s, m -> isVersion(ips, m.start()) ? null
                : String.join(" dot ", groups(m.group(), false)));
        return Rewrite.replace(GROUPS, s, m -> String.join(", ", groups(m.group(), false)));
    }

    /**
     * "serial number S N four four ..."; null for a serial number of four digits alone, read in pairs, and for Idaho
     * before a ZIP code ("Boise, ID 83702").
     */
    private static String labelled(Matcher m, String text) {
        if (m.group("label").equalsIgnoreCase("serial") && FOUR_DIGITS.matcher(m.group("id")).matches()) return null;
        if (m.group("label").equals("ID") && m.start() >= 2 && text.startsWith(", ", m.start() - 2)) return null;
        return m.group("label") + (m.group("number") == null ? "" : " number")
                + (m.group("is") == null ? "" : m.group("is")) + " " + identifier(m.group("id"));
    }

    /** The first letters of these words, in both cases: where a match may start, looked for before anything else. */
    private static String firstLetters(List<String> words) {
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            String first = word.substring(0, 1);
            if (letters.indexOf(first) < 0) letters.append(first).append(first.toUpperCase(Locale.ROOT));
        }
        return letters.toString();
    }

    /** Whether a word of {@link #LABELLED} may be in the text: looking for them one by one is quicker. */
    private static boolean mayHaveLabel(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String label : LABELS) if (lower.contains(label)) return true;
        return text.contains("ID");
    }

    /** Whether a capital letter and a digit stand side by side somewhere: most sentences have none. */
    /**
     * Whether "claim", "permit" or "member" is a verb before a count ("Organizers claim 25000 people", "permit 50000
     * fans"): a round number or one of five digits; a claim's number has more and is seldom round ("claim 7730912").
     */
    private static boolean countAfterVerb(Matcher m) {
        return m.group(1).matches("(?i:claim|permit|member)") && (m.group(2).length() < 6 || m.group(2).endsWith("00"));
    }

    private static boolean capitalByDigit(String text) {
        for (int i = 1; i < text.length(); i++) {
            char a = text.charAt(i - 1);
            char b = text.charAt(i);
            boolean capitalThenDigit = a >= 'A' && a <= 'Z' && b >= '0' && b <= '9';
            if (capitalThenDigit || a >= '0' && a <= '9' && b >= 'A' && b <= 'Z') return true;
        }
        return false;
    }

    /** "SN4471928" → "S N four four seven one nine two eight"; groups (hyphens, spaces) apart by commas. */
    private static String identifier(String id) {
        List<String> groups = new ArrayList<>();
        for (String group : id.split("[- ]")) {
            List<String> runs = new ArrayList<>();
            Matcher run = RUNS.matcher(group);
            while (run.find()) {
                String r = run.group();
                boolean digits = Character.isDigit(r.charAt(0));
                runs.add(digits ? NumberWords.digits(r) : Initialisms.spell(r.toUpperCase(Locale.ROOT)));
            }
            groups.add(String.join(" ", runs));
        }
        return String.join(", ", groups);
    }

    /** The parts of a section, "(c)(3)" → " C three". */
    private static String parts(String parts) {
        StringBuilder words = new StringBuilder();
        for (char c : parts.toCharArray()) {
            if (Character.isLetter(c)) words.append(' ').append(Initialisms.letter(c));
            else if (Character.isDigit(c)) words.append(' ').append(NumberWords.digits(String.valueOf(c)));
        }
        return words.toString();
    }

    private static String vanity(Matcher m) {
        String words = m.group(2).replace('-', ' ').toLowerCase(Locale.ROOT);
        String prefix = m.group().startsWith("1-") ? "one, " : "";
        return prefix + area(m.group(1)) + ", " + words;
    }

    /** "14900" → "fourteen nine hundred", "13420" → "thirteen four twenty", "8700" → "eighty-seven hundred". */
    private static String processorNumber(String digits) {
        if (digits.length() == 4) return NumberWords.pairs(digits);
        return NumberWords.number(digits.substring(0, 2)) + " " + NumberWords.pairs(digits.substring(2));
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
