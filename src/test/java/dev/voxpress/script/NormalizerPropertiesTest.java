package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, the normalizer ends quickly and leaves only what an engine says as words, and the splitter
 * returns pieces an engine can take, losing nothing.
 */
class NormalizerPropertiesTest {
    /** Letters, spaces and sentence punctuation: nothing an engine would spell out character by character. */
    private static final Pattern SAYABLE = Pattern.compile("[A-Za-z .,;:?!'\"()-]*");
    private static final Pattern LOOSE_HYPHEN = Pattern.compile("(?<![A-Za-z])-|-(?![A-Za-z])");
    /**
     * The most CPU time one input may take, as a guard against a regular expression that backtracks without end
     * (minutes): the thread's CPU time, which other processes do not add to as they do to the wall clock, but which
     * still grows on a busy machine (the JIT's threads get less of the cores, so the code runs longer in slower
     * forms), so the bound is wide and says nothing about speed.
     */
    private static final long CPU_LIMIT_MILLIS = 20_000;
    private static final List<String> FRAGMENTS = List.of("1,000", "1,200 prisoners", "3.5", "0.25", "-5", "−5",
            ".5", "1st", "2nd", "21st", "103rd", "1945", "2001", "2022", "1900", "2,022", "in 1945", "May 14, 2022",
            "14 May 2022", "2022-05-14", "5/14/2022", "Monday, May 14", "Jan. 5", "10:30 a.m.", "10:30am", "9 p.m.",
            "14:00", "10:30:15", "$5", "$5.50", "$1.2 million", "€3bn", "£40m", "$100,000", "US$5", "50¢", "12%",
            "3.5 percent", "10–20", "52–48", "2019–2022", "1939–45", "3:1", "5 kg", "10 km", "60 mph", "20°C",
            "-3 °F", "5 km/h", "100 m", "km²", "5′11″", "5'11\"", "3 x 4", "the 1990s", "the '90s", "2000s",
            "World War II", "Elizabeth II", "Henry VIII", "Chapter IV", "MIX", "I", "Dr.", "Mr", "St.", "No. 5",
            "e.g.", "i.e.", "vs.", "approx.", "U.S.", "U.K.", "EU", "BBC", "NATO", "COVID-19", "example.com/news",
            "jo@example.org", "https://www.example.com/a?b=1#c", "40-year-old", "3-D", "Then–Prime", "“quoted”",
            "…", "—", "&", "+", "#1", "@", "and/or", "½", "2½", "24/7", "555-123-4567", "1.2.3", "10x", "J. R. R.",
            "🎉", "\u200b", "東京", "Zürich", "\u0000", "\ud800", "１２３", "٣", "Ⅻ", "①", "ﬁ", "™", "a.m.",
            "$", "%", "°", "'", "\"", "-", "--", ":", "/", "\\", "|", "~", "^", "*", "_", "`", "<>", "[]", "{}");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().alpha().ofMaxLength(10),
                Arbitraries.strings().numeric().ofMaxLength(25),
                Arbitraries.longs().map(n -> String.format("%,d", n)),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings().withChars("0123456789$€£%°/:.,-–—+&@#*~'\"()[]…’“”²x ").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", ", ", ". ", "-", "\n", "/");
        return Combinators.combine(piece, separator).as(String::concat).list().ofMaxSize(40)
                .map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void normalizingLeavesOnlyWords(@ForAll("texts") String text) {
        checkNormalized(text);
    }

    @Property(tries = 1000)
    void normalizingAnyStringLeavesOnlyWords(@ForAll String text) {
        checkNormalized(text);
    }

    @Property(tries = 1000)
    void splittingKeepsEverythingInPiecesAnEngineCanTake(@ForAll("texts") String text) {
        checkSplit(text);
    }

    @Property(tries = 200)
    void splittingLongTextKeepsEverything(@ForAll("texts") String text) {
        checkSplit(text.repeat(20));
    }

    private static void checkNormalized(String text) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        String said = Normalizer.normalize(text);
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        assertTrue(millis < CPU_LIMIT_MILLIS, millis + " ms of CPU");
        assertTrue(SAYABLE.matcher(said).matches(), () -> "unsayable: " + said);
        assertFalse(LOOSE_HYPHEN.matcher(said).find(), () -> "loose hyphen: " + said);
        assertEquals(said.strip(), said);
    }

    /** {@code text} without the whitespace that {@link String#strip()} removes. */
    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void checkSplit(String text) {
        List<String> pieces = SentenceSplitter.split(text);
        for (String piece : pieces) {
            assertFalse(piece.isEmpty());
            assertEquals(piece.strip(), piece);
            assertTrue(piece.length() <= SentenceSplitter.MAX_LENGTH, () -> piece.length() + ": " + piece);
        }
        assertEquals(withoutWhitespace(text), withoutWhitespace(String.join("", pieces)));
    }
}
