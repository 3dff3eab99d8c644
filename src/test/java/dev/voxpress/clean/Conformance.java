package dev.voxpress.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;

import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.MediaType;

/**
 * Scores the cleaner against Mozilla Readability's test pages: body text as whitespace tokens (precision, recall
 * and F1 per page over token multisets, then the mean), title and byline as exact matches. Run {@link #main} to
 * print the per-page table.
 */
final class Conformance {
    static final Path PAGES = Path.of("..", "shared", "conformance", "readability-test-pages");

    record Page(String name, double precision, double recall, double f1, boolean titleMatch, boolean bylineMatch,
                String error, String title, String expectedTitle, String byline, String expectedByline) {
    }

    record Summary(List<Page> pages, double precision, double recall, double f1, double titleRate, double bylineRate,
                   int failures) {
        String report() {
            StringBuilder sb = new StringBuilder();
            for (Page p : pages) {
                sb.append(String.format(Locale.ROOT, "%-45s P=%.3f R=%.3f F1=%.3f title=%s byline=%s%s%n", p.name(),
                        p.precision(), p.recall(), p.f1(), p.titleMatch() ? "ok" : "NO", p.bylineMatch() ? "ok" : "NO",
                        p.error() == null ? "" : "  error: " + p.error()));
            }
            sb.append(String.format(Locale.ROOT, "pages=%d mean P=%.4f R=%.4f F1=%.4f title exact=%.3f byline exact=%.3f failures=%d%n",
                    pages.size(), precision, recall, f1, titleRate, bylineRate, failures));
            return sb.toString();
        }
    }

    static Summary run(Path root) throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        HtmlCleaner cleaner = new HtmlCleaner();
        List<Page> pages = new ArrayList<>();
        double sp = 0;
        double sr = 0;
        double sf = 0;
        int titles = 0;
        int bylines = 0;
        int failures = 0;
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            byte[] html = Files.readAllBytes(dir.resolve("source.html"));
            String expectedText = Jsoup.parse(Files.readString(dir.resolve("expected.html"), StandardCharsets.UTF_8)).text();
            JsonNode meta = mapper.readTree(dir.resolve("expected-metadata.json").toFile());
            String expectedTitle = norm(meta.path("title").isNull() ? null : meta.path("title").asText(null));
            String expectedByline = norm(meta.path("byline").isNull() ? null : meta.path("byline").asText(null));
            String text = "";
            String title = null;
            String byline = null;
            String error = null;
            try {
                Article a = cleaner.clean(new LoadedSource(name, "http://fakehost/test/page.html", MediaType.HTML, html, null));
                text = a.text();
                title = norm(a.title());
                byline = norm(a.byline());
            } catch (RuntimeException e) {
                error = e.getMessage();
                failures++;
            }
            double[] prf = score(tokens(text), tokens(expectedText));
            boolean titleOk = expectedTitle == null || expectedTitle.equals(title);
            boolean bylineOk = expectedByline == null ? byline == null : expectedByline.equals(byline);
            if (titleOk) titles++;
            if (bylineOk) bylines++;
            sp += prf[0];
            sr += prf[1];
            sf += prf[2];
            pages.add(new Page(name, prf[0], prf[1], prf[2], titleOk, bylineOk, error, title, expectedTitle, byline, expectedByline));
        }
        int n = Math.max(1, pages.size());
        return new Summary(pages, sp / n, sr / n, sf / n, (double) titles / n, (double) bylines / n, failures);
    }

    static String norm(String s) {
        if (s == null) return null;
        String t = s.replaceAll("[\\s\\u00A0]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.split("[\\s\\u00A0\\u200B]+")) {
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** Precision, recall and F1 of token multisets; two empty texts score 1. */
    static double[] score(List<String> ours, List<String> expected) {
        if (ours.isEmpty() && expected.isEmpty()) return new double[] {1, 1, 1};
        Map<String, Integer> counts = new HashMap<>();
        for (String t : expected) counts.merge(t, 1, Integer::sum);
        int common = 0;
        for (String t : ours) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        double p = ours.isEmpty() ? 0 : (double) common / ours.size();
        double r = expected.isEmpty() ? 0 : (double) common / expected.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    public static void main(String[] args) throws IOException {
        Summary s = run(args.length > 0 ? Path.of(args[0]) : PAGES);
        System.out.print(s.report());
        if (args.length > 1) {
            for (Page p : s.pages()) {
                if (!p.titleMatch()) System.out.println("TITLE " + p.name() + ": ours=[" + p.title() + "] expected=[" + p.expectedTitle() + "]");
            }
            for (Page p : s.pages()) {
                if (!p.bylineMatch()) System.out.println("BYLINE " + p.name() + ": ours=[" + p.byline() + "] expected=[" + p.expectedByline() + "]");
            }
        }
    }
}
