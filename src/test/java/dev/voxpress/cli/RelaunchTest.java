package dev.voxpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Patience;

/**
 * {@code java -jar voxpress.jar narrate|publish} runs the command again in a JVM set up as the launcher sets one up.
 * The jar here is one whose manifest names the test class path (the shaded jar comes only at {@code package}), run
 * by a real {@code java}; the relaunched JVM says what it got with {@code --verbose}.
 */
class RelaunchTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String ARTICLE = "A short article\n\nThe jar runs itself again in a bounded JVM. "
            + "It narrates this text with the FreeTTS voice.\n";

    @TempDir
    Path work;
    private Path jar;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void assemble() throws IOException {
        jar = Files.createDirectories(work.resolve("lib")).resolve("voxpress.jar");
        ClassPathJar.write(jar);
        Files.writeString(work.resolve("article.txt"), ARTICLE);
    }

    private ProcessBuilder javaJar(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        builder.environment().putAll(environment);
        return builder;
    }

    private Run run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Process process = javaJar(environment, args).redirectOutput(work.resolve("stdout").toFile())
                .redirectError(work.resolve("stderr").toFile()).start();
        process.getOutputStream().close();
        assertTrue(Patience.ends(process), "java -jar did not finish");
        return new Run(process.exitValue(), Files.readString(work.resolve("stdout")),
                Files.readString(work.resolve("stderr")));
    }

    @Test
    void narratesInABoundedJvmWithTheQuickCompiler() throws Exception {
        Run run = run(Map.of(), "--verbose", "narrate", "article.txt", "--voice", "kevin16", "-o", "article.mp3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("article.mp3\tduration "), run.out());
        assertTrue(Files.size(work.resolve("article.mp3")) > 1000);
        String relaunched = run.err().lines().filter(line -> line.startsWith("voxpress: running in a JVM of its own"))
                .findFirst().orElseThrow(() -> new AssertionError("not relaunched: " + run.err()));
        for (String option : List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dvoxpress.parent=")) {
            assertTrue(relaunched.contains(option), relaunched);
        }
        assertFalse(relaunched.contains("SharedArchiveFile"), "no class list beside this jar: " + relaunched);
    }

    @Test
    void passesOnTheExitCodeAndTheOneLineMessage() throws Exception {
        Run run = run(Map.of(), "narrate", "missing.txt", "--voice", "kevin16", "-o", "missing.mp3");
        assertEquals(Main.BAD_INPUT, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("voxpress: ") && run.err().contains("missing.txt"), run.err());
        assertFalse(Files.exists(work.resolve("missing.mp3")));
    }

    @Test
    void leavesAJvmWithTheUsersOptionsAsItIs() throws Exception {
        Run run = run(Map.of("JDK_JAVA_OPTIONS", "-Xmx512m"), "--verbose", "narrate", "article.txt",
                "--voice", "kevin16", "-o", "article.mp3");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("a JVM of its own"), run.err());
    }

    @Test
    void printsHelpInTheJvmAsStarted() throws Exception {
        Run run = run(Map.of(), "--verbose", "narrate", "--help");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Usage: voxpress narrate"), run.out());
        assertFalse(run.err().contains("a JVM of its own"), run.err());
    }

    @Test
    void makesTheClassArchiveFromTheListBesideTheJar() throws Exception {
        Files.writeString(jar.resolveSibling("voxpress.classlist"), "java/lang/Object\njava/lang/String\n");
        Run run = run(Map.of(), "--verbose", "narrate", "article.txt", "--voice", "kevin16", "-o", "article.mp3");
        assertEquals(0, run.exit(), run.err());
        List<Path> archives;
        try (Stream<Path> files = Files.list(work.resolve("cache/voxpress/cds"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        String name = archives.get(0).getFileName().toString();
        assertTrue(name.matches("voxpress-jar-[0-9a-f]+\\.jsa"), name);
        assertTrue(run.err().contains("-XX:SharedArchiveFile=" + archives.get(0)), run.err());
    }

    /** {@code java -jar ... narrate -}, whose stdin stays open: the narration waits for its article. */
    private Process narratingStdin() throws IOException {
        return javaJar(Map.of(), "narrate", "-", "--voice", "kevin16", "-o", "stdin.mp3")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The relaunched JVM of such a run. */
    private static ProcessHandle relaunched(Process parent) {
        Patience.until("the relaunched JVM", () -> parent.toHandle().children().findAny().isPresent());
        return parent.toHandle().children().findAny().orElseThrow();
    }

    @Test
    void theRelaunchedJvmEndsWhenItsParentIsKilled() throws Exception {
        Process parent = narratingStdin();
        ProcessHandle child = relaunched(parent);
        parent.destroyForcibly();
        assertTrue(Patience.ends(parent));
        assertFalse(child.onExit().get(Patience.SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS).isAlive());
        parent.getOutputStream().close();
        assertFalse(Files.exists(work.resolve("stdin.mp3")));
    }

    @Test
    void sigtermReachesTheRelaunchedJvm() throws Exception {
        Process parent = narratingStdin();
        ProcessHandle child = relaunched(parent);
        parent.destroy();
        assertTrue(Patience.ends(parent));
        assertEquals(143, parent.exitValue());
        assertFalse(child.onExit().get(Patience.SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS).isAlive());
        assertFalse(Files.exists(work.resolve("stdin.mp3")));
    }

    @Test
    void plainJarOnlyForJavaDashJarAndNothingElse() throws Exception {
        String path = jar.toString();
        assertEquals(Optional.of(jar), Relaunch.plainJar(Map.of(), new String[] {"-jar", path, "narrate"}, path));
        assertEquals(Optional.empty(), Relaunch.plainJar(Map.of(), new String[] {"-Xmx1g", "-jar", path}, path));
        assertEquals(Optional.empty(), Relaunch.plainJar(Map.of("JAVA_TOOL_OPTIONS", "-Xss2m"),
                new String[] {"-jar", path}, path));
        assertEquals(Optional.of(jar), Relaunch.plainJar(Map.of("JAVA_TOOL_OPTIONS", " "),
                new String[] {"-jar", path}, path));
        assertEquals(Optional.empty(), Relaunch.plainJar(Map.of(),
                new String[] {"-cp", path, Main.class.getName()}, path));
        assertEquals(Optional.empty(), Relaunch.plainJar(Map.of(), null, path));
        String missing = work.resolve("none.jar").toString();
        assertEquals(Optional.empty(), Relaunch.plainJar(Map.of(), new String[] {"-jar", missing}, missing));
    }

    @Test
    void oneCompilerThreadOnTwoCoresOrFewer() {
        List<String> two = Relaunch.command("java", jar, List.of(), 2);
        assertEquals(List.of("java", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:Tier3InvocationThreshold=50", "-XX:Tier3MinInvocationThreshold=20",
                "-XX:Tier3CompileThreshold=200", "-XX:Tier3BackEdgeThreshold=6000", "-XX:CICompilerCount=1", "-jar",
                jar.toString()), two);
        assertFalse(Relaunch.command("java", jar, List.of(), 4).contains("-XX:CICompilerCount=1"));
    }
}
