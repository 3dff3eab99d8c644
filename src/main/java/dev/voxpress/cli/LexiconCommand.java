package dev.voxpress.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.AtomicOutput;
import dev.voxpress.VoxpressException;
import dev.voxpress.script.Lexicon;
import dev.voxpress.script.PlsLexicon;

@Command(name = "lexicon", mixinStandardHelpOptions = true, subcommands = LexiconCommand.Export.class,
        description = "Work with pronunciation lexicons.")
final class LexiconCommand {
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a lexicon (voxpress's format or PLS) as a W3C PLS 1.0 file, phonemes in IPA.")
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The lexicon to export.")
        Path file;

        @Option(names = "--pls", paramLabel = "OUT", required = true, description = "The PLS file to write.")
        Path out;

        @Override
        public Integer call() {
            String pls = PlsLexicon.write(Lexicon.read(file));
            try (AtomicOutput output = new AtomicOutput(out)) {
                try (Writer w = Files.newBufferedWriter(output.temp(), StandardCharsets.UTF_8)) {
                    w.write(pls);
                }
                output.commit();
            } catch (IOException e) {
                throw new VoxpressException(out + ": cannot write: " + e.getMessage(), e);
            }
            return 0;
        }
    }
}
