package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the cleaner's scores on Mozilla Readability's test pages from regressing. The floors sit just under the
 * measured scores; the per-page table is written to target/clean-conformance.txt.
 */
class ConformanceTest {
    static final double MIN_MEAN_F1 = 0.90;
    static final double MIN_TITLE_EXACT = 0.82;
    static final double MIN_BYLINE_EXACT = 0.75;

    @Test
    void scoresStayAboveTheirFloors() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Conformance.PAGES),
                "conformance pages not found at " + Conformance.PAGES.toAbsolutePath().normalize() + "; skipping");
        Conformance.Summary s = Conformance.run(Conformance.PAGES);
        String report = s.report();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "clean-conformance.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        assertTrue(s.pages().size() >= 100, "expected the 130 Readability test pages, found " + s.pages().size());
        assertTrue(s.f1() >= MIN_MEAN_F1, "mean body F1 " + s.f1() + " fell below " + MIN_MEAN_F1);
        assertTrue(s.titleRate() >= MIN_TITLE_EXACT, "title exact-match rate " + s.titleRate() + " fell below " + MIN_TITLE_EXACT);
        assertTrue(s.bylineRate() >= MIN_BYLINE_EXACT, "byline exact-match rate " + s.bylineRate() + " fell below " + MIN_BYLINE_EXACT);
    }
}
