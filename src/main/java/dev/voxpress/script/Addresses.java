package dev.voxpress.script;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses as Americans say them: house numbers in pairs ("1627 Oak Ave" → "sixteen twenty-seven Oak
 * Avenue", "350 W Main St" → "three fifty West Main Street"), street types and compass points written out ("Blvd",
 * "Ter", "Expy", "Hwy", "NW"), and a state's abbreviation before a ZIP code said as the state, the ZIP digit by digit
 * ("Springfield, IL 62704" → "Springfield, Illinois six two seven zero four").
 */
final class Addresses {
    private static final Map<String, String> TYPES = new HashMap<>();
    private static final Map<String, String> COMPASS = Map.of("N", "North", "S", "South", "E", "East", "W", "West",
            "NE", "Northeast", "NW", "Northwest", "SE", "Southeast", "SW", "Southwest");
    private static final Map<String, String> STATES = new HashMap<>();

    static {
        String[] types = {"Ave", "Avenue", "Av", "Avenue", "Blvd", "Boulevard", "Rd", "Road", "Ln", "Lane", "Ct",
            "Court", "Ter", "Terrace", "Terr", "Terrace", "Expy", "Expressway", "Hwy", "Highway", "Pkwy", "Parkway",
            "Pl", "Place", "Sq", "Square", "Cir", "Circle", "Trl", "Trail", "Fwy", "Freeway", "Plz", "Plaza"};
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
    private static final Pattern STATE_ZIP = Pattern.compile(", ([A-Z]{2}) (\\d{5})(?:-(\\d{4}))?(?![\\d-])");
    private static final Pattern HOUSE_POINT = Pattern.compile("(?=\\d)(?<![\\w.,$-])(\\d{1,5}) " + POINT
            + "\\.? (?=\\p{Lu}\\p{Ll})");
    /** A house number of three digits or more; shorter ones are plain numbers, left for {@link Numbers}. */
    private static final Pattern HOUSE = Pattern.compile("(?=\\d)(?<![\\w.,$-])(\\d{3,5}) (?=(?:(?:\\p{Lu}\\p{Ll}+|\\d{1,3}"
            + "(?:st|nd|rd|th)) ){1,3}" + TYPE + "(?![\\p{L}]))");
    private static final Pattern STREET_TYPE = Pattern.compile("(?=[ABRLCTEHPSF])(?<=\\p{Ll} |\\d(?:st|nd|rd|th) )(Ave|Av|Blvd|Rd|Ln|Ct"
            + "|Ter|Terr|Expy|Hwy|Pkwy|Pl|Sq|Cir|Trl|Fwy|Plz)(\\.)?(?: " + POINT + ")?(?![\\p{L}\\d])");
    private static final Pattern ROUTE = Pattern.compile("\\b(Hwy|Rte|Rt)\\.? (?=\\d)");

    private Addresses() {
    }

    static String speak(String text) {
        String s = text;
        if (Rewrite.hasDigit(text)) {
            s = Rewrite.replace(STATE_ZIP, s, Addresses::stateZip);
            s = Rewrite.replace(HOUSE_POINT, s, m -> NumberWords.pairs(m.group(1)) + " " + COMPASS.get(m.group(2)) + " ");
            s = Rewrite.replace(HOUSE, s, m -> NumberWords.pairs(m.group(1)) + " ");
            s = Rewrite.replace(ROUTE, s, m -> m.group(1).equals("Hwy") ? "Highway " : "Route ");
        }
        String types = s;
        return Rewrite.replace(STREET_TYPE, s, m -> TYPES.get(m.group(1))
                + (m.group(3) == null ? "" : " " + COMPASS.get(m.group(3))) + (m.group(2) == null ? ""
                : Rewrite.fullStop(m, types)));
    }

    private static String stateZip(Matcher m) {
        String state = STATES.get(m.group(1));
        if (state == null) return null;
        String zip = ", " + state + " " + NumberWords.digits(m.group(2));
        return m.group(3) == null ? zip : zip + ", " + NumberWords.digits(m.group(3));
    }
}
