package dev.voxpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import dev.voxpress.VoxpressException;
import dev.voxpress.speak.MaryHttpEngine;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

/**
 * The {@code voxpress} command: a thin shell over the library API. It runs with only the subcommand its arguments
 * name ({@link #newCommandLine(String[])}); {@link All} is the whole command, for help and picocli's generators.
 */
@Command(name = "voxpress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns web articles into narrated audio and publishes them as a podcast.")
public class Main implements Runnable {
    /** The whole command with every subcommand, in the order help lists them (the man pages and completion too). */
    @Command(subcommands = {NarrateCommand.class, PublishCommand.class, ServeCommand.class, EmbedCommand.class,
            EmbedCodeCommand.class, CleanCommand.class, ScriptCommand.class, VoicesCommand.class, LexiconCommand.class,
            ConfigCommand.class, MaryServerCommand.class, CommandLine.HelpCommand.class})
    public static final class All extends Main {
    }

    /** Exit code for bad input: a missing file, an unreadable page, a failing engine. */
    public static final int BAD_INPUT = 1;
    /** picocli's documented switch for its Groovy closure support. */
    private static final String NO_GROOVY_CLOSURES = "picocli.disable.closures";

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces and more detail.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        Relaunch.watchParent(args);
        Optional<Path> jar = Relaunch.wanted(args);
        if (jar.isPresent()) {
            int exit = Relaunch.run(jar.get(), args);
            if (exit >= 0) System.exit(exit);
        }
        HeapLimit.install();
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code, without exiting: for tests and embedding. */
    public static int execute(String... args) {
        return newCommandLine(args).execute(args);
    }

    /** The whole command line, every subcommand in it. */
    static CommandLine newCommandLine() {
        return newCommandLine(new String[0]);
    }

    /**
     * The command line for these arguments: with only the subcommand they name, when they name one (picocli reads
     * every subcommand's annotations as it adds it, a tenth of a second for all of them, on every start), else with
     * all, for help, the version, and picocli's suggestions on a misspelt name or option.
     */
    static CommandLine newCommandLine(String[] args) {
        // picocli looks for Groovy's closures when Groovy is on the class path, as it is for MaryTTS: the lookup
        // initializes some 280 Groovy classes (tens of milliseconds of every start) for annotations that have none.
        if (System.getProperty(NO_GROOVY_CLOSURES) == null) System.setProperty(NO_GROOVY_CLOSURES, "true");
        Class<?> named = named(args);
        Main main = named == null ? new All() : new Main();
        CommandLine cli = new CommandLine(main);
        if (named != null) cli.addSubcommand(named);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean expected = e instanceof VoxpressException || e instanceof IllegalArgumentException;
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("voxpress: " + (expected ? "" : "internal error: ") + firstLine(message));
            if (main.verbose) e.printStackTrace(err);
            err.flush();
            return BAD_INPUT;
        });
        return cli;
    }

    /**
     * The subcommand that the arguments' first word names, after the one root option that may come before it and
     * applies to it ({@code --verbose}), or null: help, the version and a wrong option get the whole command.
     */
    private static Class<?> named(String[] args) {
        String word = firstWord(args);
        if (word == null) return null;
        return Arrays.stream(All.class.getAnnotation(Command.class).subcommands())
                .filter(command -> command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(word))
                .findFirst().orElse(null);
    }

    /** The arguments' first word after the one root option that may come before a subcommand, or null. */
    static String firstWord(String[] args) {
        for (String arg : args) {
            if (!arg.equals("--verbose")) return arg;
        }
        return null;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The version that Maven wrote into the jar, the Java that runs it, and the engines that can speak. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/voxpress-version.properties")) {
                if (in != null) properties.load(in);
            }
            return new String[] {"voxpress " + properties.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                            + System.getProperty("java.home") + ")",
                    "Engines: " + engines()};
        }

        /** Each engine with the voices it can speak here; the server client's servers are for {@code voices} to check. */
        private static String engines() {
            Map<String, Set<String>> engines = new LinkedHashMap<>();
            for (VoiceProfile profile : Voices.profiles()) {
                Set<String> voices = engines.computeIfAbsent(profile.engine(), engine -> new LinkedHashSet<>());
                if (profile.engine().equals(MaryHttpEngine.ENGINE)) {
                    voices.add("client; voxpress voices checks its servers");
                } else if (Voices.unavailable(profile).isEmpty()) {
                    voices.add(profile.voice().engineVoice());
                }
            }
            StringJoiner line = new StringJoiner(", ");
            engines.forEach((engine, voices) -> line.add(engine + " (" + (voices.isEmpty() ? "no voice installed"
                    : String.join(", ", voices)) + ")"));
            return line.toString();
        }
    }
}
