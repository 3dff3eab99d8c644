package dev.voxpress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.cli.Main;

/** {@code voxpress clean}: text and JSON output, and batch mode. */
class CleanCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path seedPage() throws IOException {
        Path page = dir.resolve("seed.html");
        Files.write(page, SeedTest.resource("seed-tac.html"));
        return page;
    }

    @Test
    void textIsTitleStandfirstAndBody() throws IOException {
        Run r = run("clean", seedPage().toString());
        assertEquals(0, r.code(), r.err());
        String[] parts = r.out().strip().split("\n\n");
        assertEquals(7, parts.length);
        assertEquals(SeedTest.TITLE, parts[0]);
        assertEquals(SeedTest.STANDFIRST, parts[1]);
    }

    @Test
    void jsonHasMetadataBlocksAndText() throws IOException {
        Run r = run("clean", seedPage().toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(SeedTest.TITLE, json.get("title").asText());
        assertEquals(SeedTest.STANDFIRST, json.get("standfirst").asText());
        for (String field : new String[] {"byline", "published", "siteName", "language", "url", "image"}) {
            assertTrue(json.has(field), field);
        }
        assertEquals(5, json.get("blocks").size());
        assertEquals("paragraph", json.get("blocks").get(0).get("type").asText());
        assertTrue(json.get("text").asText().contains("\n\nThe negotiations lasted"));
    }

    @Test
    void batchCleansEveryPageAndReportsFailures() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = dir.resolve("out");
        Files.write(in.resolve("seed.html"), SeedTest.resource("seed-tac.html"));
        Files.writeString(in.resolve("empty.html"), "");
        Files.writeString(in.resolve("notes.md"), "not a page");
        Run r = run("clean", "--batch", in.toString(), out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("empty.html: empty file"), r.err());
        assertTrue(r.err().contains("cleaned 1 of 2 pages"), r.err());
        String text = Files.readString(out.resolve("seed.txt"));
        assertTrue(text.startsWith("Russia and Ukraine’s direct talks"), text);
        assertEquals(5, text.strip().split("\n\n").length);
    }

    @Test
    void badPageIsOneLineAndExitOne() {
        Run r = run("clean", dir.resolve("missing.html").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
