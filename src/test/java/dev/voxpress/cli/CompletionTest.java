package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/** The bash completion script that the build writes from the picocli model, sourced and called as bash would. */
class CompletionTest {
    private static final Path SCRIPT = Path.of("target/voxpress-completion.bash").toAbsolutePath();

    @TempDir
    Path dir;

    /** The completions bash offers for the command line {@code words}, the last word being completed. */
    private List<String> complete(String... words) throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "bash is not installed");
        assertTrue(Files.isRegularFile(SCRIPT), "no " + SCRIPT + ": run mvn process-classes");
        String line = String.join(" ", words);
        String script = "source \"$1\" 2>/dev/null\n"
                + "COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "_complete_voxpress voxpress \"${COMP_WORDS[COMP_CWORD]}\" 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", script, "bash", SCRIPT.toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        assertTrue(Patience.ends(bash), "bash did not finish");
        assertEquals(0, bash.exitValue(), Files.readString(dir.resolve("err")));
        return Files.readAllLines(dir.resolve("out")).stream().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }

    @Test
    void completesCommands() throws Exception {
        assertEquals(List.of("publish"), complete("voxpress", "pu"));
        assertEquals(List.of("embed", "embed-code"), complete("voxpress", "em"));
    }

    @Test
    void completesOptionsOfACommand() throws Exception {
        assertEquals(List.of("--voice", "--voice-for"), complete("voxpress", "narrate", "--vo"));
        assertTrue(complete("voxpress", "publish", "--").containsAll(List.of("--feed", "--base-url", "--episode-limit")));
    }
}
