package dev.voxpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README and the pages under {@code docs/}: every relative link names a file that exists (and a heading that
 * exists, when it has an anchor), and every page is reachable from the README.
 */
class DocsLinksTest {
    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+?) *#*$");

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String link : links(page)) {
                if (isExternal(link)) continue;
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                Path target = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(target)) {
                    broken.add(page + ": " + link + " (no such file)");
                } else if (hash >= 0 && !anchors(target).contains(link.substring(hash + 1))) {
                    broken.add(page + ": " + link + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageIsReachableFromTheReadme() throws IOException {
        Set<Path> reached = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(README));
        while (!todo.isEmpty()) {
            Path page = todo.pop();
            if (!reached.add(page)) continue;
            for (String link : links(page)) {
                String file = link.replaceFirst("#.*", "");
                if (isExternal(link) || !file.endsWith(".md")) continue;
                Path target = page.resolveSibling(file).normalize();
                if (Files.exists(target)) todo.push(target);
            }
        }
        Set<Path> orphans = new TreeSet<>(pages());
        orphans.removeAll(reached);
        assertTrue(orphans.isEmpty(), "pages no page links to: " + orphans);
    }

    @Test
    void theReadmeStaysAFrontPage() throws IOException {
        long size = Files.size(README);
        assertTrue(size < 10_240, "README.md is " + size + " bytes; move detail into docs/");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(DOCS)) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static boolean isExternal(String link) {
        return link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    /** The link targets of a Markdown page, outside code blocks and code spans. */
    private static List<String> links(Path page) throws IOException {
        List<String> links = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("```")) fenced = !fenced;
            if (fenced) continue;
            Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
            while (m.find()) links.add(m.group(1));
        }
        return links;
    }

    /** The anchors GitHub gives a page's headings. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        if (!page.toString().endsWith(".md")) return anchors;
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("```")) fenced = !fenced;
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                anchors.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
