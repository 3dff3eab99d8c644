package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/**
 * The man pages that the build writes from the picocli model ({@code process-classes}): one for voxpress and one per
 * command, each rendered by man-db's {@code man} without a warning.
 */
class ManPagesTest {
    private static final Path PAGES = Path.of("target/man/man1");

    @TempDir
    Path dir;

    @Test
    void everyCommandHasAPage() {
        assertTrue(Files.isRegularFile(PAGES.resolve("voxpress.1")), "no " + PAGES + "/voxpress.1: run mvn process-classes");
        for (String command : Main.newCommandLine().getSubcommands().keySet()) {
            assertTrue(Files.isRegularFile(PAGES.resolve("voxpress-" + command + ".1")), "no man page for " + command);
        }
    }

    @Test
    void pagesRenderWithoutWarnings() throws Exception {
        assumeTrue(new File("/usr/bin/man").canExecute(), "man is not installed (Debian package man-db)");
        List<Path> pages;
        try (Stream<Path> files = Files.list(PAGES)) {
            pages = files.filter(p -> p.toString().endsWith(".1")).sorted().toList();
        }
        assertTrue(pages.size() > 1, "no man pages in " + PAGES);
        for (Path page : pages) {
            ProcessBuilder man = new ProcessBuilder("/usr/bin/man", "--warnings", "-E", "UTF-8", "-l", page.toString())
                    .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
            man.environment().put("MANWIDTH", "80");
            Process process = man.start();
            assertTrue(Patience.ends(process), "man did not finish");
            assertEquals("", Files.readString(dir.resolve("err")), page + ": warnings");
            assertEquals(0, process.exitValue(), page.toString());
            String text = Files.readString(dir.resolve("out")).replaceAll(".\b", ""); // grotty's overstrikes
            assertTrue(text.contains("NAME") && text.contains("SYNOPSIS") && text.contains("voxpress"), page + ":\n" + text);
        }
    }
}
