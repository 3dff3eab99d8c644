package dev.voxpress.script;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The table of written texts and their spoken readings in {@code normalization-cases.tsv}, by class (date, money,
 * telephone, ...). A case is accepted when the normalizer says the same words in any order, ignoring "and", "the",
 * "of", case, punctuation and hyphens, and letters said one by one written either way ("U S A" = "USA"). Prints the
 * pass rate of each class; fails if any case fails.
 */
class NormalizationCasesTest {
    private static final String TABLE = "normalization-cases.tsv";
    private static final Set<String> IGNORED = Set.of("and", "the", "of");

    /** One row of the table. */
    record Case(String kind, String written, String said) {
    }

    @Test
    void everyCaseIsReadAcceptably() throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Case c : cases()) {
            String got = Normalizer.normalize(c.written());
            boolean ok = accepted(c.said(), got);
            int[] counts = tally.computeIfAbsent(c.kind(), k -> new int[2]);
            counts[0] += ok ? 1 : 0;
            counts[1]++;
            if (!ok) failures.add(c.kind() + ": " + c.written() + " -> " + got + " (expected " + c.said() + ")");
        }
        int passed = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : tally.entrySet()) {
            int[] counts = e.getValue();
            passed += counts[0];
            total += counts[1];
            System.out.printf(Locale.ROOT, "%-11s %3d/%3d%n", e.getKey(), counts[0], counts[1]);
        }
        System.out.printf(Locale.ROOT, "%-11s %3d/%3d%n", "all", passed, total);
        assertTrue(total >= 900, total + " cases");
        assertTrue(failures.isEmpty(), () -> failures.size() + " failed:\n" + String.join("\n", failures));
    }

    @Test
    void theComparisonIgnoresWhatItShould() {
        assertTrue(accepted("the U S A", "USA"));
        assertTrue(accepted("nine forty-five Ay M", "nine forty five a m"));
        assertTrue(accepted("March ninth, twenty nineteen", "the ninth of March twenty nineteen"));
        assertTrue(!accepted("two o'clock", "two"));
        assertTrue(!accepted("nine to eleven", "nine eleven"));
    }

    /** The table's rows; lines starting with # are comments. */
    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = NormalizationCasesTest.class.getResourceAsStream(TABLE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) throw new IllegalStateException("not three cells: " + line);
                cases.add(new Case(cells[0], cells[1], cells[2]));
            }
        }
        return cases;
    }

    /** Whether {@code got} says the same words as {@code expected}, by the rule in the class comment. */
    static boolean accepted(String expected, String got) {
        return words(expected).equals(words(got));
    }

    /** The sorted words of {@code text}, each run of single letters joined into one word ("u s a" → "usa"). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ").split(" +")) {
            String w = word.replaceAll("^'+|'+$", "");
            if (w.equals("ay")) w = "a";
            if (w.length() == 1) {
                letters.append(w);
                continue;
            }
            if (letters.length() > 0) words.add(letters.toString());
            letters.setLength(0);
            if (!w.isEmpty() && !IGNORED.contains(w)) words.add(w);
        }
        if (letters.length() > 0) words.add(letters.toString());
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        return List.of(sorted);
    }
}
