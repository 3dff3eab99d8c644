package dev.voxpress.script;

import java.util.List;
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
 *   "before", "after", "year", "circa", "copyright", a month or a season, "early", "late", "mid"), or precedes "BC",
 *   "AD", "BCE" or "CE"; or it follows "by", "of", "from", "to", "through" or "around" and the next word is not a
 *   plural noun ("of 1945 votes" is a count);</li>
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
            "year", "circa", "copyright", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "ad");
    /** Words after which a number counts nothing, so that it can be a year: "2001 and", "2022 was". */
    private static final Set<String> NOT_COUNTED = Set.of("and", "or", "but", "nor", "to", "in", "on", "at", "of",
            "for", "with", "by", "from", "as", "when", "after", "before", "until", "through", "was", "is", "were",
            "saw", "will", "would", "marks", "marked", "brought", "began", "begins", "ended", "ends", "has", "had",
            "became", "proved", "remains", "the", "a", "an", "this", "that", "it", "he", "she", "they", "we", "i",
            "there");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("by", "of", "from", "to", "through", "around");
    /** Endings of singular words that end in "s": "census", "campus", "crisis", "class", "election's". */
    private static final Pattern SINGULAR_ENDING = Pattern.compile("(?:'s|us|is|ss)$");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "this", "that", "last", "next");
    private static final Set<String> ERAS = Set.of("BC", "AD", "BCE", "CE");
    /** Capitalized words after which a number is a count, not a name's number. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With",
            "About", "Over", "Under", "Nearly", "Almost", "Some", "All", "Only", "Just", "Around", "And", "But", "Or",
            "Of", "To", "After", "Before", "Since", "Until", "Than", "That", "This", "These", "Those", "Its", "Their",
            "His", "Her", "Our", "My", "Your", "We", "They", "He", "She", "It", "I", "More", "Less", "Exactly",
            "Approximately", "Roughly", "Precisely", "Barely", "Fully", "Another", "Both", "Most", "Many",
            "Fewer", "Up", "Down", "Top", "Between", "Among", "Last", "Next", "First", "Per", "Each", "Every", "Page",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /** Thousands grouped other ways: "1,00,000" (Indian), "1.000.000" (European), "1 000 000". */
    private static final Pattern OTHER_GROUPING = Pattern.compile("(?=\\d)(?:(?<![\\d,.])\\d{1,2}(?:,\\d{2}){1,4},\\d{3}(?![\\d,]|\\.\\d)"
            + "|(?<![\\d.,])\\d{1,3}(?:\\.\\d{3}){2,5}(?![\\d.]|,\\d)|(?<![\\d.,]|[\\d.,] )\\d{1,3}(?: \\d{3}){2,5}(?![\\d.,]| \\d))");
    /** "40 000": thousands after a space, unless a name comes before them ("Boeing 737 400" is two numbers). */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?=\\d)(?<![\\d.,]|[\\d.,] )[1-9]\\d{0,2} \\d{3}"
            + "(?![\\d.,]| \\d)");
    /**
     * A model or serial number with letters: "A380", "F-150", "A320neo", "xk4821" → "X K forty-eight twenty-one";
     * lower-case letters only when joined to the digits, so that "mid-2020" stays a word and a year.
     */
    private static final Pattern LETTERED_CODE = Pattern.compile("(?=\\p{L})(?<![\\p{L}\\d.,'-])(\\p{Lu}{1,3}(?=-?\\d)|\\p{Ll}{1,3}(?=\\d))-?(\\d{3,5})"
            + "(?![\\d.,%]|\\p{Lu}\\p{L}|(?:st|nd|rd|th)\\b)");
    /** Labels in lower case that a number follows as it follows a name: "serial number 4471", "train 2150". */
    private static final List<String> LOWER_CASE_LABELS = List.of("number", "flight", "train", "room", "gate",
            "route", "exit");
    /**
     * A number after a name, as in "Boeing 737", "Room 101", "S. 2938", "serial number 4471" or "train 2150", unless
     * a plural noun follows (see {@link #namedNumber}), or a score after a team's name in the plural ("the Celtics
     * 112-108").
     */
    private static final Pattern NAMED_NUMBER = Pattern.compile("\\b(\\p{Lu}[\\p{L}]{0,20}|\\p{Lu}\\.|"
            + String.join("|", LOWER_CASE_LABELS) + ") (\\d{3,4})"
            + "(?![\\d:%/]|[.,]\\d|(?<=[^s]s \\d{3}|[^s]s \\d{4})[–-]\\d)");
    private static final Pattern PLURAL_AFTER = Pattern.compile(" (?!(?:was|has|is|his|its|this|does|goes|as|us|thus"
            + "|across|unless|whereas)\\b)\\p{Ll}{2,20}s\\b");
    /** School years from kindergarten: "K-12" → "K through 12", "pre-K-8"; not "K-9", a police dog. */
    private static final Pattern GRADES = Pattern.compile("(?<![\\p{L}\\d])((?:[Pp]re-?)?K)[–-]([2-68]|12)"
            + "(?![\\d\\p{L}-])");
    /**
     * Labels of documents, bills, resolutions, flights and trains, after which four digits are never a year ("Form
     * 1040", "SB 1047", "Senate Bill 1047", "Resolution 2231", "Flight 1549") and a word ending in "s" is no plural
     * ("Section 230 protects"); so are {@link #LOWER_CASE_LABELS}.
     */
    private static final Set<String> CODE_LABELS = Set.of("Form", "HR", "SB", "HB", "AB", "Bill", "Resolution",
            "Section", "Flight", "Train", "Room", "Gate", "Route");
    /** A number joined by a hyphen to a name with a capital inside or after its start: "mRNA-1273", "Blink-182". */
    private static final Pattern HYPHEN_CODE = Pattern.compile("-(?<=\\b\\p{L}{0,20}\\p{Lu}\\p{L}{0,20}-)(\\d{3,4})"
            + "(?![\\d.,%/-]|\\p{L})");
    /** A code after "number": "Docket No. 21-476" → "number twenty-one four seventy-six", not a range. */
    private static final Pattern NUMBERED_CODE = Pattern.compile("\\bnumber (\\d{1,4})-(\\d{1,5})(?![\\d.,-])");
    /** A model number ending in a capital: "7950X" → "seventy-nine fifty X". */
    private static final Pattern MODEL = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,])(\\d{3,5})(?=\\p{Lu}{1,2}(?![\\p{L}\\d]))");
    /** A batting average or a caliber, read as three digits in pairs: "a .300 hitter", ".357 Magnum". */
    private static final Pattern THOUSANDTHS = Pattern.compile(
            "\\.(?<=\\b(?:batting|hitting|hit|a|an) \\.)([1-9]\\d{2})(?![\\d.])"
            + "|\\.(?<![\\p{L}\\d.,$]\\.)([1-9]\\d{2})(?= (?:hitter|average|caliber|Magnum|Winchester)\\b)");
    /** Teams named for a number: "the 49ers" → "the forty-niners". */
    private static final Pattern NUMBER_TEAM = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,])(\\d{1,3})ers\\b");
    /** A number's plural: "Omega-3s" → "Omega threes", "size 10s". */
    private static final Pattern NUMBER_PLURAL = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,'$£€])(\\d{1,2})s\\b");
    /** The legal and military "2d" and "3d" before a name: "2d Circuit". */
    private static final Pattern SHORT_ORDINAL = Pattern.compile("(?=\\d)(?<![\\d.])(\\d{0,2}[23])d(?= \\p{Lu})");
    private static final Pattern DECADE_RANGE = Pattern.compile("(?=\\d)(?<![\\d.,])(1[0-9]|20)([0-9])0'?s ?[–-] ?(?:(1[0-9]|20)"
            + "([0-9])0|'?([1-9])0)'?s\\b");
    /** "v2.3.1", "v3": a lower-case "v" joined to a number is "version". */
    private static final Pattern VERSION_PREFIX = Pattern.compile("(?=v\\d)(?<![\\p{L}\\d.])v");
    private static final Pattern VERSION = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+){2,6}(?![\\d.]|\\.\\d)");
    /**
     * A number with one dot and two or three digits after it; after a word of {@link #SOFTWARE} it is a version, whose
     * parts are numbers: "Python 3.12" → "three point twelve", "Linux 6.10", "Patch 14.10" (a decimal would say
     * "point one two").
     */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("(?<![\\d.])\\d{1,3}\\.\\d{2,3}(?![\\d.%]|\\.\\d)");
    /** "version" and names of software, after which a number with a dot is a version. */
    private static final Set<String> SOFTWARE = Set.of("version", "Version", "release", "Release", "patch", "Patch",
            "update", "Update", "firmware", "Firmware", "kernel", "Kernel", "Python", "Java", "JDK", "iOS", "iPadOS",
            "macOS", "watchOS", "visionOS", "Android", "Linux", "Node", "Ruby", "Rust", "PHP", "Perl", "Kotlin", "Swift",
            "Scala", "TypeScript", "Go", "Django", "Rails", "Ubuntu", "Debian", "Fedora", "Chrome", "Firefox", "Safari",
            "Windows", "Unity", "Blender", "Excel");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\(\\d{3}\\) ?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?![\\d-])");
    /** Numbers to dial and codes are read digit by digit: "call 911" → "call nine one one". */
    private static final Pattern DIALED = Pattern.compile("\\b((?i:call|calling|called|dial|dialing|dialed|text|texting"
            + "|phone|ring|code)|PIN|ZIP) (\\d{3,})\\b");
    /**
     * The short numbers of public services before what they are, or after a relay service's name: "a 911 dispatcher",
     * "the 988 Lifeline", "311 app", "TTY 711"; or where one is contacted or reported to: "Contact 211", "Report
     * potholes to 311" (not "rose to 311").
     */
    private static final Pattern SERVICE_NUMBER = Pattern.compile("(?<![\\d.,$/-])\\b(?:[2-9]11|988)(?= (?i:call|calls"
            + "|caller|callers|calling|dispatch|dispatcher|dispatchers|operator|operators|center|centers|centre|hotline"
            + "|line|lines|lifeline|system|service|services|emergency|emergencies|number|app|request|requests|complaint"
            + "|complaints|suicide|crisis|text|texts)\\b)|(?=[2-9]11)(?<=\\b(?:TTY|TDD|TRS) )[2-9]11\\b"
            + "|(?=(?:[2-9]11|988)(?![\\d.,]?\\d))(?<=\\b(?i:contact|contacts|contacted|contacting) |\\b(?i:report"
            + "|reports|reported|reporting|complain|complaints?|send|sent|submit|submitted|direct|directed|refer"
            + "|referred)\\b[^.!?]{1,40} to )(?:[2-9]11|988)");
    /**
     * What a team's record of wins and losses is counted over, after it: "45-37 this season" (not "won 3-1 at home", a
     * game's score).
     */
    private static final Pattern RECORD_SPAN = Pattern.compile(" (?:this season|on the season|on the year|overall)\\b");
    /** Savings plans named for their section of the tax code: "a 529 plan" → "a five twenty-nine plan". */
    private static final Pattern TAX_PLAN = Pattern.compile("(?<![\\d.,$])\\b(529|457)"
            + "(?= (?:plans?|accounts?|savings)\\b)");
    /** Four digits and a suffix of capitals: "1040-SR" → "ten forty S R", "1099-MISC". */
    private static final Pattern LETTERED_SUFFIX = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,-])(\\d{4})-(?=\\p{Lu}{1,4}"
            + "(?![\\p{L}\\d-]))");
    /** An isotope's mass number: "uranium-235" → "uranium two thirty-five", "carbon-14". */
    private static final Pattern ISOTOPE = Pattern.compile("\\b((?i:uranium|plutonium|carbon|iodine|cesium|caesium"
            + "|strontium|cobalt|potassium|radon|radium|americium|thorium|tritium|technetium|polonium|xenon|krypton"
            + "|argon|helium|oxygen|nitrogen|hydrogen|lead|nickel|iron|fluorine|sodium|lithium|neptunium|curium))-"
            + "(\\d{1,3})(?![\\d.,-])");
    /**
     * A run of eight digits or more, with no separators, is an identifier ("meter number 60718844"), read digit by
     * digit; up to twelve digits, not a round one, an amount written carelessly ("a population of 10000000"), nor one
     * before what it counts ("12345678 followers"); nor one joined to letters ("NCT04280705", left to {@link Codes},
     * "10000000th").
     */
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<![\\p{L}\\d.,])(?:\\d{13,}|(\\d{8,12}(?<!000)))"
            + "(?![\\p{L}\\d]|[.,]\\d)");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\p{L}\\d.,)\\]-])-(?=\\.?\\d)");
    /** The hyphen of a name with a number ("COVID-19", "F-16"), not of a compound ("1-for-3"). */
    private static final Pattern NAME_HYPHEN_NUMBER = Pattern.compile("-(?<=\\b\\p{Lu}\\p{L}{0,20}-)(?=\\d)");
    private static final Pattern APOSTROPHE_NUMBER = Pattern.compile("(?<![\\p{L}\\d])'(?=\\d)");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")(?: ?– ?|-)(" + NUMBER
            + ")(?!\\d|[.,]\\d)");
    private static final Pattern RATIO = Pattern.compile("(?<![\\d:.,])(\\d+):(\\d+)(?![\\d:]|[.,]\\d)");
    private static final Pattern DECADE = Pattern.compile("(?<![\\d.,])(1[0-9]|20)([0-9])0'?s\\b");
    /** "'90s", "90s" after a word that goes with decades ("the 60's", "in her 30s"), or before a noun ("80s music"). */
    private static final Pattern SHORT_DECADE = Pattern.compile("(?<![\\d.,\\p{L}])(?:'|(?<=\\b(?i:the|early|mid|late"
            + "|in|his|her|their|my|your|our|its)[ -]))([1-9])0'?s\\b"
            + "|(?=[2-9]0'?s )(?<![\\d.,\\p{L}$£€-])([2-9])0'?s(?= \\p{Ll}{2})");
    /** "100s", "the 400s" (a century), "1000s". */
    private static final Pattern ROUND_PLURAL = Pattern.compile("(?<![\\d.,])([1-9]00|1000)s\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3}){1,6}|\\d+)(?i:st|nd|rd|th)\\b");
    private static final Pattern SLASHED_PAIR = Pattern.compile("(?<![\\d/.,])(\\d+)/(\\d+)(?![\\d/])");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]+");
    /** A year joined to a word in lower case, as in a hashtag: "#Wimbledon2024" → "Wimbledon twenty twenty-four". */
    private static final Pattern GLUED_YEAR = Pattern.compile("(?=[12])(?<=\\p{Ll})(?:19|20)\\d{2}(?![\\d.,])");
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");
    /** A year before an era is said in pairs: "753 BC" → "seven fifty-three B C", "2560 BCE". */
    private static final Pattern ERA_YEAR = Pattern.compile("(?<![\\d.,])(\\d{3,4})"
            + "(?= ?(?:BCE|BC|CE|AD|B\\.C\\.(?:E\\.)?|A\\.D\\.|C\\.E\\.)(?![\\p{L}]))");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(\\d{4})(?!\\d|[.,]\\d)");
    private static final Pattern CARDINAL = Pattern.compile("(?<!\\d)" + NUMBER + "|(?<![\\d\\p{L}])\\.\\d+");

    private Numbers() {
    }

    static String speak(String text) {
        if (!Rewrite.hasDigit(text)) return text;
        String s = Rewrite.replace(OTHER_GROUPING, text, m -> NumberWords.number(m.group().replaceAll("[ .,]", "")));
        s = VERSION_PREFIX.matcher(s).replaceAll("version ");
        if (s.indexOf('K') >= 0) s = GRADES.matcher(s).replaceAll("$1 through $2");
        String spaced = s;
        s = Rewrite.replace(SPACED_THOUSANDS, s, m -> afterName(spaced, m.start()) ? null
                : NumberWords.number(m.group().replace(" ", "")));
        s = Rewrite.replace(VERSION, s, m -> version(m.group()));
        String versions = s;
        s = Rewrite.replace(DOTTED_NUMBER, s, m -> SOFTWARE.contains(Rewrite.wordBefore(versions, m.start()))
                ? version(m.group()) : null);
        s = Rewrite.replace(THOUSANDTHS, s, m -> NumberWords.pairs(m.group(1) != null ? m.group(1) : m.group(2)));
        s = Rewrite.replace(PHONE, s, m -> String.join(", ", digitGroups(m.group())));
        s = Rewrite.replace(DIALED, s, m -> m.group(1) + " " + NumberWords.digits(m.group(2)));
        s = Rewrite.replace(SERVICE_NUMBER, s, m -> NumberWords.digits(m.group()));
        String digits = s;
        s = Rewrite.replace(LONG_DIGITS, s, m -> m.group(1) != null && Measures.countsThingsAfter(digits, m.end())
                ? null : NumberWords.digits(m.group()));
        if (s.contains("529") || s.contains("457")) s = Rewrite.replace(TAX_PLAN, s, m -> NumberWords.pairs(m.group(1)));
        if (s.indexOf('-') >= 0) {
            s = Rewrite.replace(LETTERED_SUFFIX, s, m -> NumberWords.pairs(m.group(1)) + " ");
            s = Rewrite.replace(ISOTOPE, s, m -> m.group(1) + " " + NumberWords.pairs(m.group(2)));
        }
        String codes = s;
        s = Rewrite.replace(LETTERED_CODE, s, m -> Initialisms.spell(m.group(1)) + " " + NumberWords.pairs(m.group(2))
                + (m.end() < codes.length() && Character.isLetter(codes.charAt(m.end())) ? " " : ""));
        String named = s;
        s = Rewrite.replace(NAMED_NUMBER, s, m -> namedNumber(m, named));
        s = Rewrite.replace(NUMBERED_CODE, s, m -> "number " + NumberWords.pairs(m.group(1)) + " "
                + NumberWords.pairs(m.group(2)));
        String hyphens = s;
        s = Rewrite.replace(HYPHEN_CODE, s, m -> hyphenCode(m, hyphens));
        s = Rewrite.replace(MODEL, s, m -> NumberWords.pairs(m.group(1)) + " ");
        s = Rewrite.replace(NUMBER_TEAM, s, m -> {
            String words = NumberWords.cardinal(Integer.parseInt(m.group(1)));
            return words + (words.endsWith("e") ? "rs" : "ers");
        });
        s = Rewrite.replace(SHORT_ORDINAL, s, m -> NumberWords.ordinal(Long.parseLong(m.group(1))));
        s = NEGATIVE.matcher(s).replaceAll("minus ");
        s = NAME_HYPHEN_NUMBER.matcher(s).replaceAll(" ");
        String ranges = s;
        s = Rewrite.replace(RANGE, s, m -> dashed(m, ranges));
        s = Rewrite.replace(RATIO, s, m -> NumberWords.number(m.group(1)) + " to " + NumberWords.number(m.group(2)));
        s = Rewrite.replace(ROUND_PLURAL, s, m -> m.group(1).equals("1000") ? "thousands" : m.group(1).equals("100")
                ? "hundreds" : NumberWords.cardinal(m.group(1).charAt(0) - '0') + " hundreds");
        s = Rewrite.replace(DECADE_RANGE, s, Numbers::decadeRange);
        s = Rewrite.replace(DECADE, s, m -> plural(NumberWords.year(Integer.parseInt(m.group(1) + m.group(2) + "0"))));
        s = Rewrite.replace(SHORT_DECADE, s, m -> plural(NumberWords.cardinal(
                Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) * 10)));
        s = Rewrite.replace(NUMBER_PLURAL, s, m -> plural(NumberWords.cardinal(Integer.parseInt(m.group(1)))));
        s = Rewrite.replace(ORDINAL, s, Numbers::ordinal);
        s = Rewrite.replace(SLASHED_PAIR, s, m -> NumberWords.number(m.group(1)) + " " + NumberWords.number(m.group(2)));
        s = APOSTROPHE_NUMBER.matcher(s).replaceAll("");
        s = Rewrite.replace(GLUED_YEAR, s, m -> " " + NumberWords.year(Integer.parseInt(m.group())));
        s = GLUED.matcher(s).replaceAll(" ");
        String years = s;
        s = Rewrite.replace(ERA_YEAR, s, m -> NumberWords.pairs(m.group(1)));
        s = Rewrite.replace(YEAR, s, m -> isYear(years, m) ? NumberWords.year(Integer.parseInt(m.group(1))) : null);
        return Rewrite.replace(CARDINAL, s, m -> NumberWords.number(m.group()));
    }

    /** "nineteen fifties to seventies", "nineteen fifties to nineteen seventies". */
    private static String decadeRange(Matcher m) {
        String from = plural(NumberWords.year(Integer.parseInt(m.group(1) + m.group(2) + "0")));
        String to = m.group(5) != null ? plural(NumberWords.cardinal(Integer.parseInt(m.group(5)) * 10))
                : plural(NumberWords.year(Integer.parseInt(m.group(3) + m.group(4) + "0")));
        return from + " to " + to;
    }

    /** Whether a capitalized word that is a name ("Boeing", not "The") comes just before {@code index}. */
    private static boolean afterName(String text, int index) {
        String before = Rewrite.wordBefore(text, index);
        return Rewrite.startsUpper(before) && !NOT_NAMES.contains(before);
    }

    /**
     * "Boeing seven thirty-seven"; null after a word that is no name, for what may be a year, and before a plural
     * noun ("Over 300 people"), except after a label or a name in capitals ("the RTX 4090 remains").
     */
    private static String namedNumber(Matcher m, String text) {
        boolean label = CODE_LABELS.contains(m.group(1)) || LOWER_CASE_LABELS.contains(m.group(1))
                || m.group(1).endsWith(".");
        if (NOT_NAMES.contains(m.group(1)) || !label && mayBeYear(m.group(2))) return null;
        if (!label && !Rewrite.inCapitals(m.group(1))
                && PLURAL_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null;
        }
        return m.group(1) + " " + NumberWords.pairs(m.group(2));
    }

    /** "mRNA twelve seventy-three"; null for what may be a year after a plain capitalized word ("Post-2008"). */
    private static String hyphenCode(Matcher m, String text) {
        String name = Rewrite.wordBefore(text, m.start());
        String rest = name.substring(1);
        boolean innerCapital = !rest.equals(rest.toLowerCase(Locale.ROOT));
        return !innerCapital && mayBeYear(m.group(1)) ? null : " " + NumberWords.pairs(m.group(1));
    }

    private static boolean mayBeYear(String digits) {
        int value = Integer.parseInt(digits);
        return digits.length() == 4 && value >= 1000 && value <= 2099;
    }

    private static String ordinal(Matcher m) {
        String digits = m.group(1).replace(",", "");
        return digits.length() > 18 ? null : NumberWords.ordinal(Long.parseLong(digits));
    }

    /** "three point twelve", "seventeen point zero point fifteen": each part of a version a number. */
    private static String version(String number) {
        String[] parts = number.split("\\.");
        for (int i = 0; i < parts.length; i++) parts[i] = NumberWords.number(parts[i]);
        return String.join(" point ", parts);
    }

    private static String[] digitGroups(String phone) {
        String[] groups = NON_DIGITS.matcher(phone).replaceAll(" ").strip().split(" ");
        for (int i = 0; i < groups.length; i++) groups[i] = NumberWords.digits(groups[i]);
        return groups;
    }

    /**
     * "ten to twenty"; years at both ends when both look like years, the second maybe with two digits only. A pair
     * whose second number is two or more digits shorter than the first ("979-1", "4471-20") is a code, not a range.
     */
    private static String range(String from, String to) {
        if (isDigits(from, 4) && (isDigits(to, 2) || isDigits(to, 4))) {
            int start = Integer.parseInt(from);
            int end = to.length() == 2 ? start / 100 * 100 + Integer.parseInt(to) : Integer.parseInt(to);
            if (start >= 1000 && start <= 2099 && end > start && end <= 2099) {
                String last = to.length() == 4 ? NumberWords.year(end)
                        : (to.charAt(0) == '0' ? "oh " : "") + NumberWords.cardinal(Integer.parseInt(to));
                return NumberWords.year(start) + " to " + last;
            }
        }
        if (from.length() >= 3 && to.length() <= from.length() - 2 && isDigits(from, from.length())
                && isDigits(to, to.length())) {
            return NumberWords.digits(from) + " " + NumberWords.digits(to);
        }
        // "24-7" is round the clock, and "50-50" an even split, not ranges.
        if (from.equals("24") && to.equals("7") || from.equals(to)) {
            return NumberWords.number(from) + " " + NumberWords.number(to);
        }
        return NumberWords.number(from) + " to " + NumberWords.number(to);
    }

    /** Two numbers joined by a dash: a record, a tennis set, a span of years in brackets, or a range. */
    private static String dashed(Matcher m, String text) {
        String from = m.group(1);
        String to = m.group(2);
        // a team's record of wins and losses: "a 12-4 record", "finished the season 11-2", "went 9-3", "are 45-37 this
        // season": "twelve and four"
        String before = Rewrite.wordBefore(text, m.start());
        if (Rewrite.wordAfter(text, m.end()).equals("record") || before.equals("season") || before.equals("went")
                || RECORD_SPAN.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return NumberWords.number(from) + " and " + NumberWords.number(to);
        }
        // a tennis set's games are said without "to": "took the first set 6-4" is "six four"
        if (before.equals("set") && from.length() == 1) {
            return NumberWords.number(from) + " " + NumberWords.number(to);
        }
        return inBrackets(text, m) ? yearsInBrackets(from, to) : range(from, to);
    }

    private static boolean inBrackets(String text, Matcher m) {
        return m.start() > 0 && text.charAt(m.start() - 1) == '(' && m.end() < text.length()
                && text.charAt(m.end()) == ')';
    }

    /**
     * A range in brackets ending in a year is a span of years, a reign or a life, also from a year of three digits:
     * "the Song dynasty (960–1279)" → "nine sixty to twelve seventy-nine".
     */
    private static String yearsInBrackets(String from, String to) {
        boolean years = (isDigits(from, 3) || isDigits(from, 4)) && isDigits(to, 4)
                && Integer.parseInt(to) > Integer.parseInt(from) && Integer.parseInt(to) <= 2099;
        if (!years) return range(from, to);
        String start = from.length() == 3 ? NumberWords.pairs(from) : NumberWords.year(Integer.parseInt(from));
        return start + " to " + NumberWords.year(Integer.parseInt(to));
    }

    private static boolean isDigits(String s, int length) {
        return s.length() == length && s.chars().allMatch(Character::isDigit);
    }

    /** The plural of the last word: "nineteen ninety" → "nineteen nineties", "two thousand" → "two thousands". */
    private static String plural(String words) {
        if (words.endsWith("x")) return words + "es";
        return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
    }

    private static boolean isYear(String text, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1000 || year > 2099) return false;
        boolean hyphen = m.start() > 0 && text.charAt(m.start() - 1) == '-';
        String before = Rewrite.wordBefore(text, hyphen ? m.start() - 1 : m.start()).toLowerCase(Locale.ROOT);
        String after = Rewrite.wordAfter(text, m.end());
        boolean plural = after.length() > 2 && after.endsWith("s") && !SINGULAR_ENDING.matcher(after).find()
                && !ERAS.contains(after);
        if (YEAR_WORDS.contains(before) || ERAS.contains(after)) return true;
        if (YEAR_PREPOSITIONS.contains(before)) return !plural;
        if (year < 1100) return false;
        char next = Rewrite.charAfter(text, m.end());
        if (!Character.isLetterOrDigit(next) || NOT_COUNTED.contains(after.toLowerCase(Locale.ROOT))) return true;
        return DETERMINERS.contains(before) && !plural;
    }
}
