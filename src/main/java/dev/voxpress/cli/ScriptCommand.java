package dev.voxpress.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.Narrator;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.script.Script;
import dev.voxpress.script.ScriptWriter;
import dev.voxpress.script.Segment;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

@Command(name = "script", mixinStandardHelpOptions = true,
        description = {"Print exactly the words the engine will be asked to say, one sentence per line.",
                "Numbers, dates and abbreviations come out as words; the voice's lexicons, intro and outro apply."})
final class ScriptCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "0..1",
            description = "A .html, .htm or .txt file, an http(s) URL, or - for stdin.")
    String source;

    @Option(names = "--text", paramLabel = "TEXT",
            description = "Script this text instead of an article (paragraphs separated by blank lines).")
    String text;

    @Option(names = "--voice", paramLabel = "NAME",
            description = "Voice profile whose lexicons, intro and outro apply (default: " + Voices.DEFAULT + ").")
    String voice;

    @Option(names = "--pauses", description = "Also print each sentence's pause after it, in milliseconds.")
    boolean pauses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if ((source == null) == (text == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give SOURCE or --text, one of them");
        }
        VoiceProfile profile = Voices.profile(voice != null ? voice : Voices.DEFAULT);
        Script script;
        if (text != null) {
            script = new ScriptWriter(profile.scriptSettings(), Log::warning).write(text);
        } else {
            Narrator narrator = new Narrator(new SourceLoader(), new ArticleCleaner(), Log::info, Log::warning);
            script = narrator.script(narrator.clean(source), profile);
        }
        print(script.segments());
        return 0;
    }

    private void print(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            out.append(segment.text());
            if (pauses) out.append('\t').append(segment.pauseMillis());
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }
}
