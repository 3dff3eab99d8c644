package dev.voxpress.script;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals where they are numbers: after words like "War", "Chapter" or "Super Bowl" they are cardinals ("World
 * War II" → "World War Two", "Chapter IV" → "Chapter Four", "Super Bowl LVII" → "Super Bowl Fifty-seven"); after a
 * monarch's name, or a person's, they are regnal ordinals ("Elizabeth II" → "Elizabeth the Second", "Henry VIII" →
 * "Henry the Eighth", "Robert Griffin III" → "Robert Griffin the Third"), after any other name a sequel's number
 * ("Rocky IV" → "Rocky Four", and a lone "V" after a title of two words: "Grand Theft Auto V"); before "Corps",
 * "Dynasty" or "Olympiad" ordinals ("the XXXIII Olympiad" → "the Thirty-third Olympiad"); five letters or more from M
 * on a year ("MCMLXXXIV" → "nineteen eighty-four"). After a name, only numerals of I, V and X up to 39 count, and
 * single letters (I, V, X) only after the names of monarchs and popes, so that the pronoun "I", "Malcolm X", "DC" or
 * "MIX" stay as they are.
 */
final class RomanNumerals {
    private static final Set<String> REGNAL_NAMES = Set.of("Alexander", "Alfonso", "Benedict", "Boniface",
            "Catherine", "Charles", "Clement", "Constantine", "Edward", "Elizabeth", "Ferdinand", "Francis",
            "Frederick", "George", "Gregory", "Harold", "Henry", "Innocent", "Isabella", "James", "John", "Leo",
            "Louis", "Ludwig", "Mary", "Napoleon", "Nicholas", "Paul", "Peter", "Philip", "Pius", "Richard", "Sixtus",
            "Stephen", "Urban", "Victor", "Wilhelm", "William", "Ramses", "Ramesses", "Thutmose", "Amenhotep",
            "Ptolemy", "Harald", "Haakon", "Olav", "Olaf", "Gustaf", "Gustav", "Felipe", "Carlos", "Willem", "Frederik",
            "Christian", "Margrethe", "Rama", "Abdullah", "Hussein", "Ivan", "Otto", "Umberto", "Leopold", "Albert",
            "Baudouin", "Juliana", "Beatrix", "Wilhelmina", "Casimir", "Sigismund", "Boleslaw", "Vladislav",
            "Cleopatra", "Antiochus", "Seleucus", "Darius", "Artaxerxes", "Mehmed", "Suleiman", "Selim", "Murad");
    /** Titles before a monarch's or a pope's name: "King Harald V", "Pope Leo XIV". */
    private static final Set<String> TITLES = Set.of("King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
            "Prince", "Princess", "Sultan", "Shah", "Duke", "Duchess", "Pharaoh", "Kaiser", "Saint", "St");
    /**
     * Given names common in the United States: before a surname, a numeral is the family's ordinal ("Robert Griffin
     * III" → "the Third"); after another name ("Rocky IV", "Final Fantasy VII", "Artemis II") it is a sequel's or a
     * mission's number.
     */
    private static final Set<String> GIVEN_NAMES = Set.of("Robert", "John", "James", "William", "Richard", "Thomas",
            "Charles", "Joseph", "Michael", "David", "Daniel", "Edward", "Henry", "George", "Frank", "Walter", "Arthur",
            "Harold", "Howard", "Samuel", "Benjamin", "Andrew", "Alexander", "Christopher", "Matthew", "Anthony",
            "Mark", "Steven", "Paul", "Kenneth", "Joshua", "Kevin", "Brian", "Ronald", "Timothy", "Jason", "Jeffrey",
            "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Frederick",
            "Raymond", "Gregory", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Douglas", "Peter", "Nathan",
            "Zachary", "Kyle", "Noah", "Ethan", "Jeremy", "Hunter", "Christian", "Lewis", "Louis", "Philip", "Ralph",
            "Roy", "Eugene", "Russell", "Bobby", "Harry", "Wayne", "Albert", "Joe", "Carl", "Jesse", "Willie", "Billy",
            "Bruce", "Gerald", "Keith", "Lawrence", "Roger", "Terry", "Sean", "Austin", "Randall", "Vincent", "Davis",
            "Thurston", "Marshall", "Hamilton", "Cornelius", "Nelson", "Winthrop", "Elizabeth", "Mary", "Anne");
    /** Capitalized words that are not names, before which a numeral is not regnal. */
    private static final Set<String> NOT_NAMES = Set.of("The", "And", "But", "Or", "If", "When", "Then", "So",
            "As", "At", "In", "On", "Of", "To", "For", "By", "With", "From", "That", "This", "What", "Yes", "No");
    /** Counted words in any case; a numeral after one in lower case may be in lower case too ("volume iii"). */
    private static final Pattern COUNTED = Pattern.compile("\\b((?i:War|Chapter|Part|Volume|Book|Appendix|Annex|Act|"
            + "Scene|Phase|Stage|Type|Class|Category|Level|Title|Article|Section|Bowl|Round|Grade|Tier|Division|Schedule|"
            + "Series|Season|Episode|Mark|Apollo|Vatican|Olympiad|playing|starting|Saturn|WrestleMania|Mk)) "
            + "([IVXLC]+|(?<=\\p{Ll} )[ivxlc]+)(?![\\p{L}\\d]|'(?!s\\b))");
    private static final Pattern REGNAL = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) ([IVX]+)(?![\\p{L}\\d]|'(?!s\\b))");
    /** An ordinal before these: "XVIII Airborne Corps" → "Eighteenth Airborne Corps", "the XXXIII Olympiad". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b([IVXL]+)(?= (?:Airborne |Armored |Marine )?"
            + "(?:Corps|Olympiad|Dynasty|Congress)\\b)");
    /** A year, as on a film's or a book's copyright line: "MCMLXXXIV" → "nineteen eighty-four". */
    private static final Pattern YEAR = Pattern.compile("\\b(?=[MDCLXVI]{5})M{1,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})"
            + "(IX|IV|V?I{0,3})\\b");
    /** Apple's tenth iPhones: "iPhone X", "iPhone XS Max", "iPhone XR" → "ten", "ten S", "ten R". */
    private static final Pattern IPHONE = Pattern.compile("\\biPhone X([SR])?(?![\\p{L}\\d])");
    private static final Pattern WORLD_WARS = Pattern.compile("\\bWW(II|I)\\b");
    private static final Pattern VALID = Pattern.compile("C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private RomanNumerals() {
    }

    static String speak(String text) {
        String s = Rewrite.replace(WORLD_WARS, text, m -> "World War " + (m.group(1).equals("I") ? "One" : "Two"));
        if (s.contains("iPhone X")) {
            s = Rewrite.replace(IPHONE, s, m -> "iPhone ten" + (m.group(1) == null ? "" : " " + m.group(1)));
        }
        s = Rewrite.replace(COUNTED, s, m -> {
            // A lone letter after "Series" names a model ("Xbox Series X"), not a number.
            if (m.group(1).equalsIgnoreCase("Series") && m.group(2).length() == 1) return null;
            int n = value(m.group(2).toUpperCase(Locale.ROOT));
            // Drugs are scheduled I to V; a tax form's schedule is a letter ("Schedule C").
            if (m.group(1).equalsIgnoreCase("Schedule") && n > 5) return null;
            String label = m.group(1).equals("Mk") ? "Mark" : m.group(1);
            return n == 0 ? null : label + " " + capitalize(NumberWords.cardinal(n));
        });
        if (s.contains("Corps") || s.contains("Olympiad") || s.contains("Dynasty") || s.contains("Congress")) {
            s = Rewrite.replace(ORDINAL_BEFORE, s, m -> value(m.group(1)) == 0 ? null
                    : capitalize(NumberWords.ordinal(value(m.group(1)))));
        }
        if (s.indexOf('M') >= 0) {
            s = Rewrite.replace(YEAR, s, m -> NumberWords.year(sum(m.group())));
        }
        String names = s;
        return Rewrite.replace(REGNAL, s, m -> regnal(m, names));
    }

    private static String regnal(Matcher m, String text) {
        String name = m.group(1);
        String numeral = m.group(2);
        String before = Rewrite.wordBefore(text, m.start());
        boolean monarch = REGNAL_NAMES.contains(name) || TITLES.contains(before);
        // a lone "V" after a title of two words or more is a sequel's five: "Grand Theft Auto V", "Final Fantasy V"
        boolean sequel = numeral.equals("V") && Rewrite.startsUpper(before) && !NOT_NAMES.contains(before)
                && (Rewrite.charAfter(text, m.end()) != '.' || Rewrite.atEnd(text, m.end() + 1))
                && !Rewrite.startsUpper(Rewrite.wordAfter(text, m.end()));
        if (NOT_NAMES.contains(name) || !monarch && !sequel && numeral.length() < 2) return null;
        int n = value(numeral);
        if (n == 0 || n > 39) return null;
        boolean person = monarch || GIVEN_NAMES.contains(before);
        String number = person ? "the " + capitalize(NumberWords.ordinal(n)) : capitalize(NumberWords.cardinal(n));
        return name + " " + number;
    }

    /** The value of a well-formed numeral below 400, or 0. */
    private static int value(String numeral) {
        if (numeral.isEmpty() || !VALID.matcher(numeral).matches()) return 0;
        return sum(numeral);
    }

    /** The value of a numeral already known to be well formed. */
    private static int sum(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = digit(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && v < digit(numeral.charAt(i + 1));
            total += subtract ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
        };
    }

    private static String capitalize(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
