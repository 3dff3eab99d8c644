package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/**
 * Runs {@code bin/voxpress}, the release archive's launcher, from the archive's layout assembled in a temporary
 * folder: the launcher itself, and as {@code lib/voxpress.jar} a jar whose manifest names the test class path
 * (the shaded jar comes only at {@code package}, after the tests).
 */
class LauncherTest {
    @TempDir
    Path install;
    @TempDir
    Path work;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void assemble() throws IOException {
        Path bin = Files.createDirectories(install.resolve("bin"));
        Files.copy(Path.of("src/dist/bin/voxpress"), bin.resolve("voxpress"), StandardCopyOption.COPY_ATTRIBUTES);
        ClassPathJar.write(Files.createDirectories(install.resolve("lib")).resolve("voxpress.jar"));
    }

    private Run launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(install.resolve("bin/voxpress").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout").toFile()).redirectError(work.resolve("stderr").toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("VOXPRESS_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(Patience.ends(process), "the launcher did not finish");
        return new Run(process.exitValue(), Files.readString(work.resolve("stdout")), Files.readString(work.resolve("stderr")));
    }

    private static Map<String, String> javaHome() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    @Test
    void printsHelpFromAnyFolder() throws Exception {
        Run run = launch(javaHome(), "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Usage: voxpress"), run.out());
        assertTrue(run.out().contains("narrate"), run.out());
    }

    @Test
    void narratesATextArticleFromAnotherFolder() throws Exception {
        Files.writeString(work.resolve("article.txt"), "A short article\n\nThe launcher runs voxpress from its own folder. "
                + "It narrates this text with the FreeTTS voice. Café prices rose by 5%.\n");
        Run run = launch(javaHome(), "narrate", "article.txt", "--voice", "kevin16", "-o", "article.mp3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("article.mp3\tduration "), run.out());
        assertTrue(Files.size(work.resolve("article.mp3")) > 1000);
    }

    /** A stand-in java that reports version {@code spec} and, when run, prints its arguments one a line. */
    private Path fakeJava(String spec) throws IOException {
        Path home = Files.createDirectories(work.resolve("jdk-" + spec + "/bin"));
        Path java = home.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "case \"$1\" in -XshowSettings:properties) echo '    java.specification.version = " + spec + "' >&2; exit 0;; esac\n"
                // -Xshare:dump: writes the archive file it is given
                + "case \"$1\" in -Xshare:dump) for a; do case $a in -XX:SharedArchiveFile=*) : > \"${a#*=}\";; esac; done;"
                + " exit 0;; esac\n"
                + "printf '%s\\n' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        return home.getParent();
    }

    /** A PATH on which {@code nproc} says the machine has {@code cpus} processors. */
    private String pathWithCpus(int cpus) throws IOException {
        Path bin = Files.createDirectories(work.resolve("cpus-" + cpus));
        Path nproc = bin.resolve("nproc");
        Files.writeString(nproc, "#!/bin/sh\necho " + cpus + "\n");
        assertTrue(nproc.toFile().setExecutable(true));
        return bin + ":" + System.getenv("PATH");
    }

    @Test
    void passesBoundedMemoryUtf8AndTheUsersOptionsLast() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", fakeJava("21").toString(), "JAVA_OPTS", "-Da=1 -Xmx300m",
                "VOXPRESS_OPTS", "-Db=2", "PATH", pathWithCpus(8)), "narrate", "two words.txt");
        assertEquals(0, run.exit(), run.err());
        List<String> args = run.out().lines().toList();
        assertEquals(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
                "-XX:Tier3MinInvocationThreshold=20", "-XX:Tier3CompileThreshold=200", "-XX:Tier3BackEdgeThreshold=6000",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                "-Da=1", "-Xmx300m", "-Db=2", "-jar", install.toRealPath().resolve("lib/voxpress.jar").toString(),
                "narrate", "two words.txt"), args);
    }

    @Test
    void takesOneCompilerThreadOnTwoCoresUnlessTheUserBringsTheOptimizingCompilerBack() throws Exception {
        String java = fakeJava("17").toString();
        String twoCores = pathWithCpus(2);
        List<String> quick = launch(Map.of("JAVA_HOME", java, "PATH", twoCores), "narrate", "a.txt").out().lines().toList();
        assertEquals("-XX:CICompilerCount=1", quick.get(quick.indexOf("-XX:Tier3BackEdgeThreshold=6000") + 1), quick.toString());
        for (String options : List.of("-XX:TieredStopAtLevel=4", "-XX:CICompilerCount=3")) {
            Run run = launch(Map.of("JAVA_HOME", java, "PATH", twoCores, "VOXPRESS_OPTS", options), "narrate", "a.txt");
            assertFalse(run.out().contains("-XX:CICompilerCount=1"), run.out());
        }
        assertFalse(launch(Map.of("JAVA_HOME", java, "PATH", twoCores), "serve").out().contains("CICompilerCount"));
        assertFalse(launch(Map.of("JAVA_HOME", java, "PATH", pathWithCpus(4)), "narrate", "a.txt").out()
                .contains("CICompilerCount"));
    }

    @Test
    void keepsTheOptimizingCompilerForTheServers() throws Exception {
        Path java = fakeJava("17");
        for (String command : List.of("serve", "mary-server")) {
            Run run = launch(Map.of("JAVA_HOME", java.toString()), "--verbose", command);
            assertEquals(0, run.exit(), run.err());
            assertFalse(run.out().contains("TieredStopAtLevel"), run.out());
            assertTrue(run.out().endsWith("--verbose\n" + command + "\n"), run.out());
        }
    }

    @Test
    void mapsTheClassArchiveButNotUnderJfrOrAnAgent() throws Exception {
        Files.writeString(install.resolve("lib/voxpress.classlist"), "dev/voxpress/cli/Main\n");
        String java = fakeJava("17").toString();
        String cache = work.resolve("cache").toString();
        Run plain = launch(Map.of("JAVA_HOME", java, "XDG_CACHE_HOME", cache), "narrate", "a.txt");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals("", plain.err());
        List<String> args = plain.out().lines().toList();
        assertTrue(args.get(2).matches("-XX:SharedArchiveFile=.*/voxpress/cds/voxpress-[0-9]+\\.jsa"), args.toString());
        assertEquals(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), args.subList(3, 6));
        for (String options : List.of("-XX:StartFlightRecording=filename=a.jfr", "-javaagent:agent.jar")) {
            Run profiled = launch(Map.of("JAVA_HOME", java, "XDG_CACHE_HOME", cache, "VOXPRESS_OPTS", options),
                    "narrate", "a.txt");
            assertFalse(profiled.out().contains("SharedArchiveFile"), profiled.out());
        }
    }

    @Test
    void readsTheVersionFromTheReleaseFileWithoutStartingJava() throws Exception {
        Path java = fakeJava("17");
        Files.writeString(java.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.2\"\n");
        Run run = launch(Map.of("JAVA_HOME", java.toString()), "--help");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is Java 11.0.2"), run.err());
    }

    /**
     * The first run makes the class-data sharing archive in the user's cache, later runs map it, and one that the
     * JVM cannot use (here: damaged) is passed over without a word.
     */
    @Test
    void makesTheClassArchiveOnceAndPassesOverABadOneSilently() throws Exception {
        Files.writeString(install.resolve("lib/voxpress.classlist"), Main.class.getName().replace('.', '/') + "\n");
        Map<String, String> environment = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", work.resolve("cache").toString());
        Run first = launch(environment, "--help");
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.err());
        List<Path> archives;
        try (var files = Files.list(work.resolve("cache/voxpress/cds"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).toString().endsWith(".jsa"), archives.toString());

        Files.writeString(archives.get(0), "not an archive");
        Run damaged = launch(environment, "--help");
        assertEquals(0, damaged.exit(), damaged.err());
        assertEquals("", damaged.err());
        assertTrue(damaged.out().contains("Usage: voxpress"), damaged.out());
        assertEquals("not an archive", Files.readString(archives.get(0)), "made once, not again");
    }

    @Test
    void refusesAJavaOlderThan17() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", fakeJava("11").toString()), "--help");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("needs Java 17 or later") && run.err().contains("is Java 11"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void saysSoWhenThereIsNoJava() throws Exception {
        Run run = launch(Map.of("PATH", "/nonexistent", "JAVA_HOME", ""), "--help");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no java on the PATH"), run.err());
    }

    @Test
    void saysSoWhenJavaHomeIsWrong() throws Exception {
        Run run = launch(Map.of("JAVA_HOME", work.resolve("nothing").toString()), "--help");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("has no bin/java"), run.err());
    }
}
