package dev.voxpress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.voxpress.source.LoadedSource;

/**
 * Cleans a plain-text dump of a web page, one paragraph or page element per line. Lines are classified by their
 * shape and position, not by known phrases: the body is the longest run of prose lines; the standfirst is the
 * prose line just before it; the title is the nearest headline-shaped line before those. Everything else
 * (navigation, captions, credits, widget stubs, donation boxes after the body) is left out.
 */
public final class TextCleaner implements Cleaner {
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?][\"'”’)\\]]*$");
    private static final Pattern ELLIPSIS_END = Pattern.compile(".*(\\.\\.\\.|…)$");
    private static final Pattern PARENTHESIZED = Pattern.compile("^[(\\[].*[)\\]]$");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(photo|image|picture|credit|illustration|©|\\(c\\))\\b.*|.*©.*");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(by|written by|words by)\\s+\\p{Lu}.*");
    private static final Pattern BY = Pattern.compile("(?i)^(by|written by|words by)\\s+");
    private static final Pattern DATE = Pattern.compile("(?i)^((published|updated|posted|last updated)\\b.{0,60}|"
            + "(\\w{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\w{3,9}\\.? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b.{0,20})$");
    private static final Pattern TRAILING_CREDIT = Pattern.compile(".*\\([^()]{2,80}\\)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern ONE_WORD_TITLE = Pattern.compile("\\p{Lu}[\\p{L}'’-]{2,}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\h\\u200B]+");
    private static final int MIN_PROSE_WORDS = 4;
    private static final int STANDFIRST_REACH = 6;

    @Override
    public Article clean(LoadedSource source) {
        List<String> lines = new ArrayList<>();
        for (String raw : TextDecoding.utf8(source).split("\\R")) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            if (!line.isEmpty()) lines.add(line);
        }
        if (lines.isEmpty()) throw new CleanException(source.name(), "empty file");

        int[] body = longestProseRun(lines);
        if (body == null) throw new CleanException(source.name(), "no readable article found");
        int bodyStart = body[0];
        int bodyEnd = body[1];

        // Walk up from the body over page furniture (captions, credits, dates, bylines, widget stubs): the first
        // prose line met is the standfirst, the first headline-shaped line is the title.
        int standfirst = -1;
        int title = -1;
        String byline = null;
        int topCaption = -1;
        for (int i = bodyStart - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (isBoilerplate(line) || DATE.matcher(line).matches()) continue;
            // Captions sit between the standfirst and the body; above the standfirst, a sentence-case line is the title.
            if (standfirst < 0 && isCaption(line)) {
                topCaption = i;
                continue;
            }
            if (BYLINE.matcher(line).matches() && words(line) <= 8) {
                if (byline == null) byline = BY.matcher(line).replaceFirst("").strip();
                continue;
            }
            if (i > 0 && BYLINE.matcher(lines.get(i - 1)).matches() && words(line) <= 4 && !isProse(line)) continue;
            if (isProse(line)) {
                if (standfirst < 0 && bodyStart - i <= STANDFIRST_REACH + 4) {
                    standfirst = i;
                    continue;
                }
                if (standfirst < 0) continue;
                break;
            }
            if (words(line) < 2) continue;
            title = i;
            break;
        }
        // A text that opens with one capitalized word and then its body has a title of one word ("Obituaries");
        // elsewhere a single word is page furniture ("Home", "fbpx")
        if (title < 0 && bodyStart == 1 && ONE_WORD_TITLE.matcher(lines.get(0)).matches()) title = 0;
        // No headline-shaped line: the topmost caption-shaped one is a sentence-case title.
        if (title < 0 && topCaption >= 0) title = topCaption;
        if (title < 0 && standfirst >= 0) {
            title = standfirst;
            standfirst = -1;
        }
        if (title < 0) throw new CleanException(source.name(), "no title found");
        List<Block> blocks = new ArrayList<>();
        for (int i = bodyStart; i <= bodyEnd; i++) {
            String line = lines.get(i);
            if (isProse(line)) blocks.add(new Block(Block.Type.PARAGRAPH, line));
            else if (isHeading(line)) blocks.add(new Block(Block.Type.HEADING, line));
        }
        return new Article(lines.get(title), standfirst >= 0 ? lines.get(standfirst) : null, byline,
                null, null, null, null, null, blocks);
    }

    /**
     * Finds the run of prose lines with the most text, allowing single heading-shaped lines between prose.
     * Returns {first, last} line indexes, or null when there is no prose at all.
     */
    private static int[] longestProseRun(List<String> lines) {
        int[] best = null;
        int bestChars = 0;
        int start = -1;
        int chars = 0;
        int lastProse = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean prose = line != null && isProse(line) && !isBoilerplate(line);
            boolean bridge = line != null && start >= 0 && lastProse == i - 1 && (isHeading(line) || isBoilerplate(line))
                    && i + 1 < lines.size() && isProse(lines.get(i + 1));
            if (prose) {
                if (start < 0) start = i;
                chars += line.length();
                lastProse = i;
            } else if (!bridge) {
                if (start >= 0 && chars > bestChars) {
                    best = new int[] {start, lastProse};
                    bestChars = chars;
                }
                start = -1;
                chars = 0;
            }
        }
        return best;
    }

    /** A sentence or more: starts like a sentence, ends with terminal punctuation, has several words. */
    static boolean isProse(String line) {
        if (words(line) < MIN_PROSE_WORDS) return false;
        if (ELLIPSIS_END.matcher(line).matches()) return false;
        int first = line.codePointAt(0);
        boolean startsWell = Character.isUpperCase(first) || Character.isDigit(first)
                || "\"“‘'".indexOf(first) >= 0;
        return startsWell && TERMINAL.matcher(line).matches();
    }

    /** A short line with no terminal punctuation that sits between prose paragraphs. */
    private static boolean isHeading(String line) {
        int words = words(line);
        return words >= 1 && words <= 12 && !TERMINAL.matcher(line).matches()
                && !line.endsWith(":") && !isBoilerplate(line) && Character.isLetterOrDigit(line.codePointAt(0));
    }

    /** Lines that are never content, whatever their position: stubs, credits, single tokens, symbols. */
    private static boolean isBoilerplate(String line) {
        if (words(line) <= 1) return true;
        if (ELLIPSIS_END.matcher(line).matches()) return true;
        if (PARENTHESIZED.matcher(line).matches()) return true;
        return CREDIT.matcher(line).matches();
    }

    /** A photo description: several words, no terminal punctuation, mostly lower-case words. */
    private static boolean isCaption(String line) {
        if (!isProse(line) && TRAILING_CREDIT.matcher(line).matches()) return true;
        int words = words(line);
        return words >= 6 && !TERMINAL.matcher(line).matches() && capitalizedShare(line) < 0.5;
    }

    private static double capitalizedShare(String line) {
        var m = WORD.matcher(line);
        int words = 0;
        int capitalized = 0;
        while (m.find()) {
            words++;
            if (Character.isUpperCase(m.group().codePointAt(0))) capitalized++;
        }
        return words == 0 ? 0 : (double) capitalized / words;
    }

    static int words(String line) {
        var m = WORD.matcher(line);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
