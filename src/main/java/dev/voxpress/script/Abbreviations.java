package dev.voxpress.script;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations and titles written out: "Dr. Smith" → "Doctor Smith", "Mrs" → "Missus", "Ms." → "Miz", "Gen." →
 * "General", "e.g." and "vs" → "for example" and "versus", "No. 5" and "#1" → "number five", "number one", "Jan." → "January", "Inc." →
 * "Incorporated". "St." is "Saint" before a name ("St. Louis") and "Street" after one ("Main St."); "Dr." likewise
 * "Doctor" or "Drive", with or without the dot; before a word that starts a sentence ("Main St. He"), the dot is
 * also the full stop. Other titles need their dot, except the common British forms without
 * one (Mr, Mrs, Ms, Messrs, Mt) before a capitalized name. An abbreviation's dot is dropped, except at the end of the
 * text, where it is also the full stop.
 */
final class Abbreviations {
    /** Words after a street's name that are no name themselves: "Pine St Apt. 3B" is a street, not a saint. */
    private static final Set<String> AFTER_STREET = Set.of("Apt", "Apartment", "Suite", "Ste", "Unit", "Fl", "Floor",
            "Rm", "Room", "Bldg", "Building", "NW", "NE", "SW", "SE", "Northwest", "Northeast", "Southwest",
            "Southeast");
    /** Titles before a name. */
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("Mr", "Mister"),
            Map.entry("Mrs", "Missus"), Map.entry("Ms", "Miz"), Map.entry("Messrs", "Messieurs"),
            Map.entry("Prof", "Professor"), Map.entry("Rev", "Reverend"), Map.entry("Fr", "Father"),
            Map.entry("Hon", "Honorable"), Map.entry("Sen", "Senator"), Map.entry("Rep", "Representative"),
            Map.entry("Gov", "Governor"), Map.entry("Pres", "President"), Map.entry("Gen", "General"),
            Map.entry("Lt", "Lieutenant"), Map.entry("Col", "Colonel"), Map.entry("Maj", "Major"),
            Map.entry("Capt", "Captain"), Map.entry("Cmdr", "Commander"), Map.entry("Cdr", "Commander"),
            Map.entry("Adm", "Admiral"), Map.entry("Sgt", "Sergeant"), Map.entry("Cpl", "Corporal"),
            Map.entry("Pvt", "Private"), Map.entry("Brig", "Brigadier"), Map.entry("Supt", "Superintendent"),
            Map.entry("Insp", "Inspector"), Map.entry("Det", "Detective"), Map.entry("Mt", "Mount"),
            Map.entry("Atty", "Attorney"),
            Map.entry("Ft", "Fort"));
    /** Titles also written without a dot. */
    private static final Map<String, String> UNDOTTED_TITLES = Map.of("Mr", "Mister", "Mrs", "Missus", "Ms", "Miz",
            "Messrs", "Messieurs", "Mt", "Mount");
    /** Abbreviations with a dot, anywhere. */
    private static final Map<String, String> DOTTED = Map.ofEntries(Map.entry("etc", "et cetera"),
            Map.entry("vs", "versus"), Map.entry("v", "versus"), Map.entry("approx", "approximately"),
            Map.entry("Approx", "Approximately"),
            Map.entry("Inc", "Incorporated"), Map.entry("Ltd", "Limited"), Map.entry("Co", "Company"),
            Map.entry("Corp", "Corporation"), Map.entry("Bros", "Brothers"), Map.entry("Dept", "Department"),
            Map.entry("Univ", "University"), Map.entry("Assn", "Association"), Map.entry("Govt", "Government"),
            Map.entry("Intl", "International"), Map.entry("Natl", "National"), Map.entry("est", "estimated"),
            Map.entry("Jr", "Junior"), Map.entry("Sr", "Senior"), Map.entry("Esq", "Esquire"),
            Map.entry("Bldg", "Building"),
            Map.entry("Ave", "Avenue"), Map.entry("Blvd", "Boulevard"), Map.entry("Rd", "Road"),
            Map.entry("Hwy", "Highway"), Map.entry("cf", "compare"), Map.entry("viz", "namely"),
            Map.entry("Vol", "Volume"), Map.entry("vol", "volume"), Map.entry("Fig", "Figure"),
            Map.entry("fig", "figure"), Map.entry("Jan", "January"), Map.entry("Feb", "February"),
            Map.entry("Mar", "March"), Map.entry("Apr", "April"), Map.entry("Jun", "June"), Map.entry("Jul", "July"),
            Map.entry("Aug", "August"), Map.entry("Sep", "September"), Map.entry("Sept", "September"),
            Map.entry("Oct", "October"), Map.entry("Nov", "November"), Map.entry("Dec", "December"));
    /** Abbreviations read only before a number; "No", "Nos", "Apt", "Ste" and a few more also without their dot. */
    private static final Map<String, String> BEFORE_NUMBER = Map.ofEntries(Map.entry("No", "number"),
            Map.entry("no", "number"), Map.entry("Nos", "numbers"), Map.entry("nos", "numbers"),
            Map.entry("p", "page"), Map.entry("pp", "pages"), Map.entry("Ch", "chapter"), Map.entry("ch", "chapter"),
            Map.entry("Sec", "section"), Map.entry("sec", "section"), Map.entry("Art", "article"),
            Map.entry("Ep", "episode"), Map.entry("Apt", "apartment"), Map.entry("Ste", "suite"),
            Map.entry("ca", "circa"), Map.entry("c", "circa"), Map.entry("Prop", "Proposition"),
            Map.entry("Cat", "Category"), Map.entry("Fl", "floor"), Map.entry("Rm", "room"),
            Map.entry("Bldg", "building"), Map.entry("ext", "extension"), Map.entry("Ext", "extension"),
            Map.entry("est", "established"));
    /**
     * Shorthand of lists, labels and ads that is no word, read in full with or without its dot: "Qty 4", "$5 ea.",
     * "3 pkgs", "12 pcs", "mfr warranty", "approx 40"; in these spellings only ("PCs" are computers, "Ea" a god).
     */
    private static final Map<String, String> NEVER_WORDS = Map.ofEntries(Map.entry("qty", "quantity"),
            Map.entry("Qty", "Quantity"), Map.entry("QTY", "Quantity"), Map.entry("pkg", "package"),
            Map.entry("Pkg", "Package"), Map.entry("pkgs", "packages"), Map.entry("pcs", "pieces"),
            Map.entry("ea", "each"), Map.entry("mfr", "manufacturer"), Map.entry("Mfr", "Manufacturer"),
            Map.entry("approx", "approximately"));
    private static final Set<String> UNDOTTED_BEFORE_NUMBER = Set.of("No", "no", "Nos", "nos", "Apt", "Ste", "Cat",
            "Rm", "Bldg", "ext", "Ext");
    /** Words that start a sentence, not a name: after "Main St." they mean the dot ends one. */
    private static final Set<String> SENTENCE_STARTS = Set.of("He", "She", "It", "They", "We", "I", "You", "The", "A",
            "An", "This", "That", "There", "His", "Her", "Their", "Its", "But", "And", "In", "On", "At");
    /** Abbreviations written with inner dots. */
    private static final Map<String, String> PHRASES = Map.of("e.g", "for example", "i.e", "that is", "a.k.a",
            "also known as", "aka", "also known as", "et al", "and others", "w/o", "without", "w/", "with", "gov't",
            "government", "c/o", "care of", "w/d", "washer dryer");

    /**
     * Shorthand of social media and newsletters, which a presenter reads out in full; not "IMO", which in the news is
     * the International Maritime Organization more often than "in my opinion".
     */
    private static final Map<String, String> SHORTHAND = Map.of("ICYMI", "in case you missed it", "TBH",
            "to be honest", "IMHO", "in my humble opinion", "FWIW", "for what it's worth",
            "AFAIK", "as far as I know", "IIRC", "if I remember correctly", "BTW", "by the way", "TL;DR",
            "too long; didn't read", "TLDR", "too long; didn't read");
    private static final Pattern SHORTHANDS = Pattern.compile("(?=[ITFAB][A-Z;])(?<![\\p{L}])"
            + "(?:ICYMI|TBH|IMHO|FWIW|AFAIK|IIRC|BTW|TL;DR|TLDR)(?![\\p{L}])");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d.'])(\\p{L}{1,6})(\\.)?(?![\\p{L}\\d]|'(?!s\\b))");
    private static final Pattern PHRASE = Pattern.compile("(?<![\\p{L}.])(?i:(e\\.g|i\\.e|a\\.k\\.a)\\.?|aka(?![\\p{L}])"
            + "|et al\\.?|w/o(?![\\p{L}])|c/o(?![\\p{L}])|w/d(?![\\p{L}])|w/(?= ?\\p{L})|gov't(?![\\p{L}]))");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Pattern HASH_NUMBER = Pattern.compile("#(?= ?\\d|\\p{Lu}{1,3}-?\\d)");

    private Abbreviations() {
    }

    static String expand(String text) {
        String s = Rewrite.replace(PHRASE, text, m -> phrase(m, text));
        s = Rewrite.replace(SHORTHANDS, s, m -> SHORTHAND.get(m.group()));
        s = HASH_NUMBER.matcher(s).replaceAll("number ");
        String words = s;
        return Rewrite.replace(WORD, s, m -> word(m, words));
    }

    private static String phrase(Matcher m, String text) {
        String key = Rewrite.withoutDot(m.group()).toLowerCase(Locale.ROOT);
        // "W/D" is written in capitals anywhere in a sentence: its words take no capital from them
        String expansion = key.equals("w/d") ? PHRASES.get(key) : Rewrite.sameCase(m.group(), PHRASES.get(key));
        return expansion + Rewrite.fullStop(m, text);
    }

    private static String word(Matcher m, String text) {
        String word = m.group(1);
        boolean dot = m.group(2) != null;
        char next = Rewrite.charAfter(text, m.end());
        // "Pine St Apt. 3B", "K St NW": an apartment, a suite or a quarter of the city is no name after "St"
        boolean beforeName = Character.isUpperCase(next) && !AFTER_STREET.contains(Rewrite.wordAfter(text, m.end()));
        String expansion = null;
        boolean sentenceEnd = dot && SENTENCE_STARTS.contains(Rewrite.wordAfter(text, m.end()));
        if ((word.equals("St") || word.equals("Dr")) && sentenceEnd && afterName(text, m.start())) {
            return (word.equals("St") ? "Street" : "Drive") + ".";
        }
        if (word.equals("St")) {
            expansion = afterName(text, m.start()) && !beforeName ? "Street" : "Saint";
        } else if (word.equals("Sts") && dot) {
            expansion = afterName(text, m.start()) && !beforeName ? "Streets" : "Saints";
        } else if (word.equals("Fl") && dot && ORDINAL.matcher(tokenBefore(text, m.start())).matches()) {
            expansion = "Floor";
        } else if (word.equals("c") && dot && ORDINAL.matcher(tokenBefore(text, m.start())).matches()) {
            expansion = "century";
        } else if (word.equals("Dr")) {
            expansion = afterName(text, m.start()) && !beforeName ? "Drive" : "Doctor";
        } else if (BEFORE_NUMBER.containsKey(word) && Character.isDigit(next) && (dot || UNDOTTED_BEFORE_NUMBER.contains(word))) {
            expansion = BEFORE_NUMBER.get(word);
        } else if (dot && TITLES.containsKey(word)) {
            expansion = TITLES.get(word);
        } else if (!dot && beforeName && UNDOTTED_TITLES.containsKey(word)) {
            expansion = UNDOTTED_TITLES.get(word);
        } else if (dot && DOTTED.containsKey(word) || word.equals("vs")) {
            expansion = DOTTED.get(word);
        } else if (NEVER_WORDS.containsKey(word)) {
            expansion = NEVER_WORDS.get(word);
        }
        if (expansion == null) return null;
        return expansion + (dot ? Rewrite.fullStop(m, text) : "");
    }

    /**
     * Whether a capitalized word, maybe abbreviated, or an ordinal ("Main", "Jr.", "5th") comes just before
     * {@code index}.
     */
    private static boolean afterName(String text, int index) {
        String before = tokenBefore(text, index);
        return Rewrite.startsUpper(before.endsWith(".") ? before.substring(0, before.length() - 1) : before)
                && before.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '.')
                || ORDINAL.matcher(before).matches();
    }

    /** What comes before {@code index} back to the space before it: "5th" in "5th Ave". */
    private static String tokenBefore(String text, int index) {
        int end = index;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = text.lastIndexOf(' ', end - 1) + 1;
        return text.substring(start, end);
    }
}
