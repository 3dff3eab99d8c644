package dev.voxpress.script;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers with units, percentages and degrees: "5 kg" → "five kilograms", "1 km" → "one kilometer", "a 5-km run" → "a
 * five-kilometer run", "60 mph" → "sixty miles per hour", "10–20 km" → "ten to twenty kilometers", "12%" → "twelve
 * percent", "20°C" → "twenty degrees Celsius", "-3 °F" → "minus three degrees Fahrenheit", "5′11″" → "five feet eleven
 * inches", "5 ft 10 in" likewise, "9.58 s" → "nine point five eight seconds", "3 x 4" → "three by four", "10x" → "ten times", "$3/lb" → "three dollars per pound". US spelling. Unit
 * symbols are matched with their case ("5 m" is meters, "5 M" is not a unit); "5m", "13M" or "300K" joined to a number
 * before a plural noun ("5m people", "300K jobs") is a count. "2 in. of snow" and "1 tsp. salt" keep their dot; "3%
 * y/y" is "year over year".
 */
final class Measures {
    private static final Map<String, String[]> UNITS = new HashMap<>();
    /** The units by their names: "mile" and "miles". */
    private static final Map<String, String[]> NAMED = new HashMap<>();

    static {
        unit("kilometer per hour", "kilometers per hour", "km/h", "kph", "kmh", "km/hr");
        unit("mile per hour", "miles per hour", "mph", "MPH");
        unit("meter per second", "meters per second", "m/s");
        unit("mile per gallon", "miles per gallon", "mpg");
        unit("square kilometer", "square kilometers", "km²", "km2", "sq km");
        unit("square meter", "square meters", "m²", "m2", "sq m");
        unit("square mile", "square miles", "sq mi", "mi²");
        unit("square foot", "square feet", "sq ft", "ft²");
        unit("cubic meter", "cubic meters", "m³");
        unit("cubic centimeter", "cubic centimeters", "cm³");
        unit("square centimeter", "square centimeters", "cm²", "cm2", "sq cm");
        unit("square foot", "square feet", "sq. ft", "ft2");
        unit("square inch", "square inches", "sq in", "sq. in", "in²");
        unit("cubic meter", "cubic meters", "m3", "cu m");
        unit("cubic centimeter", "cubic centimeters", "cm3", "cc");
        unit("cubic foot", "cubic feet", "cu ft", "cu. ft", "ft³");
        unit("cubic inch", "cubic inches", "cu in", "cu. in", "in³");
        unit("kilometer", "kilometers", "km", "KM");
        unit("meter", "meters", "m");
        unit("centimeter", "centimeters", "cm", "CM");
        unit("millimeter", "millimeters", "mm");
        unit("micrometer", "micrometers", "µm", "μm", "um");
        unit("nanometer", "nanometers", "nm");
        unit("mile", "miles", "mi");
        unit("foot", "feet", "ft");
        unit("yard", "yards", "yd", "yds");
        unit("kilogram", "kilograms", "kg", "kgs", "KG", "KGS");
        unit("gram", "grams", "g");
        unit("milligram", "milligrams", "mg");
        unit("microgram", "micrograms", "µg", "μg", "mcg");
        unit("pound", "pounds", "lb", "lbs", "LB", "LBS");
        unit("foot-pound", "foot-pounds", "ft-lb", "ft-lbs", "ft.-lbs.", "ft-lbf");
        unit("pound-foot", "pound-feet", "lb-ft", "lb ft", "lb.-ft", "lb.-ft.", "lbf-ft");
        unit("knot", "knots", "kt", "kts", "kn");
        unit("millisievert", "millisieverts", "mSv");
        unit("microsievert", "microsieverts", "µSv", "μSv", "uSv");
        unit("sievert", "sieverts", "Sv");
        unit("point", "points", "pts");
        unit("ounce", "ounces", "oz");
        unit("liter", "liters", "L", "l");
        unit("milliliter", "milliliters", "ml", "mL");
        unit("microliter", "microliters", "µL", "μL", "µl", "μl", "uL");
        unit("microsecond", "microseconds", "µs", "μs");
        unit("micron", "microns", "µ", "μ");
        unit("gram per tonne", "grams per tonne", "g/t");
        unit("gallon", "gallons", "gal");
        unit("millisecond", "milliseconds", "ms");
        unit("second", "seconds", "sec", "secs");
        unit("minute", "minutes", "min", "mins");
        unit("hour", "hours", "h", "hr", "hrs");
        unit("year", "years", "yr", "yrs");
        unit("hertz", "hertz", "Hz");
        unit("kilohertz", "kilohertz", "kHz");
        unit("megahertz", "megahertz", "MHz");
        unit("gigahertz", "gigahertz", "GHz");
        unit("kilowatt", "kilowatts", "kW");
        unit("megawatt", "megawatts", "MW");
        unit("gigawatt", "gigawatts", "GW");
        unit("kilowatt hour", "kilowatt hours", "kWh");
        unit("kilojoule", "kilojoules", "kJ");
        unit("kilonewton", "kilonewtons", "kN");
        unit("megajoule", "megajoules", "MJ");
        unit("millibar", "millibars", "mbar", "mb");
        unit("megawatt hour", "megawatt hours", "MWh");
        unit("gigawatt hour", "gigawatt hours", "GWh");
        unit("terawatt hour", "terawatt hours", "TWh");
        unit("milliamp hour", "milliamp hours", "mAh");
        unit("kilobyte", "kilobytes", "KB", "kB");
        unit("megabyte", "megabytes", "MB");
        unit("gigabyte", "gigabytes", "GB");
        unit("terabyte", "terabytes", "TB");
        unit("kilobit per second", "kilobits per second", "kbps", "kb/s", "kbit/s");
        unit("megabit per second", "megabits per second", "Mbps", "Mb/s", "Mbit/s");
        unit("gigabit per second", "gigabits per second", "Gbps", "Gb/s", "Gbit/s");
        unit("kilobyte per second", "kilobytes per second", "KB/s", "kB/s");
        unit("megabyte per second", "megabytes per second", "MB/s");
        unit("gigabyte per second", "gigabytes per second", "GB/s");
        unit("terabit per second", "terabits per second", "Tbps", "Tb/s");
        unit("hectare", "hectares", "ha");
        unit("acre", "acres", "ac", "acre");
        unit("volt", "volts", "V");
        unit("kilovolt", "kilovolts", "kV");
        unit("watt", "watts", "W");
        unit("milliamp", "milliamps", "mA");
        unit("decibel", "decibels", "dB");
        unit("revolution per minute", "revolutions per minute", "rpm");
        unit("frame per second", "frames per second", "fps");
        unit("pound per square inch", "pounds per square inch", "psi");
        unit("tablespoon", "tablespoons", "tbsp", "Tbsp");
        unit("teaspoon", "teaspoons", "tsp");
        unit("fluid ounce", "fluid ounces", "fl oz");
        unit("quart", "quarts", "qt");
        unit("degree", "degrees", "deg", "degs");
        unit("inch", "inches", "inch", "inches", "in");
        unit("cup", "cups", "cup", "cups");
        unit("kilocalorie", "kilocalories", "kcal");
        unit("horsepower", "horsepower", "hp");
        unit("megapixel", "megapixels", "MP");
        unit("basis point", "basis points", "bps", "bp");
        unit("beat per minute", "beats per minute", "bpm");
        unit("part per million", "parts per million", "ppm");
        unit("part per billion", "parts per billion", "ppb");
        unit("barrel", "barrels", "bbl");
        unit("deciliter", "deciliters", "dL", "dl");
        unit("millimeter of mercury", "millimeters of mercury", "mmHg");
        unit("kilopascal", "kilopascals", "kPa");
        unit("megapascal", "megapascals", "MPa");
        unit("hectopascal", "hectopascals", "hPa");
        unit("second", "seconds", "s");
        unit("bushel", "bushels", "bu");
        unit("ohm", "ohms", "Ω");
        unit("kilohm", "kilohms", "kΩ");
        unit("megohm", "megohms", "MΩ");
        unit("astronomical unit", "astronomical units", "AU");
        unit("thousand", "thousand", "k", "K");
        unit("million", "million", "M");
        unit("billion", "billion", "bn");
        unit("trillion", "trillion", "tn");
        unit("time", "times", "x");
    }

    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3}){1,6}(?!\\d)|\\d+)(?:\\.\\d+)?";
    /** An optional minus, a number, and an optional second number making a range: groups 1 to 4. */
    private static final String AMOUNT = "(?<![\\p{L}\\d.,])(-)?(" + NUMBER + ")(?: ?[–-] ?(-)?(" + NUMBER + "))?";
    /** Abbreviations that may carry a dot mid-sentence, as in "5 ft. tall". */
    private static final String DOTTED = "ft|in|lb|lbs|oz|yd|mi|sec|min|hr|hrs|yr|yrs|gal|tsp|tbsp|Tbsp|qt|pts|bu";
    /** The unit symbols, longest first so that "km/h" wins over "km". */
    private static final String UNIT_SYMBOLS = UNITS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
            .collect(Collectors.joining("|"));
    private static final Pattern UNIT = Pattern.compile(AMOUNT + "(?: (thousand|million|billion|trillion))?( ?|-)("
            + UNIT_SYMBOLS + ")(?![\\p{L}\\d])(\\.(?= +\\p{Ll}))?");
    /** An "x" between lengths with their units: "3 m x 5 m" → "3 m by 5 m" (not a dose's "500 mg x 2"). */
    private static final Pattern LENGTHS_BY = Pattern.compile("(?= ?[x×] ?\\d)(?<=\\d ?(?:mm|cm|m|km|in|ft|yd)\\.?)"
            + " ?[x×] ?");
    /**
     * Amperes as a capital A, where a current is meant: after a verb of drawing or supplying one ("draws 30 A at full
     * heat", "charges at 48 A."), or before what is rated in them ("a 20 A breaker"); not "2 A grades".
     */
    private static final Pattern AMPS = Pattern.compile("(?=\\d+(?:\\.\\d+)? ?A\\b)(?<![\\p{L}\\d.,])(?:(?<=\\b(?i:draws?"
            + "|drawing|pulls?|pulling|rated(?: at)?|charges? at|charging at|up to|delivers?|delivering|supplies"
            + "|supplying|maximum of) )(\\d+(?:\\.\\d+)?) ?A(?=[.,;:)]|$| (?:at|of|on|per|and|or|max|maximum"
            + "|continuous|peak)\\b)|(\\d+(?:\\.\\d+)?) ?A(?= (?:breaker|fuse|circuit|charger|service|outlet|plug"
            + "|receptacle|load|current|rating)s?\\b))");
    /** A unit symbol next, after a space or none: what {@link #unitAt} looks for. */
    private static final Pattern UNIT_NEXT = Pattern.compile(" ?(" + UNIT_SYMBOLS + ")(?![\\p{L}\\d])");
    /** A unit after a power of ten, which {@link Arithmetic} has put in words: "3 × 10⁸ m/s", "10^-3 g". */
    private static final Pattern AFTER_POWER = Pattern.compile("\\bpower of ((?:minus )?\\p{Ll}+(?:-\\p{Ll}+)?) ("
            + UNIT_SYMBOLS + ")(?![\\p{L}\\d])");
    /** "/kg" after an amount or a unit: "per kilogram". */
    private static final Pattern PER = Pattern.compile("(?=/)(?<=[\\p{L}\\d] ?)/(" + UNIT_SYMBOLS
            + "|day|week|month|year|mo|mth|wk|d|hour|minute|second|night|person|head|guest|seat|ticket|share|user)"
            + "(?![\\p{L}\\d])");
    /** A unit's symbol after the word "per": "per ml" → "per milliliter". */
    private static final Pattern PER_WORD = Pattern.compile("\\bper (" + UNIT_SYMBOLS + ")(?![\\p{L}\\d])");
    /** Periods written short after a slash: "$15/mo" → "per month". */
    private static final Map<String, String> PERIODS = Map.of("day", "day", "d", "day", "week", "week", "wk", "week",
            "month", "month", "mo", "month", "mth", "month", "year", "year");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\d.,])(-)?(" + NUMBER + ")(?: ?%)?(?: ?[–-] ?(-)?("
            + NUMBER + "))? ?%");
    private static final Pattern DEGREES = Pattern.compile(AMOUNT
            + "(?: ?° ?([CFK])?(?![\\p{L}\\d])|([CF])(?![\\p{L}\\d]))");
    /** An angle in degrees and minutes (and seconds), maybe with a compass point: "51°30′N", "0°7′W". */
    private static final Pattern ARC = Pattern.compile("(?=\\d)(?<![\\d.])(\\d{1,3}) ?° ?(\\d{1,2}) ?['′]"
            + "(?: ?(\\d{1,2}(?:\\.\\d+)?) ?(?:\"|″|''))? ?([NSEW])?(?![\\p{L}\\d])");
    /** A latitude and a longitude: "25.4 N, 80.1 W", "40.7128° N, 74.0060° W" → "... degrees north, ... west". */
    private static final Pattern COORDINATES = Pattern.compile("(?=\\d)(?<![\\p{L}\\d.,])(\\d{1,2}(?:\\.\\d+)?)(°)? ?"
            + "([NS]),? (\\d{1,3}(?:\\.\\d+)?)(°)? ?([EW])(?![\\p{L}\\d])");
    private static final Map<String, String> POINTS = Map.of("N", "north", "S", "south", "E", "east", "W", "west");
    /** Words after which a number and a letter are a flat's or a room's: "Apt. 12C" is no temperature. */
    private static final Set<String> PLACE_LABELS = Set.of("Apt", "apt", "Apartment", "apartment", "Suite", "suite",
            "Ste", "Unit", "unit", "Room", "room", "Rm", "Flat", "flat", "Gate", "gate", "Platform", "platform");
    private static final Pattern FEET_INCHES = Pattern.compile(
            "(?<![\\d.])(\\d+) ?['′] ?(\\d{1,2}(?:\\.\\d+)?) ?(?:\"|″|'')");
    /** "5 ft 10 in": "in" is inches only after feet, being a word everywhere else. */
    private static final Pattern FEET_IN = Pattern.compile("(?=\\d)(?<![\\d.])(\\d+) ?ft\\.? (\\d{1,2}) ?in\\b\\.?");
    private static final Pattern FEET = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?) ?′");
    private static final Pattern INCHES = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?) ?″");
    /** "3 x 4": the second number is left for a unit after it, or else for {@link #LAST_DIMENSION}. */
    private static final Pattern DIMENSIONS = Pattern.compile("(?<![\\p{L}\\d.,])(" + NUMBER + ") ?[x×] ?(?=\\d)");
    /**
     * Marks the second number of a dimension, so that only that number is read after "by": a year after a written
     * "by" ("net zero by 2030") is left to the year rule.
     */
    private static final char SECOND_DIMENSION = '\uE000';
    private static final Pattern LAST_DIMENSION = Pattern.compile(SECOND_DIMENSION + "(" + NUMBER + ")?");
    private static final Pattern DOTTED_UNITS = Pattern.compile(DOTTED);
    private static final Pattern PLURAL_NOUN = Pattern.compile("\\p{Ll}{2,}[^s']s");
    private static final Set<String> NOT_PLURAL = Set.of("this", "thus", "was", "has", "is", "as", "us", "plus",
            "across", "versus", "minus", "towards", "upwards", "downwards", "afterwards", "its", "his");
    /** After "kt", what makes it kilotons of TNT rather than knots: "a 10 kt nuclear device". */
    private static final Pattern EXPLOSIVE = Pattern.compile(" (?:\\p{Ll}+ ){0,2}(?:nuclear|atomic|bomb|warhead|device"
            + "|yield|explosion|blast|weapon|of TNT)");
    /** A caliber of three digits, said in pairs. */
    /** Words of the weather that make "mb" millibars. */
    private static final Pattern PRESSURE = Pattern.compile("(?i)pressure|hurricane|storm|typhoon|cyclone|barometric"
            + "|millibar");
    private static final Pattern CALIBER = Pattern.compile("[1-9]\\d\\d");
    /** Symbols that count rather than measure. */
    private static final Set<String> COUNTS = Set.of("x", "k", "K", "M", "bn", "tn");
    /** Letters that are a scale only when joined to a number and counting things: "13M subscribers", "300K jobs". */
    private static final Set<String> SCALE_LETTERS = Set.of("K", "M");
    /** A change over the same period before: "3% y/y" → "year over year". */
    private static final Pattern OVER_PERIOD = Pattern.compile("(?<![\\p{L}\\d/])(?:([ymqw])/\\1|(YoY|QoQ|MoM))"
            + "(?![\\p{L}\\d/])");
    private static final Map<String, String> PERIOD_LETTERS = Map.of("y", "year", "m", "month", "q", "quarter",
            "w", "week", "YoY", "year", "MoM", "month", "QoQ", "quarter");
    /**
     * Kitchen units, whose noun after is what is measured ("200g flour", "the 2 tbsp oil"): they describe a noun only
     * after "a".
     */
    private static final Set<String> KITCHEN = Set.of("g", "kg", "kgs", "KG", "KGS", "lb", "lbs", "LB", "LBS", "oz",
            "ml", "mL", "L", "l", "dL", "dl", "tbsp", "Tbsp", "tsp", "cup", "cups", "qt", "fl oz", "gal", "mg", "mcg",
            "µg", "μg");
    private static final Set<String> MANY = Set.of("people", "children", "men", "women", "euros", "yen");

    private Measures() {
    }

    private static void unit(String one, String many, String... symbols) {
        String[] names = {one, many};
        for (String symbol : symbols) UNITS.put(symbol, names);
        NAMED.putIfAbsent(one, names);
        NAMED.putIfAbsent(many, names);
    }

    static String speak(String text) {
        String s = Rewrite.hasDigit(text) ? amounts(text) : text;
        if (s.indexOf('/') >= 0 || s.contains("oY") || s.contains("oQ") || s.contains("oM")) {
            s = Rewrite.replace(OVER_PERIOD, s, m -> {
                String period = PERIOD_LETTERS.get(m.group(1) != null ? m.group(1) : m.group(2));
                return period + " over " + period;
            });
        }
        if (s.contains("power of ")) {
            s = Rewrite.replace(AFTER_POWER, s, m -> namesNoUnit(m.group(2)) ? null
                    : "power of " + m.group(1) + " " + UNITS.get(m.group(2))[1]);
        }
        if (s.contains("per ")) {
            s = Rewrite.replace(PER_WORD, s, m -> namesNoUnit(m.group(1)) ? null
                    : "per " + UNITS.get(m.group(1))[0]);
        }
        if (s.indexOf('/') < 0) return s;
        return Rewrite.replace(PER, s, m -> " per " + (PERIODS.containsKey(m.group(1)) ? PERIODS.get(m.group(1))
                : UNITS.containsKey(m.group(1)) ? UNITS.get(m.group(1))[0] : m.group(1)));
    }

    /** The singular and plural names of a unit written as a symbol or as either name, or null if it is none. */
    static String[] names(String unit) {
        if (unit == null) return null;
        if (NAMED.containsKey(unit)) return NAMED.get(unit);
        return namesNoUnit(unit) ? null : UNITS.get(unit);
    }

    /**
     * Whether a unit's symbol begins at {@code index}, after a space or none ("= 120 sq ft" at the end of "120"), so
     * that a rule before this one leaves its number to this one.
     */
    static boolean unitAt(String text, int index) {
        Matcher unit = UNIT_NEXT.matcher(text).region(index, text.length());
        return unit.lookingAt() && !namesNoUnit(unit.group(1));
    }

    /** Symbols that name no unit away from an amount: the counts, and "in", far more often the word. */
    private static boolean namesNoUnit(String symbol) {
        return COUNTS.contains(symbol) || symbol.equals("in");
    }

    private static String amounts(String text) {
        String s = text.indexOf('x') < 0 && text.indexOf('×') < 0 ? text
                : LENGTHS_BY.matcher(text).replaceAll(" by ");
        if (s.indexOf('A') >= 0) {
            // before a noun the unit is an adjective's: "a twenty amp breaker"
            s = Rewrite.replace(AMPS, s, m -> m.group(1) != null ? amount(m.group(1), "amp", "amps")
                    : NumberWords.number(m.group(2)) + " amp");
        }
        s = Rewrite.replace(DIMENSIONS, s, m -> NumberWords.number(m.group(1)) + " by " + SECOND_DIMENSION);
        s = Rewrite.replace(COORDINATES, s, Measures::coordinates);
        s = Rewrite.replace(ARC, s, Measures::arc);
        String heights = s;
        s = Rewrite.replace(FEET_INCHES, s, m -> height(m, heights));
        s = Rewrite.replace(FEET_IN, s, m -> amount(m.group(1), "foot", "feet") + " "
                + amount(m.group(2), "inch", "inches"));
        s = Rewrite.replace(FEET, s, m -> amount(m.group(1), "foot", "feet"));
        String inches = s;
        s = Rewrite.replace(INCHES, s, m -> inches(m, inches));
        s = Rewrite.replace(PERCENT, s, m -> range(m) + " percent");
        String temperatures = s;
        s = Rewrite.replace(DEGREES, s, m -> m.group(6) != null && PLACE_LABELS.contains(labelBefore(temperatures,
                m.start())) ? null : degrees(m, temperatures));
        String units = s;
        s = Rewrite.replace(UNIT, s, m -> unit(m, units));
        return Rewrite.replace(LAST_DIMENSION, s, m -> m.group(1) == null ? "" : NumberWords.number(m.group(1)));
    }

    private static String unit(Matcher m, String text) {
        String symbol = m.group(7);
        String lastWord = symbol.substring(symbol.lastIndexOf(' ') + 1);
        if (m.group(8) != null && !DOTTED_UNITS.matcher(lastWord).matches()) return null;
        // "in" is inches only with its dot ("2 in. of snow", "The screen is 9 in."); "5 in 10" is the word.
        if (symbol.equals("in") && m.group(8) == null && !(m.end() < text.length() && text.charAt(m.end()) == '.'
                && Rewrite.atEnd(text, m.end() + 1))) {
            return null;
        }
        boolean glued = m.group(6).isEmpty();
        if (symbol.equalsIgnoreCase("k") && glued && m.group(4) == null
                && Rewrite.wordAfter(text, m.end()).matches("gold|white|yellow|rose|solid")) {
            return NumberWords.number(m.group(2)) + " karat";
        }
        if (SCALE_LETTERS.contains(symbol) && !(glued && countsThingsAfter(text, m.end()))) return null;
        // "s" joined to a whole number is a plural ("1990s", "80s"); apart from it, or after a decimal ("9.58s"),
        // seconds
        if (symbol.equals("s") && !m.group(6).equals(" ") && m.group(2).indexOf('.') < 0) return null;
        // "mb" is a weather map's millibars, and a careless megabyte elsewhere
        if (symbol.equals("mb") && !PRESSURE.matcher(text).find()) return null;
        String[] names = UNITS.get(symbol);
        if (symbol.equals("kt") && EXPLOSIVE.matcher(text).region(m.end(), text.length()).lookingAt()) {
            names = new String[] {"kiloton", "kilotons"};
        }
        if (symbol.equals("m") && glued && countsThings(Rewrite.wordAfter(text, m.end()))) {
            names = new String[] {"million", "million"};
        }
        String amount = m.group(5) == null ? range(m) : range(m) + " " + m.group(5);
        if (m.group(6).equals("-")) return amount + "-" + names[0].replace(' ', '-');
        boolean describes = !symbol.equals("x") && describesNoun(m, text, glued);
        // a gun's or a shell's caliber is said in pairs: "155mm shells" → "one fifty-five millimeter shells"
        if (describes && symbol.equals("mm") && CALIBER.matcher(m.group(2)).matches() && m.group(4) == null) {
            amount = NumberWords.pairs(m.group(2));
        }
        boolean one = isOne(m) && m.group(5) == null || describes;
        return amount + " " + (one ? names[0] : names[1]);
    }

    /** Whether the measure describes the noun after it, and so takes its unit's singular: "a 60W bulb". */
    private static boolean describesNoun(Matcher m, String text, boolean glued) {
        if (Rewrite.afterArticle(text, m.start())) return true;
        if (m.group(7).equals("s")) return false;
        if (!glued && !Rewrite.afterDeterminer(text, m.start()) || KITCHEN.contains(m.group(7))) return false;
        return Rewrite.beforeNoun(text, m.end());
    }

    /** Whether the noun after "5M", maybe after one adjective ("6.9M peak viewers"), is counted in millions. */
    static boolean countsThingsAfter(String text, int index) {
        String word = Rewrite.wordAfter(text, index);
        if (countsThings(word)) return true;
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) return false;
        return countsThings(Rewrite.wordAfter(text, text.indexOf(word, index) + word.length()));
    }

    /** Whether the word after "5m" is something counted in millions: a plural noun, or "people". */
    private static boolean countsThings(String word) {
        return PLURAL_NOUN.matcher(word).matches() && !NOT_PLURAL.contains(word) || MANY.contains(word);
    }

    /** The word before {@code index}, without an abbreviation's dot: "Apt" in "Apt. 12C". */
    private static String labelBefore(String text, int index) {
        int end = index;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        return Rewrite.wordBefore(text, end > 0 && text.charAt(end - 1) == '.' ? end - 1 : end);
    }

    /** "twenty-five point four north, eighty point one west"; null unless a decimal or a degree sign says so. */
    private static String coordinates(Matcher m) {
        if (m.group(1).indexOf('.') < 0 && m.group(2) == null) return null;
        return NumberWords.number(m.group(1)) + (m.group(2) == null ? " " : " degrees ") + POINTS.get(m.group(3))
                + ", " + NumberWords.number(m.group(4)) + (m.group(5) == null ? " " : " degrees ")
                + POINTS.get(m.group(6));
    }

    /** "fifty-one degrees thirty minutes north". */
    private static String arc(Matcher m) {
        String words = amount(m.group(1), "degree", "degrees") + " " + amount(m.group(2), "minute", "minutes");
        if (m.group(3) != null) words += " " + amount(m.group(3), "second", "seconds");
        return m.group(4) == null ? words : words + " " + POINTS.get(m.group(4));
    }

    /** "twenty degrees Celsius"; before a noun after "a", "a ninety-degree turn" in the singular. */
    private static String degrees(Matcher m, String text) {
        String scale = m.group(5) != null ? m.group(5) : m.group(6);
        boolean describes = Rewrite.afterArticle(text, m.start())
                && Character.isLowerCase(Rewrite.charAfter(text, m.end()));
        String words = range(m) + (isOne(m) || describes ? " degree" : " degrees");
        if (scale == null) return words;
        return words + switch (scale) {
            case "C" -> " Celsius";
            case "F" -> " Fahrenheit";
            default -> " kelvin";
        };
    }

    /** The amount or range of groups 1 to 4: "minus three", "ten to twenty". */
    private static String range(Matcher m) {
        String words = NumberWords.number(sign(m.group(1)) + m.group(2));
        return m.group(4) == null ? words : words + " to " + NumberWords.number(sign(m.group(3)) + m.group(4));
    }

    private static boolean isOne(Matcher m) {
        return m.group(4) == null && m.group(2).equals("1");
    }

    /** "five feet eleven inches"; before the noun it describes, "the six-foot-two guard". */
    private static String height(Matcher m, String text) {
        boolean describes = Rewrite.wordBefore(text, m.start()).equalsIgnoreCase("the")
                || Rewrite.afterArticle(text, m.start());
        if (describes && Character.isLowerCase(Rewrite.charAfter(text, m.end()))) {
            return NumberWords.number(m.group(1)) + "-foot-" + NumberWords.number(m.group(2));
        }
        return amount(m.group(1), "foot", "feet") + " " + amount(m.group(2), "inch", "inches");
    }

    /** "two point five inches"; before a noun after "a" or "the", "a four inch slab", "the 65-inch TV". */
    private static String inches(Matcher m, String text) {
        boolean describes = (Rewrite.afterArticle(text, m.start()) || Rewrite.afterDeterminer(text, m.start()))
                && Character.isLetter(Rewrite.charAfter(text, m.end()))
                && !Rewrite.wordAfter(text, m.end()).equals("of");
        return describes ? NumberWords.number(m.group(1)) + " inch" : amount(m.group(1), "inch", "inches");
    }

    private static String amount(String number, String one, String many) {
        return NumberWords.number(number) + " " + (number.equals("1") ? one : many);
    }

    private static String sign(String minus) {
        return minus == null ? "" : "-";
    }
}
