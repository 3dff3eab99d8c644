package dev.voxpress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.voxpress.clean.Article;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.clean.Cleaner;
import dev.voxpress.clean.Block;
import dev.voxpress.master.AudioFile;
import dev.voxpress.master.EpisodeMetadata;
import dev.voxpress.master.Master;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.master.MasteredAudio;
import dev.voxpress.master.OutputFormat;
import dev.voxpress.master.Sidecar;
import dev.voxpress.master.Sidecars;
import dev.voxpress.script.Script;
import dev.voxpress.script.ScriptWriter;
import dev.voxpress.script.Segment;
import dev.voxpress.source.LoadedSource;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.speak.LanguageVoices;
import dev.voxpress.speak.SentenceCache;
import dev.voxpress.speak.Speaker;
import dev.voxpress.speak.VoiceProfile;
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
    private final Consumer<String> log;
    private final Consumer<String> warnings;
    private final SentenceCache cache;

    /** A narrator with the default loader and cleaner that logs nothing. */
    public Narrator() {
        this(new SourceLoader(), new ArticleCleaner(), msg -> { });
    }

    /** A narrator whose progress lines and warnings both go to {@code log}. */
    public Narrator(SourceLoader loader, Cleaner cleaner, Consumer<String> log) {
        this(loader, cleaner, log, log);
    }

    /**
     * @param log      progress lines
     * @param warnings what was left out while the narration went on, such as a sentence no engine can say
     */
    public Narrator(SourceLoader loader, Cleaner cleaner, Consumer<String> log, Consumer<String> warnings) {
        this(loader, cleaner, log, warnings, null);
    }

    private Narrator(SourceLoader loader, Cleaner cleaner, Consumer<String> log, Consumer<String> warnings,
                     SentenceCache cache) {
        this.loader = Objects.requireNonNull(loader);
        this.cleaner = Objects.requireNonNull(cleaner);
        this.log = Objects.requireNonNull(log);
        this.warnings = Objects.requireNonNull(warnings);
        this.cache = cache;
    }

    /** This narrator with its speakers taking sentences from {@code cache} (null for none). */
    public Narrator withCache(SentenceCache cache) {
        return new Narrator(loader, cleaner, log, warnings, cache);
    }

    /** Loads and cleans a source: what {@code voxpress clean} prints and what gets narrated. */
    public Article clean(String source) {
        LoadedSource loaded = loader.load(source);
        return cleaner.clean(loaded);
    }

    /**
     * Narrates one article into an audio file, on all cores.
     *
     * @param source a path, an http(s) URL, or {@code -} for standard input
     * @param output the file to write (.mp3 or .wav); null to name it after the title in the current folder
     * @param voice  a voice profile's name from {@link Voices#profiles()}
     * @throws VoxpressException for bad input or a failing engine; no output file is left behind then
     */
    public Narration narrate(String source, Path output, String voice) {
        return narrate(source, output, voice, MasterSettings.DEFAULTS, Set.of());
    }

    /**
     * Narrates one article into an audio file on all cores, mastered with {@code settings}, and writes the chosen
     * transcript and chapter files beside it.
     *
     * @see #narrate(String, Path, String)
     */
    public Narration narrate(String source, Path output, String voice, MasterSettings settings, Set<Sidecar> sidecars) {
        return narrate(source, output, Voices.profile(voice), Speaker.defaultThreads(), settings, sidecars);
    }

    /**
     * Narrates one article into an audio file with a voice profile on {@code threads} threads, mastered with
     * {@code settings}, and writes the chosen transcript and chapter files beside it.
     *
     * @see #narrate(String, Path, String)
     */
    public Narration narrate(String source, Path output, VoiceProfile voice, int threads, MasterSettings settings,
                             Set<Sidecar> sidecars) {
        return narrate(source, output, LanguageVoices.of(voice), threads, settings, sidecars);
    }

    /**
     * Narrates one article with the voice that {@code voices} choose for its language, on {@code threads} threads,
     * mastered with {@code settings}, and writes the chosen transcript and chapter files beside it.
     *
     * @throws VoxpressException also when no voice speaks the article's language, saying so in one line
     * @see #narrate(String, Path, String)
     */
    public Narration narrate(String source, Path output, LanguageVoices voices, int threads, MasterSettings settings,
                             Set<Sidecar> sidecars) {
        long start = System.nanoTime();
        if (output != null) OutputFormat.of(output);
        // Without a cache every voice's engine is surely needed: its start can overlap with loading and cleaning.
        if (cache == null) {
            Voices.startEarly(Stream.concat(Stream.of(voices.fallback()), voices.byLanguage().values().stream()).toList());
        }
        Article article = clean(source);
        VoiceProfile voice = voiceFor(article, voices);
        Path target = output != null ? output : Path.of(Slugs.of(article.title()) + OutputFormat.MP3.extension());
        log.accept("narrating \"" + article.title() + "\" (" + article.wordCount() + " words) with " + voice.name()
                + " on " + threads + (threads == 1 ? " thread" : " threads"));
        try (Speaker speaker = new Speaker(voice, threads, warnings, cache)) {
            EpisodeMetadata metadata = metadata(article, voice.name(), settings);
            Narration narration = speak(article, speaker, target, metadata, settings, sidecars);
            return new Narration(narration.file(), article, Duration.ofNanos(System.nanoTime() - start),
                    narration.mastered(), narration.sidecars());
        }
    }

    /**
     * The voice that {@code voices} choose for the article's language.
     *
     * @throws VoxpressException when none speaks it: "skipped", the title and why, in one line
     */
    public static VoiceProfile voiceFor(Article article, LanguageVoices voices) {
        VoiceProfile voice = voices.voiceFor(article.language());
        if (voice == null) {
            throw new VoxpressException("skipped \"" + article.title() + "\": " + voices.refusal(article.language()));
        }
        return voice;
    }

    /** The script of an article for a voice: exactly the sentences its engine will be asked to say. */
    public Script script(Article article, VoiceProfile voice) {
        return new ScriptWriter(voice.scriptSettings(), warnings).write(article);
    }

    /**
     * Narrates an article that is already cleaned, with a speaker that is already open (for callers that
     * narrate many articles with one voice), and writes the chosen transcript and chapter files beside it.
     *
     * @throws VoxpressException when the engine fails or a file cannot be written; no audio file is left then
     */
    public Narration speak(Article article, Speaker speaker, Path target, EpisodeMetadata metadata,
                           MasterSettings settings, Set<Sidecar> sidecars) {
        long start = System.nanoTime();
        MasteredAudio episode = master(script(article, speaker.profile()), speaker, target, metadata, settings);
        log.accept("loudness " + episode.input() + ", normalized to " + episode.output()
                + (episode.limited() ? " (limited)" : ""));
        List<Path> files = writeSidecars(episode, metadata, sidecars);
        return new Narration(episode.file(), article, Duration.ofNanos(System.nanoTime() - start), episode, files);
    }

    private static MasteredAudio master(Script script, Speaker speaker, Path target, EpisodeMetadata metadata,
                                        MasterSettings settings) {
        if (script.segments().isEmpty()) throw new VoxpressException(target + ": nothing to say in \"" + script.title() + "\"");
        try (Master master = new Master(target, metadata, settings)) {
            speaker.speak(script.segments(), master::resample, master::add);
            if (master.cues().isEmpty()) {
                throw new VoxpressException(target + ": " + speaker.profile().name() + " could say none of the "
                        + script.segments().size() + " sentences of \"" + script.title() + "\"");
            }
            return master.finish();
        } catch (IOException e) {
            throw new VoxpressException(target + ": cannot write audio: " + e.getMessage(), e);
        }
    }

    private static List<Path> writeSidecars(MasteredAudio episode, EpisodeMetadata metadata, Set<Sidecar> kinds) {
        try {
            return Sidecars.write(episode, metadata, kinds);
        } catch (IOException e) {
            throw new VoxpressException(episode.file().path() + ": cannot write transcript or chapters: "
                    + e.getMessage(), e);
        }
    }

    /** What the tags say: from the article, with the author or the voice as artist. */
    public static EpisodeMetadata metadata(Article article, String voice, MasterSettings settings) {
        String artist = settings.artist() == MasterSettings.Artist.VOICE || article.byline() == null
                || article.byline().isBlank() ? voice : article.byline();
        Map<Integer, String> headings = new HashMap<>();
        List<Block> blocks = article.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).type() == Block.Type.HEADING) headings.put(i, blocks.get(i).text());
        }
        String album = article.siteName() != null && !article.siteName().isBlank() ? article.siteName() : "voxpress";
        return new EpisodeMetadata(article.title(), artist, album, article.published(), article.url(),
                article.language(), null, headings);
    }

    /**
     * The result of a narration.
     *
     * @param file     the audio file written
     * @param article  the article that was narrated
     * @param elapsed  wall time taken
     * @param mastered loudness, sentence timings and chapters of the audio (null when not known)
     * @param sidecars transcript and chapter files written beside the audio
     */
    public record Narration(AudioFile file, Article article, Duration elapsed, MasteredAudio mastered,
                            List<Path> sidecars) {
        public Narration {
            sidecars = sidecars == null ? List.of() : List.copyOf(sidecars);
        }

        public Narration(AudioFile file, Article article, Duration elapsed) {
            this(file, article, elapsed, null, List.of());
        }
    }
}
