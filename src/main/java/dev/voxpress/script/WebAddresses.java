package dev.voxpress.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web and e-mail addresses, as a presenter reads them: "https://www.example.com/news" → "example dot com slash
 * news", "jo@example.org" → "jo at example dot org". The scheme, "www.", the query and the fragment are left out,
 * and so is a path of more than two parts or 30 characters, which nobody could follow by ear. Short or vowelless
 * labels are spelled ("bbc" → "B B C"), but a pronounceable part is said as a word ("hbomax" → "H B O max"), and
 * words run together are said apart ("washingtonpost" → "washington post"), a hyphen as "dash";
 * numbers up to four digits are said as numbers, longer ones digit by digit. A file URL's path is read part by part
 * ("file:///home/report.pdf" → "file home slash report dot P D F"), and so are paths ("/home/data/logs" →
 * "slash home slash data slash logs", "C:\Users" → "C colon backslash Users") and files' names ("index.html" →
 * "index dot H T M L").
 */
final class WebAddresses {
    /** Top-level domains that mark a bare address like "example.com"; a few, so that typos are not taken for one. */
    private static final String BARE_TLDS = "com|org|net|edu|gov|io|co|uk|de|fr|eu|info|biz|ai|app|dev|tv|ly|news"
            + "|ie|nz|au|ca|ch|nl|es|jp|ru|cn|br|se|dk|fi|pl|int|mil";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){0,10}\\.[A-Za-z]{2,}(?![\\w-])");
    private static final Pattern URL = Pattern.compile(
            "(?<![\\w@.-])(?:(?:(?i:https?|ftp)://)|(?i:www\\.))[^\\s<>\"]+");
    private static final Pattern BARE = Pattern.compile("(?<![\\w@./-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){0,10}\\.(?i:"
            + BARE_TLDS + ")(?![\\w-])(?:/[^\\s<>\"]*)?");
    private static final Pattern SCHEME = Pattern.compile("^(?i:(?:https?|ftp)://)?(?i:www\\.)?");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?'\")\\]]+$");
    private static final Pattern EXTENSION = Pattern.compile("\\.(?i:html?|php|aspx?|jsp|cgi)$");
    private static final Pattern LOCAL_PARTS = Pattern.compile("(?=[._+-])|(?<=[._+-])");
    private static final Pattern VOWEL = Pattern.compile("[AEIOUaeiou]");
    private static final Pattern RUNS = Pattern.compile("[A-Za-z]+|[0-9]+");
    /** Labels said as words although they are short, or said as one word although the dictionary would split them. */
    private static final Set<String> WORD_LABELS = Set.of("com", "org", "net", "gov", "co", "info", "biz", "app",
            "dev", "news", "mil", "int", "nvidia", "youtube", "hotmail", "linkedin", "bitcoin", "coinbase");
    /**
     * Common words of three letters that run-together names are made of ("gearlab", "quickfixauto", "adoptapet"),
     * besides {@link Initialisms#SHORT_WORDS}; kept apart from those, which an all-capitals text reads as words.
     */
    private static final Set<String> NAME_WORDS = Set.of("lab", "fix", "pet", "cat", "pro", "bay", "kit", "map", "tap",
            "tip", "bus", "joy", "tee", "pal", "gym", "ink", "jam", "pie", "rug", "spa", "van", "wax", "bee", "owl",
            "pig", "hen", "cow", "ray", "ski", "bag", "bug", "cab", "egg", "fig", "gem", "ham", "hut", "jar", "mug",
            "pan", "pot", "soy", "tub", "yak", "den", "dot");
    /** A social-media handle: "@nytimes" → "at N Y times", "@CDCgov" → "at CDC gov". */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@([A-Za-z][A-Za-z0-9_]{1,30})(?![\\w@]|\\.\\w)");
    /** Where the words of a handle meet: "JoeBiden", "the_hill"; a run of capitals is looked at apart. */
    private static final Pattern HANDLE_PARTS = Pattern.compile("_|(?<=[\\p{Ll}\\d])(?=\\p{Lu})");
    /** Capitals before lower-case letters: "CDCgov", "BBCBreaking". */
    private static final Pattern CAPITALS_FIRST = Pattern.compile("(\\p{Lu}{2,})(\\p{Ll}.*)");
    /** A file URL: its path is read part by part. */
    private static final Pattern FILE = Pattern.compile("(?<![\\w@.-])(?i:file):/{1,3}([^\\s<>\"]+)");
    private static final Pattern PATH_PARTS = Pattern.compile("[/\\\\]+");
    private static final int MAX_PATH = 30;
    /** A file's name with an extension that names no domain: "index.html" → "index dot H T M L". */
    private static final String FILE_EXTENSIONS = "\\.(?i:(html?|pdf|docx?|xlsx?|pptx?|csv|txt|json|xml|jpe?g|png|gif"
            + "|svg|mp3|mp4|wav|zip|exe|py|js|md|yaml|yml|toml|ini|log|cfg|tsv|gz|apk|epub|mov|webp|heic|ipynb|sh))"
            + "(?![\\w-]|\\.\\w)";
    private static final Pattern FILE_NAME = Pattern.compile("(?<![\\w@./\\\\-])([A-Za-z0-9_-]+)" + FILE_EXTENSIONS);
    /** A file at a web path's end: "guide.pdf" in "example.com/docs/guide.pdf". */
    private static final Pattern FILE_SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)" + FILE_EXTENSIONS);
    /** The extension alone: most texts have none, and looking for it first is quicker than for a name before it. */
    private static final Pattern FILE_EXTENSION = Pattern.compile(FILE_EXTENSIONS);
    /** A Unix path of two parts or more: "/home/data/logs" → "slash home slash data slash logs". */
    private static final Pattern UNIX_PATH = Pattern.compile("(?=[/~])(?<![\\w.:/~\\\\])~?(?:/[A-Za-z0-9_.-]+){2,}/?"
            + "(?![\\w/])");
    /** A Reddit community: "r/personalfinance" → "R slash personal finance". */
    private static final Pattern SUBREDDIT = Pattern.compile("(?<![\\w/])r/([A-Za-z0-9_]{2,21})(?![\\w/])");
    /** A Windows path: "C:\Users\Public" → "C colon backslash Users backslash Public". */
    private static final Pattern WINDOWS_PATH = Pattern.compile("(?<![\\w])([A-Za-z]):\\\\((?:[A-Za-z0-9_.-]+\\\\?)*)");

    private WebAddresses() {
    }

    static String speak(String text) {
        String s = text;
        if (s.indexOf('.') >= 0) {
            s = Rewrite.replace(FILE, s, m -> file(m.group(1)));
            s = Rewrite.replace(EMAIL, s, m -> email(m.group()));
            s = Rewrite.replace(URL, s, WebAddresses::url);
            s = Rewrite.replace(BARE, s, WebAddresses::url);
            if (FILE_EXTENSION.matcher(s).find()) {
                s = Rewrite.replace(FILE_NAME, s, m -> fileName(m.group(1)) + " dot " + label(m.group(2), true));
            }
        }
        if (s.indexOf('@') >= 0) {
            String handles = s;
            // "on Instagram at @deepwaterpod" says "at" once
            s = Rewrite.replace(HANDLE, s, m -> (Rewrite.wordBefore(handles, m.start()).equalsIgnoreCase("at") ? ""
                    : "at ") + handle(m.group(1)));
        }
        if (s.indexOf(":\\") >= 0) {
            s = Rewrite.replace(WINDOWS_PATH, s, m -> Initialisms.letter(m.group(1).charAt(0)) + " colon backslash "
                    + String.join(" backslash ", parts(m.group(2))));
        }
        if (s.indexOf('/') >= 0) {
            s = Rewrite.replace(UNIX_PATH, s, m -> (m.group().startsWith("~") ? "tilde slash " : "slash ")
                    + String.join(" slash ", parts(m.group().replaceFirst("^~", ""))));
            s = Rewrite.replace(SUBREDDIT, s, m -> "R slash " + label(m.group(1), true));
        }
        return s;
    }

    /**
     * A handle's words: capitals as written (spelled later), the rest as a name's labels. Capitals before lower-case
     * letters end where a dictionary word begins: "BBCBreaking" → "BBC Breaking", "CDCgov" → "CDC gov".
     */
    private static String handle(String handle) {
        List<String> words = new ArrayList<>();
        for (String part : HANDLE_PARTS.split(handle)) {
            if (part.isEmpty()) continue;
            Matcher capitals = CAPITALS_FIRST.matcher(part);
            if (capitals.matches()) {
                String caps = capitals.group(1);
                String last = caps.substring(caps.length() - 1) + capitals.group(2);
                boolean word = EnglishWords.contains(last.toLowerCase(Locale.ROOT));
                words.add(word ? caps.substring(0, caps.length() - 1) : caps);
                words.add(label(word ? last : capitals.group(2), true));
            } else {
                words.add(Rewrite.inCapitals(part) ? part : label(part, true));
            }
        }
        return String.join(" ", words);
    }

    /** The parts of a path, each name said as a label: "report dot P D F". */
    private static List<String> parts(String path) {
        List<String> words = new ArrayList<>();
        for (String part : PATH_PARTS.split(path)) {
            if (part.isEmpty()) continue;
            List<String> names = new ArrayList<>();
            for (String name : part.replace(":", "").split("\\.")) if (!name.isEmpty()) names.add(label(name, true));
            words.add(String.join(" dot ", names));
        }
        return words;
    }

    /** "file home slash user slash report dot P D F". */
    private static String file(String path) {
        Matcher trailing = TRAILING.matcher(path);
        String after = trailing.find() ? trailing.group() : "";
        return "file " + String.join(" slash ", parts(path.substring(0, path.length() - after.length()))) + after;
    }

    private static String email(String address) {
        int at = address.indexOf('@');
        List<String> words = new ArrayList<>();
        for (String part : LOCAL_PARTS.split(address.substring(0, at))) {
            switch (part) {
                case "." -> words.add("dot");
                case "_" -> words.add("underscore");
                case "-" -> words.add("dash");
                case "+" -> words.add("plus");
                default -> words.add(label(part, true));
            }
        }
        return String.join(" ", words) + " at " + host(address.substring(at + 1));
    }

    private static String url(Matcher m) {
        String match = m.group();
        Matcher trailing = TRAILING.matcher(match);
        String after = trailing.find() ? trailing.group() : "";
        String address = SCHEME.matcher(match.substring(0, match.length() - after.length())).replaceFirst("");
        int end = address.length();
        for (char c : new char[] {'?', '#'}) if (address.indexOf(c) >= 0) end = Math.min(end, address.indexOf(c));
        address = address.substring(0, end);
        int slash = address.indexOf('/');
        String host = (slash < 0 ? address : address.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : EXTENSION.matcher(address.substring(slash + 1)).replaceFirst("");
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        StringBuilder words = new StringBuilder(host(host));
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            // a profile's handle in a path: "tiktok.com/@nba" → "slash at N B A"
            if (segment.length() > 1 && segment.charAt(0) == '@') segments.add("at " + handle(segment.substring(1)));
            else if (!segment.isEmpty()) segments.add(segment(segment));
        }
        if (path.length() <= MAX_PATH && segments.size() <= 2) {
            for (String segment : segments) words.append(" slash ").append(segment);
        }
        return " " + words.toString().strip() + after;
    }

    /** A path's segment, a file's extension after "dot": "guide.pdf" → "guide dot P D F". */
    private static String segment(String segment) {
        Matcher file = FILE_SEGMENT.matcher(segment);
        return file.matches() ? fileName(file.group(1)) + " dot " + label(file.group(2), true) : label(segment, true);
    }

    private static String host(String host) {
        List<String> words = new ArrayList<>();
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].isEmpty()) continue;
            boolean countryCode = i == labels.length - 1 && labels[i].length() == 2;
            List<String> parts = new ArrayList<>();
            for (String part : labels[i].split("-")) if (!part.isEmpty()) parts.add(label(part, false));
            words.add(countryCode ? Initialisms.spell(labels[i]) : String.join(" dash ", parts));
        }
        return String.join(" dot ", words);
    }

    /** A file's name, its underscores and hyphens said: "report_final" → "report underscore final". */
    private static String fileName(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("_")) if (!part.isEmpty()) parts.add(dashed(part));
        return String.join(" underscore ", parts);
    }

    /**
     * A file's name, its hyphens between words said: "mocha-blanket" → "mocha dash blanket", "page-2" → "page two". (A
     * web address's path is a slug, read as its words: "the-elephant-in-the-room".)
     */
    private static String dashed(String name) {
        StringBuilder words = new StringBuilder();
        for (String part : name.split("-")) {
            if (part.isEmpty()) continue;
            if (words.length() > 0) words.append(Character.isLetter(part.charAt(0)) ? " dash " : " ");
            words.append(label(part, true));
        }
        return words.toString();
    }

    /**
     * One label or path segment: digit runs as numbers, letter runs as words unless they have no vowel, or are
     * short or unpronounceable and not a known word ("bbc", "cnn"); a name (before an @, or in a path) only needs a
     * vowel. A run of dictionary words is said word by word ({@link #compound}).
     */
    private static String label(String label, boolean name) {
        List<String> words = new ArrayList<>();
        Matcher run = RUNS.matcher(label);
        while (run.find()) {
            String r = run.group();
            // a public service's short number: "vote411" → "vote four one one"
            if (r.length() == 3 && r.endsWith("11") && r.charAt(0) >= '2' && r.charAt(0) <= '9') {
                words.add(NumberWords.digits(r));
            } else if (Character.isDigit(r.charAt(0))) {
                boolean number = r.length() <= 4 && r.charAt(0) != '0';
                boolean year = r.length() == 4 && (r.startsWith("19") || r.startsWith("20"));
                words.add(year ? NumberWords.year(Integer.parseInt(r))
                        : number ? NumberWords.cardinal(Long.parseLong(r)) : NumberWords.digits(r));
            } else {
                String upper = r.toUpperCase(Locale.ROOT);
                String lower = r.toLowerCase(Locale.ROOT);
                boolean known = WORD_LABELS.contains(lower) || Initialisms.SHORT_WORDS.contains(upper)
                        || Initialisms.saidAsWord(upper)
                        || r.length() >= 5 && EnglishWords.contains(lower);
                boolean vowel = VOWEL.matcher(r).find();
                boolean pronounceable = Initialisms.pronounceable(upper);
                String compound = known || !vowel ? null : compound(lower);
                if (compound != null) {
                    words.add(compound);
                    continue;
                }
                String split = name || known || pronounceable || !vowel ? null : split(r);
                boolean spelled = !vowel || !name && !known && (r.length() <= 3 || r.length() <= 6 && !pronounceable);
                words.add(split != null ? split : spelled ? Initialisms.spell(r) : r);
            }
        }
        return String.join(" ", words);
    }

    /**
     * A name run together from dictionary words said apart: "washpost" → "wash post", "nytimes" → "N Y times",
     * "kingarthurbaking" → "king arthur baking"; null for a word of the dictionary, or a name that splits no such
     * way ("instagram"). The parts: two words, or three (the middle one may be a common word of two letters or "a":
     * "city of austin", "adopt a pet"); a word of three letters only if it is a common one ("sub", not "nyt"); the
     * first part may be two or three letters without a vowel, an initialism, before a word that starts with a
     * consonant ("snitch" is no "S N itch"). The dictionary has rare names as well ("imes"), so of two splits the one
     * with the longest word wins ("ny times", not "nyt imes"; "sub stack", not "subs tack").
     */
    static String compound(String name) {
        if (name.length() < 6 || EnglishWords.contains(name)) return null;
        // a plural of the dictionary's word: "downloads"
        if (name.endsWith("s") && EnglishWords.contains(name.substring(0, name.length() - 1))) return null;
        String best = null;
        int bestScore = 0;
        for (int i = 2; i <= name.length() - 3; i++) {
            String left = name.substring(0, i);
            String right = name.substring(i);
            boolean initialism = i <= 3 && !VOWEL.matcher(left).find()
                    && !VOWEL.matcher(right.substring(0, 1)).matches();
            // a short word before a long one: "myaccount" → "my account"
            boolean shortWord = i == 2 && Initialisms.SHORT_WORDS.contains(left.toUpperCase(Locale.ROOT))
                    && right.length() >= 5;
            if (!isPart(right) || !initialism && !shortWord && !isPart(left)) continue;
            int score = i * i + right.length() * right.length();
            if (score > bestScore) {
                best = (initialism ? Initialisms.spell(left) : left) + " " + right;
                bestScore = score;
            }
        }
        if (best != null) return best;
        // three parts, the middle one maybe a word of two letters or "a": "cityofaustin", "adoptapet"
        int bestThree = 0;
        for (int i = 3; i <= name.length() - 4; i++) {
            String first = name.substring(0, i);
            if (!isPart(first)) continue;
            for (int j = i + 1; j <= name.length() - 3; j++) {
                String middle = name.substring(i, j);
                String last = name.substring(j);
                boolean shortMiddle = middle.equals("a") || middle.length() == 2
                        && Initialisms.SHORT_WORDS.contains(middle.toUpperCase(Locale.ROOT));
                if (!isPart(last) || !shortMiddle && !isPart(middle)) continue;
                int score = i * i + middle.length() * middle.length() + last.length() * last.length();
                if (score > bestThree) {
                    best = first + " " + middle + " " + last;
                    bestThree = score;
                }
            }
        }
        return best;
    }

    /** A word that may be part of a run-together name: four letters or more, or three of a common word. */
    private static boolean isPart(String word) {
        return word.length() >= 4 ? EnglishWords.contains(word)
                : word.length() == 3 && (Initialisms.SHORT_WORDS.contains(word.toUpperCase(Locale.ROOT))
                        || NAME_WORDS.contains(word));
    }

    /**
     * An unpronounceable label as letters and then a word ("hbomax" → "H B O max", "gmail" → "G mail"), or null if no
     * split leaves a pronounceable word of three letters or more starting with a consonant. Splits that spell two or
     * three letters, the usual length of an initialism, win.
     */
    private static String split(String label) {
        String best = null;
        for (int i = 1; i <= label.length() - 3; i++) {
            String left = label.substring(0, i);
            String right = label.substring(i);
            String upper = right.toUpperCase(Locale.ROOT);
            if (VOWEL.matcher(right.substring(0, 1)).matches() || !Initialisms.pronounceable(upper)
                    || Initialisms.pronounceable(left.toUpperCase(Locale.ROOT))) continue;
            String words = Initialisms.spell(left) + " " + right;
            if (i == 2 || i == 3) return words;
            if (best == null) best = words;
        }
        return best;
    }
}
