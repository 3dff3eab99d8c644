package dev.voxpress.script;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses as Americans say them: house numbers in pairs ("1627 Oak Ave" → "sixteen twenty-seven Oak
 * Avenue", "350 W Main St" → "three fifty West Main Street", "221B Baker St" → "two twenty-one B Baker Street", "500 W.
 * 42nd St."), street types and compass points written out ("Blvd",
 * "Ter", "Expy", "Hwy", "NW"), and a state's abbreviation before a ZIP code said as the state, the ZIP digit by digit
 * ("Springfield, IL 62704" → "Springfield, Illinois six two seven zero four"), as is a state after a city without
 * one ("Portland, OR", "Boston, Mass.").
 */
final class Addresses {
    private static final Map<String, String> TYPES = new HashMap<>();
    private static final Map<String, String> COMPASS = Map.of("N", "North", "S", "South", "E", "East", "W", "West",
            "NE", "Northeast", "NW", "Northwest", "SE", "Southeast", "SW", "Southwest");
    private static final Map<String, String> STATES = new HashMap<>();

    static {
        String[] types = {"Ave", "Avenue", "Av", "Avenue", "Blvd", "Boulevard", "Rd", "Road", "Ln", "Lane", "Ct",
            "Court", "Ter", "Terrace", "Terr", "Terrace", "Expy", "Expressway", "Hwy", "Highway", "Pkwy", "Parkway",
            "Pl", "Place", "Sq", "Square", "Cir", "Circle", "Trl", "Trail", "Fwy", "Freeway", "Plz", "Plaza", "Aves",
            "Avenues", "Rds", "Roads", "Blvds", "Boulevards"};
        for (int i = 0; i < types.length; i += 2) TYPES.put(types[i], types[i + 1]);
        String[] states = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
            "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "FL", "Florida", "GA", "Georgia", "HI", "Hawaii",
            "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky", "LA",
            "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota",
            "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH",
            "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND",
            "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI",
            "Rhode Island", "SC", "South Carolina", "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT",
            "Utah", "VT", "Vermont", "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin",
            "WY", "Wyoming", "DC", "D C", "PR", "Puerto Rico"};
        for (int i = 0; i < states.length; i += 2) STATES.put(states[i], states[i + 1]);
    }

    private static final String POINT = "(NE|NW|SE|SW|N|S|E|W)";
    private static final String TYPE = "(?:St|Ave|Av|Blvd|Rd|Dr|Ln|Ct|Ter|Terr|Expy|Hwy|Pkwy|Pl|Sq|Cir|Trl|Fwy|Plz|Way"
            + "|Street|Avenue|Boulevard|Road|Drive|Lane|Court|Terrace|Expressway|Highway|Parkway|Place|Square|Circle"
            + "|Trail|Freeway|Plaza|Loop|Row|Alley)";
    /** A state's code and a ZIP code after a city, with a comma or none: "Madison, WI 53703", "Madison WI 53703". */
    private static final Pattern STATE_ZIP = Pattern.compile("(, |(?<=\\p{Lu}\\p{Ll}{1,20}) )([A-Z]{2}) (\\d{5})"
            + "(?:-(\\d{4}))?(?![\\d-])");
    private static final Pattern HOUSE_POINT = Pattern.compile("(?=\\d)(?<![\\w.,$-])(\\d{1,5}) " + POINT
            + "\\.? (?=\\p{Lu}\\p{Ll}|\\d{1,3}(?:st|nd|rd|th) )");
    /**
     * A house number of three digits or more before a street's name and type, Broadway, or a route; shorter ones are
     * plain numbers, left for {@link Numbers}.
     */
    private static final Pattern HOUSE = Pattern.compile("(?=\\d)(?<![\\w.,$-])(\\d{3,5})(\\p{Lu})? "
            + "(?=(?:(?:\\p{Lu}\\p{Ll}*\\.?|\\d{1,3}"
            + "(?:st|nd|rd|th)) ){1,3}" + TYPE + "(?![\\p{L}])|Broadway\\b|(?:Rte|Rt|Route|Hwy|Highway)\\.? \\d)");
    private static final Pattern STREET_TYPE = Pattern.compile("(?=[ABRLCTEHPSF])(?<=\\p{Ll} |\\d(?:st|nd|rd|th) )"
            + "(Ave|Aves|Av|Blvd|Blvds|Rd|Rds|Ln|Ct|Ter|Terr|Expy|Hwy|Pkwy|Pl|Sq|Cir|Trl|Fwy|Plz)(\\.)?"
            + "(?: " + POINT + ")?(?![\\p{L}\\d])");
    /**
     * A state after a city, without a ZIP code: its postal code at the end of a clause ("Portland, OR.") or its
     * AP abbreviation ("Boston, Mass."). "OK" is left alone, being more often the word.
     */
    private static final String AP_NAMES = "(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
            + "|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)";
    private static final Pattern CITY_STATE = Pattern.compile(", (?<=\\p{Lu}\\p{Ll}{1,20}, )(?:(?!OK)([A-Z]{2})(?=[.,;:)]|$)"
            + "|" + AP_NAMES + "\\.)");
    private static final Map<String, String> AP_STATES = Map.ofEntries(Map.entry("Ala", "AL"), Map.entry("Ariz", "AZ"),
            Map.entry("Ark", "AR"), Map.entry("Calif", "CA"), Map.entry("Colo", "CO"), Map.entry("Conn", "CT"),
            Map.entry("Del", "DE"), Map.entry("Fla", "FL"), Map.entry("Ga", "GA"), Map.entry("Ill", "IL"),
            Map.entry("Ind", "IN"), Map.entry("Kan", "KS"), Map.entry("Ky", "KY"), Map.entry("La", "LA"),
            Map.entry("Md", "MD"), Map.entry("Mass", "MA"), Map.entry("Mich", "MI"), Map.entry("Minn", "MN"),
            Map.entry("Miss", "MS"), Map.entry("Mo", "MO"), Map.entry("Mont", "MT"), Map.entry("Neb", "NE"),
            Map.entry("Nev", "NV"), Map.entry("Okla", "OK"), Map.entry("Ore", "OR"), Map.entry("Pa", "PA"),
            Map.entry("Tenn", "TN"), Map.entry("Tex", "TX"), Map.entry("Va", "VA"), Map.entry("Vt", "VT"),
            Map.entry("Wash", "WA"), Map.entry("Wis", "WI"), Map.entry("Wyo", "WY"));
    /** A post office box's number of four digits is said in pairs: "PO Box 1054" → "ten fifty-four". */
    private static final Pattern BOX = Pattern.compile("(?=\\d)(?<=\\b(?:P\\.? ?O\\.?|Post Office) Box )(\\d{4})"
            + "(?!\\d|[,.-]\\d)");
    /** A route's letter after its number: "Rte. 9W" → "nine W", not watts. */
    private static final Pattern ROUTE_LETTER = Pattern.compile("(?=\\d)(?<=\\b(?:Route|Highway|US|SR) )(\\d{1,3})"
            + "([NSEWAB])(?![\\p{L}\\d])");
    /** A direction after a route's number, apart from it: "Hwy. 50 E" → "Highway 50 East" (not "US 1 E. coli"). */
    private static final Pattern ROUTE_POINT = Pattern.compile("(?=\\d)(?<=\\b(?:Route|Highway|US|SR) )(\\d{1,3}) "
            + "([NSEW])(?![\\p{L}\\d]|\\. ?\\p{Ll})");
    /** Australian states after a suburb: "The Rocks, NSW", "Fitzroy VIC 3065". */
    private static final Pattern AU_STATE = Pattern.compile("(?=[NQVT])(?<=\\p{Ll},? )(NSW|QLD|VIC|TAS)(?![\\p{L}\\d])");
    private static final Map<String, String> AU_STATES = Map.of("NSW", "New South Wales", "QLD", "Queensland",
            "VIC", "Victoria", "TAS", "Tasmania");
    private static final Pattern ROUTE = Pattern.compile("\\b(Hwy|Rte|Rt|SR(?= \\d{1,3}(?![\\d/])))\\.? (?=\\d)");
    /** A state after "in" needs its AP abbreviation's dot or inner dots: "in Calif.", "in N.J.". */
    private static final Pattern IN_STATE = Pattern.compile("\\bin (?:" + AP_NAMES + "|([NS])\\.([CDHJMY]))\\.");
    /**
     * A lawmaker's party and state, in brackets or, as the AP writes it, between commas: "(D-N.Y.)" → "(Democrat of
     * New York)", "Sen. Alex Padilla, D-Calif., said" → ", Democrat of California,", "(R-Texas)".
     */
    private static final Pattern PARTY_STATE = Pattern.compile("(?=[(,])(\\(|(?<=\\p{L}), )([DRI])-(?:" + AP_NAMES
            + "\\.|([NSRW])\\.([A-Z])\\.|([A-Z]{2})|(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?))(\\)|,)");
    private static final Map<String, String> PARTIES = Map.of("D", "Democrat", "R", "Republican", "I", "Independent");
    /** A compass point before a street's name: "E. 86th St." → "East eighty-sixth Street". */
    private static final Pattern STREET_POINT = Pattern.compile("(?=[NSEW])(?<![\\p{L}\\d.])([NS][EW]|[NSEW])\\.? "
            + "(?=(?:\\p{Lu}\\p{Ll}+|\\d{1,3}(?:st|nd|rd|th)) " + TYPE + "(?![\\p{L}]))");
    /** A wind's direction: "Wind SW 15-20 kt, becoming W" → "southwest", "west". */
    private static final Pattern WIND = Pattern.compile("(?=[NSEW])(?<=\\b(?i:winds?|becoming|backing|veering) )(N|NE|E|SE|S|SW|W|NW)"
            + "(?![\\p{L}\\d])");
    /** A quarter of the city after "St" or "Dr", which {@link #STREET_TYPE} leaves to {@link Abbreviations}. */
    private static final Pattern QUARTER = Pattern.compile("(?=[NS][EW])(?<=\\b(?:St|Street|Dr|Drive)\\.? )([NS][EW])"
            + "(?![\\p{L}\\d])");
    /** A block of a street, numbered as its houses are: "the 4100 block of" → "forty-one hundred block of". */
    private static final Pattern BLOCK = Pattern.compile("(?=\\d)(?<![\\w.,$-])(\\d{3,5})(?= block of\\b)");
    /** A congressional district: "CA-12" → "California's twelfth district", in a text about elections. */
    private static final Pattern DISTRICT = Pattern.compile("(?<![\\p{L}\\d-])([A-Z]{2})-(\\d{1,2})(?![\\d\\p{L}-])");
    /** Words of a text about elections, without which "CA-12" is left a code. */
    private static final Pattern ELECTION = Pattern.compile("(?i:district|race|seat|primary|congress|house|incumbent"
            + "|election|voters|flipped|democrat|republican|gop|candidate|representative)");
    /** Rooms in a listing: "2BR/1BA" → "two bedroom, one bathroom". */
    private static final Pattern ROOMS = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.])(\\d{1,2}) ?(?:BR|bd|BD|bed)s?\\.?(?:/|, ?| )"
            + "(\\d{1,2}(?:\\.5)?) ?(?:BA|ba|bath)s?(?![\\p{L}\\d])");

    private Addresses() {
    }

    static String speak(String text) {
        String s = text;
        if (Rewrite.hasDigit(text)) {
            s = Rewrite.replace(STATE_ZIP, s, Addresses::stateZip);
            s = Rewrite.replace(HOUSE_POINT, s, m -> NumberWords.pairs(m.group(1)) + " " + COMPASS.get(m.group(2)) + " ");
            s = Rewrite.replace(HOUSE, s, m -> NumberWords.pairs(m.group(1)) + " "
                    + (m.group(2) == null ? "" : m.group(2) + " "));
            s = Rewrite.replace(BLOCK, s, m -> NumberWords.pairs(m.group(1)));
            s = Rewrite.replace(BOX, s, m -> NumberWords.pairs(m.group(1)));
            s = Rewrite.replace(ROUTE, s, m -> switch (m.group(1)) {
                case "Hwy" -> "Highway ";
                case "SR" -> "State Route ";
                default -> "Route ";
            });
            s = Rewrite.replace(ROUTE_LETTER, s, m -> NumberWords.number(m.group(1)) + " " + m.group(2));
            s = Rewrite.replace(ROUTE_POINT, s, m -> m.group(1) + " " + COMPASS.get(m.group(2)));
            if (s.indexOf('-') >= 0 && DISTRICT.matcher(s).find() && ELECTION.matcher(s).find()) {
                s = Rewrite.replace(DISTRICT, s, m -> STATES.get(m.group(1)) == null ? null : STATES.get(m.group(1))
                        + "'s " + NumberWords.ordinal(Integer.parseInt(m.group(2))) + " district");
            }
            s = Rewrite.replace(ROOMS, s, m -> NumberWords.number(m.group(1)) + " bedroom, "
                    + NumberWords.number(m.group(2)) + " bathroom");
        }
        String states = s;
        s = Rewrite.replace(IN_STATE, s, m -> {
            String state = STATES.get(m.group(1) != null ? AP_STATES.get(m.group(1)) : m.group(2) + m.group(3));
            return state == null ? null : "in " + state + Rewrite.fullStop(m, states);
        });
        s = Rewrite.replace(PARTY_STATE, s, Addresses::partyState);
        s = Rewrite.replace(STREET_POINT, s, m -> COMPASS.get(m.group(1)) + " ");
        s = Rewrite.replace(QUARTER, s, m -> COMPASS.get(m.group(1)));
        s = Rewrite.replace(AU_STATE, s, m -> AU_STATES.get(m.group(1)));
        s = Rewrite.replace(WIND, s, m -> COMPASS.get(m.group(1)).toLowerCase(Locale.ROOT));
        String cities = s;
        s = Rewrite.replace(CITY_STATE, s, m -> cityState(m, cities));
        String types = s;
        return Rewrite.replace(STREET_TYPE, s, m -> TYPES.get(m.group(1))
                + (m.group(3) == null ? "" : " " + COMPASS.get(m.group(3))) + (m.group(2) == null ? ""
                : Rewrite.fullStop(m, types)));
    }

    private static String cityState(Matcher m, String text) {
        if (m.group(1) == null) return ", " + STATES.get(AP_STATES.get(m.group(2))) + Rewrite.fullStop(m, text);
        String state = STATES.get(m.group(1));
        return state == null ? null : ", " + state;
    }

    private static String partyState(Matcher m) {
        boolean brackets = m.group(1).equals("(");
        if (brackets != m.group(8).equals(")")) return null;
        String state;
        if (m.group(3) != null) state = STATES.get(AP_STATES.get(m.group(3)));
        else if (m.group(4) != null) state = STATES.get(m.group(4) + m.group(5));
        else if (m.group(6) != null) state = STATES.get(m.group(6));
        else state = brackets || STATES.containsValue(m.group(7)) ? m.group(7) : null;
        return state == null ? null : m.group(1) + PARTIES.get(m.group(2)) + " of " + state + m.group(8);
    }

    private static String stateZip(Matcher m) {
        String state = STATES.get(m.group(2));
        if (state == null) return null;
        String zip = m.group(1) + state + " " + NumberWords.digits(m.group(3));
        return m.group(4) == null ? zip : zip + ", " + NumberWords.digits(m.group(4));
    }
}
