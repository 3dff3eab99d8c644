package dev.voxpress.script;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters the listener should hear one by one, and acronyms said as words. Engines disagree on capitals: MaryTTS
 * reads "US" as the pronoun and "UK" as "uck", FreeTTS reads "EU" as "oo", so this spells them out, each letter its
 * own word ("U S", "B B C"), which both engines say as letter names. The one exception is A, which engines read as
 * the article "uh"; it is written "Ay".
 *
 * <p>An all-capitals token is said as a word when it is on the list of {@link #SAID_AS_WORDS} (NATO, COVID, ...) or
 * when it is pronounceable: at least four letters, a vowel, an English-like start ("N", "STR", not "NH"), no more
 * than two vowels or three consonants in a row, and an English-like end ("ND", not "CP"). Everything else (BBC,
 * FBI, NHS, NAACP, UCLA) is spelled. Dotted initialisms (U.S., a.m.) are always spelled. In text written all in
 * capitals, short common words ("OF", "THE") are read as words.
 */
final class Initialisms {
    /** Acronyms said as words that the pronounceability rule would spell, or that are too short for it. */
    private static final Set<String> SAID_AS_WORDS = Set.of("NATO", "NASA", "UNESCO", "UNICEF", "NAFTA", "AIDS", "COVID",
            "OPEC", "FIFA", "UEFA", "ASEAN", "NASDAQ", "NIMBY", "SARS", "MERS", "LASER", "RADAR", "SONAR", "SCUBA",
            "POTUS", "SCOTUS", "FLOTUS", "NASCAR", "ICE", "PIN", "RAM", "ROM", "SIM", "SWAT", "ZIP", "GIF", "OSHA",
            "ANZAC", "INTERPOL", "MAX", "CAPTCHA", "BRICS", "TED", "NOAA", "CERN", "FEMA", "IKEA", "ISIS", "ISIL",
            "FAFSA");
    /** Short English words, read as words in text written all in capitals and in web addresses. */
    static final Set<String> SHORT_WORDS = Set.of("AN", "AND", "THE", "OF", "IN", "ON", "AT", "TO", "IS", "IT", "BY",
            "FOR", "OR", "AS", "BE", "WE", "HE", "ME", "MY", "NO", "SO", "UP", "DO", "GO", "IF", "ARE", "WAS", "HAS",
            "HAD", "NOT", "BUT", "ALL", "NEW", "ONE", "TWO", "SIX", "TEN", "OUR", "OUT", "HOW", "WHY", "NOW", "SAY",
            "SEE", "HER", "HIS", "ITS", "MAN", "MEN", "DAY", "WAY", "GET", "GOT", "CAN", "MAY", "OFF", "OLD", "BIG",
            "TOP", "END", "RUN", "WIN", "WAR", "YOU", "SHE", "HIM", "WHO", "TOO", "TRY", "USE", "SET", "PUT", "LET",
            "BAD", "RED", "BOY", "CAR", "CUT", "DIE", "DID", "EAT", "FAR", "FEW", "FUN", "GAS", "HIT", "HOT", "JOB",
            "KEY", "KID", "LAW", "LOW", "MOM", "DAD", "OWN", "PAY", "SIT", "SON", "TAX", "WET", "YES", "YET", "AGE",
            "AGO", "AIR", "ANY", "ART", "ASK", "BED", "BOX", "BUY", "CUP", "DOG", "EYE", "FAN", "FIT", "FLY", "GUN",
            "LAY", "LEG", "LIE", "LOT", "MIX", "NET", "NOR", "ODD", "OIL", "PEN", "POP", "SEA", "SKY", "SUN", "TEA",
            "TIE", "TOY", "VIA", "ZOO", "BIT", "FOX", "WEB", "APP", "BIO", "HUB", "AID", "ACT", "ADD", "AIM", "ARM",
            "BAN", "BAR", "BET", "BID", "CAP", "COP", "HAT", "WON", "SAW", "SAD", "MAD", "SUB", "MET", "LOG", "POD");
    private static final Map<String, String> SPECIAL = Map.ofEntries(Map.entry("PhD", "P H D"),
            Map.entry("Ph.D", "P H D"), Map.entry("iOS", "I O S"), Map.entry("JPEG", "J peg"),
            Map.entry("MSc", "M S C"), Map.entry("BSc", "B S C"), Map.entry("AAA", "triple Ay"), Map.entry("pH", "P H"),
            Map.entry("NCAA", "N C double Ay"), Map.entry("OBO", "or best offer"), Map.entry("README", "read me"));
    /** How each letter's name is said with a plural or possessive s; MaryTTS garbles "B's" and "I's". */
    private static final String[] PLURAL_LETTERS = {"Ays", "bees", "sees", "dees", "E's", "effs", "gees", "aitches",
            "eyes", "jays", "kays", "els", "ems", "ens", "O's", "pees", "cues", "ars", "esses", "tees", "U's", "vees",
            "double-U's", "exes", "Y's", "zees"};
    private static final Set<String> ONSETS = Set.of("", "B", "BL", "BR", "C", "CH", "CL", "CR", "D", "DR", "DW",
            "F", "FL", "FR", "G", "GL", "GR", "GW", "H", "J", "K", "KL", "KN", "KR", "KW", "L", "M", "N", "P", "PH",
            "PL", "PR", "Q", "R", "S", "SC", "SCH", "SCR", "SH", "SHR", "SK", "SL", "SM", "SN", "SP", "SPL", "SPR",
            "ST", "STR", "SW", "T", "TH", "THR", "TR", "TW", "V", "W", "WH", "WR", "X", "Y", "Z");
    private static final Set<String> CODAS = Set.of("", "B", "C", "D", "F", "G", "H", "K", "L", "M", "N", "P", "Q",
            "R", "S", "T", "V", "W", "X", "Z", "CH", "CK", "CS", "CT", "DS", "FF", "FT", "GS", "KS", "LD", "LF", "LK",
            "LL", "LM", "LP", "LS", "LT", "MB", "MP", "MS", "ND", "NG", "NK", "NS", "NT", "NZ", "PS", "PT", "RB", "RC",
            "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RS", "RT", "SH", "SK", "SP", "SS", "ST", "TH", "TS", "TZ",
            "WN", "WS", "XT", "NCH", "NDS", "NTS", "RST", "RTS", "RDS", "NGS", "NKS", "LDS", "RCH", "TCH", "LTS",
            "MPS");
    /** A vowel-initial acronym going on with a stop and a liquid, like UCLA or ACLU, is spelled. */
    private static final Set<String> STOP_LIQUIDS = Set.of("BL", "BR", "CL", "CR", "DR", "FL", "FR", "GL", "GR",
            "PL", "PR", "TR");

    private static final Pattern SPECIALS = Pattern.compile("(?<![\\p{L}.])(?:Ph\\.D\\.?|PhD|iOS|JPEG|MSc|BSc|AAA|pH"
            + "|NCAA|OBO|README)(?![\\p{L}])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.){1,12}\\p{L}(?![\\p{L}])\\.?");
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}.'])(\\p{Lu})\\.(?= +\\p{Lu})");
    private static final Pattern CAPS = Pattern.compile("(?<![\\p{L}'])(\\p{Lu}{2,})('s|s)?(?!\\p{L}|'\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*");

    private Initialisms() {
    }

    static String speak(String text) {
        String s = Rewrite.replace(SPECIALS, text, m -> SPECIAL.get(Rewrite.withoutDot(m.group()))
                + Rewrite.fullStop(m, text));
        String dotted = s;
        s = Rewrite.replace(DOTTED, dotted, m -> spell(m.group().replace(".", "")) + Rewrite.fullStop(m, dotted));
        s = Rewrite.replace(INITIAL, s, m -> letter(m.group(1).charAt(0)));
        boolean shouting = CAPS.matcher(s).find() && shouting(s);
        return Rewrite.replace(CAPS, s, m -> caps(m, shouting));
    }

    private static String caps(Matcher m, boolean shouting) {
        String token = m.group(1);
        String suffix = m.group(2) == null ? "" : m.group(2);
        if (SAID_AS_WORDS.contains(token)) return null;
        if (shouting && SHORT_WORDS.contains(token)) return token.toLowerCase(Locale.ROOT) + suffix;
        boolean spelled = token.length() <= 3 || !hasVowel(token) || (!shouting && !pronounceable(token));
        if (!spelled) return shouting ? token.toLowerCase(Locale.ROOT) + suffix : null;
        return suffix.isEmpty() ? spell(token) : spellPlural(token);
    }

    /** Text mostly in capitals: at least three all-capital words, and more of them than other words. */
    private static boolean shouting(String text) {
        int caps = 0;
        int other = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (word.length() < 2) continue;
            if (word.equals(word.toUpperCase(Locale.ROOT))) caps++;
            else other++;
        }
        return caps >= 3 && caps > other;
    }

    /** The letters of {@code letters} said one by one: "BBC" → "B B C", "USA" → "U S Ay". */
    static String spell(String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(letter(c));
        }
        return out.toString();
    }

    /** Spelled with a plural or possessive s on the last letter: "CEOs" → "C E O's", "FBI's" → "F B eyes". */
    private static String spellPlural(String letters) {
        String spelled = spell(letters);
        int cut = spelled.lastIndexOf(' ') + 1;
        char last = Character.toUpperCase(letters.charAt(letters.length() - 1));
        String plural = last >= 'A' && last <= 'Z' ? PLURAL_LETTERS[last - 'A'] : spelled.substring(cut);
        return spelled.substring(0, cut) + plural;
    }

    static String letter(char c) {
        char upper = Character.toUpperCase(c);
        return upper == 'A' ? "Ay" : String.valueOf(upper);
    }

    private static boolean hasVowel(String token) {
        for (int i = 0; i < token.length(); i++) if (isVowel(token, i)) return true;
        return false;
    }

    /** Whether {@code token}, in capitals, is an acronym said as a word that the pronounceability rule would spell. */
    static boolean saidAsWord(String token) {
        return SAID_AS_WORDS.contains(token);
    }

    /** Whether an upper-case token reads like an English word: see the class comment. */
    static boolean pronounceable(String token) {
        int n = token.length();
        int i = 0;
        while (i < n && !isVowel(token, i)) i++;
        if (i == n || !ONSETS.contains(token.substring(0, i))) return false;
        while (i < n) {
            int vowels = i;
            while (i < n && isVowel(token, i)) i++;
            if (i - vowels > 2) return false;
            int consonants = i;
            while (i < n && !isVowel(token, i)) i++;
            String cluster = token.substring(consonants, i);
            if (i == n) return CODAS.contains(cluster);
            if (cluster.length() > 3 || vowels == 0 && STOP_LIQUIDS.contains(cluster)) return false;
        }
        return true;
    }

    /** A, E, I, O, U, and Y anywhere but first. */
    private static boolean isVowel(String token, int i) {
        char c = Character.toUpperCase(token.charAt(i));
        return "AEIOU".indexOf(c) >= 0 || c == 'Y' && i > 0;
    }
}
