package dev.voxpress.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.Narrator;
import dev.voxpress.speak.Voices;

/** Our BS.1770-4 meter against ffmpeg's ebur128 filter, and narrations of the seed checked end to end. */
class FfmpegAgreementTest {
    private static final String SEED = "seeds/000_2cb86b97d415e656.txt";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsFfmpeg() {
        assumeTrue(Signals.has("ffmpeg") && Signals.has("ffprobe"), "ffmpeg/ffprobe are not installed");
    }

    private static Loudness ours(Signals.Decoded audio) {
        LoudnessMeter meter = new LoudnessMeter(audio.rate());
        meter.accept(audio.samples());
        return meter.result();
    }

    @Test
    void syntheticSignalAgrees() throws Exception {
        // tones, speech-like bursts at several levels, silence, and an inter-sample peak
        float[] signal = Signals.concat(
                Signals.sine(997, 0.25, 44100, 3, 0),
                new float[44100 * 2],
                Signals.babble(44100, 6, 0.6, 11),
                Signals.babble(44100, 5, 0.05, 12),
                Signals.sine(150, 0.5, 44100, 2, 0),
                Signals.sine(11025, 0.7, 44100, 1, Math.PI / 4),
                Signals.sine(6000, 0.1, 44100, 3, 0));
        Path wav = dir.resolve("synthetic.wav");
        try (WavEncoder encoder = new WavEncoder(wav, 44100)) {
            encoder.write(signal, 0, signal.length);
            encoder.finish();
        }
        Loudness mine = ours(Signals.readWav(wav));
        double[] ffmpeg = Signals.ffmpegLoudness(wav);
        assertEquals(ffmpeg[0], mine.integratedLufs(), 0.5, "integrated loudness");
        assertEquals(ffmpeg[1], mine.truePeakDbtp(), 0.5, "true peak");
    }

    @Test
    void seedNarrationAgreesAndIsOnTarget() throws Exception {
        Path wav = dir.resolve("seed.wav");
        new Narrator().narrate(SEED, wav, Voices.DEFAULT);
        Loudness mine = ours(Signals.readWav(wav));
        double[] ffmpeg = Signals.ffmpegLoudness(wav);
        assertEquals(ffmpeg[0], mine.integratedLufs(), 0.5, "integrated loudness");
        assertEquals(ffmpeg[1], mine.truePeakDbtp(), 0.5, "true peak");
        assertEquals(-16.0, ffmpeg[0], 1.0);
        assertTrue(ffmpeg[1] <= -1.0 + 0.05, "true peak " + ffmpeg[1]);
    }

    /**
     * Every article of the corpus (the seed and {@link Corpus#TEXTS}) in every voice this machine has, mastered to
     * MP3 at the defaults: one encode each, and ffmpeg's ebur128 finds each file within 0.3 LU of -16 LUFS with its
     * true peak at or below -1 dBTP.
     */
    @Test
    void everyArticleAndVoiceLandsOnTargetInMp3() throws Exception {
        List<String> voices = Corpus.voices();
        assumeTrue(!voices.isEmpty(), "no voices");
        List<String> failures = new java.util.ArrayList<>();
        StringBuilder report = new StringBuilder();
        int files = 0;
        for (Path article : Corpus.articles(dir)) {
            for (String voice : voices) {
                Path mp3 = dir.resolve(voice + "-" + article.getFileName() + ".mp3");
                long streams = Master.ENCODES.get();
                Narrator.Narration n = new Narrator().narrate(article.toString(), mp3, voice, MasterSettings.DEFAULTS,
                        Set.of());
                long encodes = Master.ENCODES.get() - streams;
                double[] ffmpeg = Signals.ffmpegLoudness(mp3);
                String line = String.format(java.util.Locale.ROOT, "%s %s: %.2f LUFS, %.2f dBTP, %d encode(s)",
                        voice, article.getFileName(), ffmpeg[0], ffmpeg[1], encodes);
                report.append(line).append('\n');
                if (Math.abs(ffmpeg[0] + 16.0) > 0.3 || ffmpeg[1] > -1.0 || encodes != 1
                        || Math.abs(ffmpeg[0] - n.mastered().output().integratedLufs()) > 0.3) {
                    failures.add(line + " (reported " + n.mastered().output() + ")");
                }
                files++;
            }
        }
        System.out.print(report);
        assertTrue(files >= 6, "files: " + files);
        assertTrue(failures.isEmpty(), "off target:\n" + String.join("\n", failures));
    }

    @Test
    void narratedSeedHasTagsChaptersTranscriptAndExactDuration() throws Exception {
        Path mp3 = dir.resolve("seed.mp3");
        Narrator.Narration n = new Narrator().narrate(SEED, mp3, Voices.DEFAULT, MasterSettings.DEFAULTS,
                EnumSet.allOf(Sidecar.class));
        assertEquals(3, n.sidecars().size());
        String json = Signals.run(false, "ffprobe", "-v", "error", "-print_format", "json", "-show_format",
                "-show_chapters", mp3.toString());
        JsonNode probe = new ObjectMapper().readTree(json);
        JsonNode tags = probe.path("format").path("tags");
        assertEquals(n.article().title(), tags.path("title").asText());
        assertTrue(tags.path("artist").asText().length() > 0);
        assertTrue(tags.path("album").asText().length() > 0);
        assertTrue(probe.path("chapters").size() >= 1, "chapters: " + probe.path("chapters"));
        assertEquals(n.article().title(), probe.path("chapters").get(0).path("tags").path("title").asText());
        double reported = n.file().seconds();
        assertEquals(reported, probe.path("format").path("duration").asDouble(), 0.1, "ffprobe duration");
        Path raw = dir.resolve("seed.raw");
        Signals.run("ffmpeg", "-v", "error", "-i", mp3.toString(), "-f", "s16le", "-ac", "1", raw.toString());
        double decoded = java.nio.file.Files.size(raw) / 2.0 / MasterSettings.DEFAULTS.sampleRate();
        assertEquals(reported, decoded, 0.1, "decoded duration");
        List<WebVttParser.ParsedCue> vtt = WebVttParser.parseVtt(
                java.nio.file.Files.readString(dir.resolve("seed.vtt")));
        assertEquals(n.mastered().cues().size(), vtt.size());
        assertEquals(decoded, vtt.get(vtt.size() - 1).end(), 0.2, "last cue ends with the audio");
    }
}
