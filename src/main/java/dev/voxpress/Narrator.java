package dev.voxpress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

import dev.voxpress.clean.Article;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.clean.Cleaner;
import dev.voxpress.master.AudioFile;
import dev.voxpress.master.AudioWriter;
import dev.voxpress.master.OutputFormat;
import dev.voxpress.script.Script;
import dev.voxpress.script.ScriptWriter;
import dev.voxpress.script.Segment;
import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.speak.Engine;
import dev.voxpress.speak.Voices;

/**
 * The whole pipeline for one article: load, clean, script, speak, master. This is the library API behind
 * {@code voxpress narrate}.
 *
 * <pre>{@code
 * Narration n = new Narrator().narrate("article.html", Path.of("article.mp3"), "cmu-slt-hsmm");
 * }</pre>
 */
public final class Narrator {
    private final SourceLoader loader;
    private final Cleaner cleaner;
    private final ScriptWriter scriptWriter;
    private final Consumer<String> log;

    /** A narrator with the default loader and cleaner that logs nothing. */
    public Narrator() {
        this(new SourceLoader(), new ArticleCleaner(), msg -> { });
    }

    public Narrator(SourceLoader loader, Cleaner cleaner, Consumer<String> log) {
        this.loader = Objects.requireNonNull(loader);
        this.cleaner = Objects.requireNonNull(cleaner);
        this.scriptWriter = new ScriptWriter();
        this.log = Objects.requireNonNull(log);
    }

    /** Loads and cleans a source: what {@code voxpress clean} prints and what gets narrated. */
    public Article clean(String source) {
        LoadedSource loaded = loader.load(source);
        return cleaner.clean(loaded);
    }

    /**
     * Narrates one article into an audio file.
     *
     * @param source a path, an http(s) URL, or {@code -} for standard input
     * @param output the file to write (.mp3 or .wav); null to name it after the title in the current folder
     * @param voice  a voice name from {@link Voices#available()}
     * @throws VoxpressException for bad input or a failing engine; no output file is left behind then
     */
    public Narration narrate(String source, Path output, String voice) {
        long start = System.nanoTime();
        if (output != null) OutputFormat.of(output);
        Article article = clean(source);
        Path target = output != null ? output : Path.of(Slugs.of(article.title()) + OutputFormat.MP3.extension());
        log.accept("narrating \"" + article.title() + "\" (" + article.wordCount() + " words) with " + voice);
        try (Engine engine = Voices.open(voice)) {
            AudioFile file = speak(article, engine, target);
            return new Narration(file, article, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Narrates an article that is already cleaned, with an engine that is already open: for callers that
     * narrate many articles with one engine.
     *
     * @throws VoxpressException when the engine fails or the file cannot be written; no file is left then
     */
    public AudioFile speak(Article article, Engine engine, Path target) {
        Script script = scriptWriter.write(article);
        try (AudioWriter writer = new AudioWriter(target)) {
            for (Segment segment : script.segments()) {
                writer.append(engine.synthesize(segment.text()));
                writer.appendSilence(segment.pauseMillis());
            }
            return writer.finish();
        } catch (IOException e) {
            throw new VoxpressException(target + ": cannot write audio: " + e.getMessage(), e);
        }
    }

    /**
     * The result of a narration.
     *
     * @param file    the audio file written
     * @param article the article that was narrated
     * @param elapsed wall time taken
     */
    public record Narration(AudioFile file, Article article, Duration elapsed) {
    }
}
