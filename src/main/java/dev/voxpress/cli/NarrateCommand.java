package dev.voxpress.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.voxpress.Narrator;
import dev.voxpress.clean.Article;
import dev.voxpress.clean.ArticleCleaner;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.master.Sidecar;
import dev.voxpress.script.Script;
import dev.voxpress.source.SourceLoader;
import dev.voxpress.speak.LanguageVoices;
import dev.voxpress.speak.MaryHttpEngine;
import dev.voxpress.speak.SentenceCache;
import dev.voxpress.speak.Speaker;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

@Command(name = "narrate", mixinStandardHelpOptions = true,
        description = "Narrate one article into an MP3 (or WAV) file.")
final class NarrateCommand implements Callable<Integer> {
    /** The shipped profile that uses the MaryTTS HTTP client; {@code --mary-url} alone selects it. */
    static final String MARY_SERVER_VOICE = "mary-server";

    @Parameters(paramLabel = "SOURCE", description = "A .html, .htm or .txt file, an http(s) URL, or - for stdin.")
    String source;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file, .mp3 or .wav (default: named after the article's title, in this folder).")
    Path output;

    @Option(names = "--voice", paramLabel = "NAME",
            description = "Voice profile to narrate with (default: " + Voices.DEFAULT + "); see 'voxpress voices'.")
    String voice;

    @Option(names = "--voice-for", paramLabel = "LANG=NAME",
            description = "Voice profile for articles in language LANG, such as pt=openai (repeatable; "
                    + "like voice.LANG in the publish settings).")
    Map<String, String> voiceFor;

    @Option(names = "--mary-url", paramLabel = "URL[,URL...]", split = ",",
            description = "MaryTTS servers for a marytts-server voice, used round-robin (default: the profile's; "
                    + "with no --voice, picks the " + MARY_SERVER_VOICE + " voice).")
    List<String> maryUrls;

    @Option(names = "--threads", paramLabel = "N",
            description = "Sentences synthesized at once (default: the number of cores).")
    Integer threads;

    @Option(names = "--transcript",
            description = "Also write the transcript beside the audio: OUT's name with .vtt and .srt.")
    boolean transcript;

    @Option(names = "--chapters",
            description = "Also write Podcast Index chapters beside the audio: OUT's name with .chapters.json.")
    boolean chapters;

    @Option(names = "--loudness", paramLabel = "LUFS", defaultValue = "-16",
            description = "Integrated loudness to normalize to (default: ${DEFAULT-VALUE} LUFS, the podcast norm).")
    double loudness;

    @Option(names = "--bitrate", paramLabel = "KBPS", defaultValue = "64",
            description = "MP3 constant bit rate (default: ${DEFAULT-VALUE} kbps).")
    int kbps;

    @Option(names = "--sample-rate", paramLabel = "HZ", defaultValue = "32000",
            description = "Output sample rate: 32000, 44100 or 48000 (default: ${DEFAULT-VALUE} Hz).")
    int sampleRate;

    @Option(names = "--no-cache",
            description = "Synthesize every sentence, without the sentence cache in $XDG_CACHE_HOME/voxpress.")
    boolean noCache;

    @Option(names = "--public-only",
            description = "Refuse URLs on loopback or private addresses (for URLs that someone else supplies).")
    boolean publicOnly;

    @Option(names = "--dry-run",
            description = "Print the characters that would be sent to the voice's engine, and their estimated cost "
                    + "(price-per-million-chars in the profile), without calling the engine or writing audio.")
    boolean dryRun;

    @Mixin
    CharacterBudget budget;

    @Override
    public Integer call() {
        SourceLoader loader = publicOnly ? new SourceLoader().publicAddressesOnly() : new SourceLoader();
        SentenceCache cache = noCache ? null
                : new SentenceCache(SentenceCache.userDir(System.getenv()), SentenceCache.DEFAULT_MAX_BYTES);
        Narrator narrator = new Narrator(loader, new ArticleCleaner(), Log::info, Log::warning).withCache(cache);
        MasterSettings settings = MasterSettings.DEFAULTS.withTargetLufs(loudness).withKbps(kbps)
                .withSampleRate(sampleRate);
        Set<Sidecar> sidecars = EnumSet.noneOf(Sidecar.class);
        if (transcript) sidecars.addAll(List.of(Sidecar.VTT, Sidecar.SRT));
        if (chapters) sidecars.add(Sidecar.CHAPTERS_JSON);
        LanguageVoices voices = voices(profile(voice, maryUrls), voiceFor);
        int n = threads != null ? threads : Speaker.defaultThreads();
        if (n < 1) throw new IllegalArgumentException("--threads must be at least 1");
        if (dryRun) {
            Article article = narrator.clean(source);
            VoiceProfile profile = Narrator.voiceFor(article, voices);
            Script script = narrator.script(article, profile);
            long characters = script.segments().stream().mapToLong(segment -> segment.text().length()).sum();
            System.out.println(Costs.dryRun(profile, characters, script.segments().size(), budget.maxChars));
            return 0;
        }
        Costs.start(budget.maxChars);
        Narrator.Narration result = null;
        try {
            result = narrator.narrate(source, output, voices, n, settings, sidecars);
        } finally {
            Costs.report(result != null);
        }
        if (cache != null) Log.info(cacheLine(cache.hits(), cache.misses()));
        System.out.printf(Locale.ROOT, "%s\tduration %s\ttook %.1f s%n", result.file().path(),
                Durations.clock(result.file().seconds()), result.elapsed().toMillis() / 1000.0);
        for (Path file : result.sidecars()) System.out.println(file);
        return 0;
    }

    /** What a sentence cache saved, for the log. */
    static String cacheLine(int reused, int synthesized) {
        return "sentence cache: " + reused + " reused, " + synthesized + " synthesized";
    }

    /** The default voice and the voices named for languages ({@code --voice-for pt=NAME}). */
    static LanguageVoices voices(VoiceProfile fallback, Map<String, String> voiceFor) {
        Map<String, VoiceProfile> byLanguage = new HashMap<>();
        if (voiceFor != null) voiceFor.forEach((language, name) -> byLanguage.put(language, Voices.profile(name)));
        return new LanguageVoices(fallback, byLanguage);
    }

    /** The named voice (or the default), pointed at {@code maryUrls} when given. */
    static VoiceProfile profile(String voice, List<String> maryUrls) {
        if (maryUrls == null || maryUrls.isEmpty()) return Voices.profile(voice != null ? voice : Voices.DEFAULT);
        VoiceProfile profile = Voices.profile(voice != null ? voice : MARY_SERVER_VOICE);
        if (!profile.engine().equals(MaryHttpEngine.ENGINE)) {
            throw new IllegalArgumentException("--mary-url needs a " + MaryHttpEngine.ENGINE + " voice; "
                    + profile.name() + " uses " + profile.engine());
        }
        return profile.withServers(maryUrls.stream().map(VoiceProfile::serverUri).toList());
    }
}
