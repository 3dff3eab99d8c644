package dev.voxpress.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

import dev.voxpress.speak.SentenceCache;

/**
 * Runs {@code narrate} and {@code publish}, started as a plain {@code java -jar voxpress.jar}, again in a JVM set
 * up as the release archive's launcher ({@code bin/voxpress}) sets one up: a 384 MB heap with the serial collector,
 * the quick JIT alone, and class-data sharing. A plain JVM takes a quarter of the machine's memory for its heap and
 * grows toward it (a 54-minute narration: 540 MB resident, against 380 to 430 MB) and compiles with both compilers
 * (40% more CPU up to about 9 minutes of audio); docs/speed.md. This JVM waits for the other and exits with its
 * code; the other shares its standard streams, and ends itself if this one is killed.
 *
 * <p>Only when the JVM got no option of the user's (none before {@code -jar}, no {@code JDK_JAVA_OPTIONS} or
 * {@code JAVA_TOOL_OPTIONS}): any option keeps the JVM as started. Where the JVM cannot be started, the command runs
 * here.
 */
final class Relaunch {
    /** Set in the relaunched JVM to the process id of the one that waits for it. */
    static final String PARENT_PROPERTY = "voxpress.parent";
    /**
     * The launcher's heap bound, which keeps the resident size under 512 MB by itself; a JVM with a heap this small
     * or smaller is left as it is.
     */
    static final long BOUNDED_HEAP = 384L << 20;
    private static final Set<String> COMMANDS = Set.of("narrate", "publish");
    /** Options that only print, for which a second JVM would cost more than it saves. */
    private static final Set<String> PRINT_ONLY = Set.of("-h", "--help", "-V", "--version");
    /** The launcher's options ({@code src/dist/bin/voxpress}, which explains them); the two lists change together. */
    static final List<String> MEMORY = List.of("-Xmx384m", "-XX:+UseSerialGC");
    static final List<String> QUICK_JIT = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
            "-XX:Tier3MinInvocationThreshold=20", "-XX:Tier3CompileThreshold=200", "-XX:Tier3BackEdgeThreshold=6000");
    private static final long PARENT_CHECK_MS = 200;
    /** The exit code of a JVM killed with SIGKILL, which the relaunched one takes when its parent was. */
    private static final int KILLED = 137;

    private Relaunch() {
    }

    /**
     * In a relaunched JVM, watches the JVM that started it: once that one is gone (killed with SIGKILL, which
     * gives it no chance to stop this one), halts, as that kill would have. With {@code --verbose}, says so and
     * names its JVM options.
     */
    static void watchParent(String[] args) {
        String parent = System.getProperty(PARENT_PROPERTY);
        if (parent == null || !parent.matches("[0-9]{1,18}")) return;
        long pid = Long.parseLong(parent);
        if (List.of(args).contains("--verbose")) {
            List<String> options = new ArrayList<>();
            for (String argument : ProcessHandle.current().info().arguments().orElse(new String[0])) {
                if (argument.equals("-jar")) break;
                options.add(argument);
            }
            System.err.println("voxpress: running in a JVM of its own, started by process " + pid + ": "
                    + String.join(" ", options));
        }
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid) {
                try {
                    Thread.sleep(PARENT_CHECK_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(KILLED);
        }, "voxpress-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The jar to run again, when these arguments in this JVM call for it. */
    static Optional<Path> wanted(String[] args) {
        String command = Main.firstWord(args);
        if (System.getProperty(PARENT_PROPERTY) != null || Runtime.getRuntime().maxMemory() <= BOUNDED_HEAP
                || command == null || !COMMANDS.contains(command)
                || List.of(args).stream().anyMatch(PRINT_ONLY::contains)) {
            return Optional.empty();
        }
        return plainJar(System.getenv(), ProcessHandle.current().info().arguments().orElse(null),
                System.getProperty("java.class.path"));
    }

    /**
     * The jar this JVM runs when it was started as {@code java -jar JAR ...} and nothing else, judged by its
     * environment, its command line after the executable, and its class path.
     */
    static Optional<Path> plainJar(Map<String, String> environment, String[] jvmArguments, String classPath) {
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            String options = environment.get(variable);
            if (options != null && !options.isBlank()) return Optional.empty();
        }
        if (jvmArguments == null || jvmArguments.length < 2 || !jvmArguments[0].equals("-jar")
                || classPath == null || !classPath.equals(jvmArguments[1])) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * Runs the arguments in a bounded JVM and returns its exit code, or -1 when that JVM could not be started (the
     * command is then to run here).
     */
    static int run(Path jar, String[] args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(command(java, jar, classDataSharing(java, jar, System.getenv()),
                Runtime.getRuntime().availableProcessors()));
        command.add(command.indexOf("-jar"), "-D" + PARENT_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(List.of(args));
        AtomicReference<Process> started = new AtomicReference<>();
        // Ctrl-C reaches both JVMs; SIGTERM reaches only this one, which passes it on and waits.
        Thread stop = new Thread(() -> {
            Process running = started.get();
            if (running == null) return;
            running.destroy();
            try {
                running.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "voxpress-relaunched-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            return -1;
        }
        started.set(process);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return Main.BAD_INPUT;
        }
    }

    /** The relaunched JVM's command line up to and including the jar, without the parent's id. */
    static List<String> command(String java, Path jar, List<String> classDataSharing, int processors) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(MEMORY);
        command.addAll(classDataSharing);
        command.addAll(QUICK_JIT);
        // On two cores or fewer, one compiler thread: a second one takes a core from the work (as the launcher).
        if (processors <= 2) command.add("-XX:CICompilerCount=1");
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /**
     * The options that map a class-data sharing archive of the jar's classes, made on first use from the class list
     * beside the jar ({@code voxpress.classlist}, written by the build) into the user's cache, as the launcher makes
     * its own; none when there is no list or the archive cannot be made.
     */
    static List<String> classDataSharing(String java, Path jar, Map<String, String> environment) {
        Path classList = jar.resolveSibling("voxpress.classlist");
        if (!Files.isRegularFile(classList)) return List.of();
        try {
            // Java 17 ties an archive to the jar's path and to the JVM build, and checks the jar's size and time.
            CRC32 key = new CRC32();
            String identity = System.getProperty("java.home") + " " + System.getProperty("java.vm.version") + " " + jar
                    + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            key.update(identity.getBytes(StandardCharsets.UTF_8));
            Path archive = SentenceCache.userDir(environment)
                    .resolve("cds/voxpress-jar-" + Long.toHexString(key.getValue()) + ".jsa");
            if (!Files.isRegularFile(archive)) {
                Files.createDirectories(archive.getParent());
                Path made = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid());
                Process dump = new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                        "-XX:SharedArchiveFile=" + made, MEMORY.get(0), MEMORY.get(1), "-cp", jar.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                try {
                    if (dump.waitFor() == 0) Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(made);
                }
            }
            if (!Files.isRegularFile(archive)) return List.of();
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off");
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
