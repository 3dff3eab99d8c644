package dev.voxpress.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.Narrator;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.speak.Voices;

@Command(name = "narrate", mixinStandardHelpOptions = true,
        description = "Narrate one article into an MP3 (or WAV) file.")
final class NarrateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", description = "A .html, .htm or .txt file, an http(s) URL, or - for stdin.")
    String source;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file, .mp3 or .wav (default: named after the article's title, in this folder).")
    Path output;

    @Option(names = "--voice", paramLabel = "NAME", defaultValue = Voices.DEFAULT,
            description = "Voice to narrate with (default: ${DEFAULT-VALUE}); see 'voxpress voices'.")
    String voice;

    @Override
    public Integer call() {
        Narrator narrator = new Narrator(new SourceLoader(), new ArticleCleaner(), Log::info);
        Narrator.Narration result = narrator.narrate(source, output, voice);
        System.out.printf(Locale.ROOT, "%s\tduration %s\ttook %.1f s%n", result.file().path(),
                Durations.clock(result.file().seconds()), result.elapsed().toMillis() / 1000.0);
        return 0;
    }
}
