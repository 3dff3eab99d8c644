package dev.voxpress.master;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * What MP3 encoding does to the true peak and the loudness, measured over many episodes: the seed and
 * {@link Corpus#TEXTS} spoken by every voice this machine has (FreeTTS kevin16, MaryTTS cmu-slt-hsmm and
 * slt-podcast), and synthetic speech-like episodes; at the default settings (64 kbps, 32 kHz) and at 44.1 kHz,
 * and at 48 and 128 kbps (44.1 kHz) and 48 kHz for some. Each is mastered as usual (one encode), then the MP3 is measured decoded, by JLayer and our meter and
 * by ffmpeg's ebur128, and compared with the audio that went into the encoder ({@link MasteredAudio#output()}).
 * The figures choose {@link Master#MP3_TRUE_PEAK_MARGIN_DB} and {@link Master#MP3_LOUDNESS_SHIFT_LU}
 * (docs/mastering.md). Not part of the test suite; run it with
 * {@code mvn -B -q test -Dtest=Mp3MarginBench -Dsurefire.failIfNoSpecifiedTests=false}; it prints a summary
 * and writes every row to target/mp3-margin.tsv.
 */
class Mp3MarginBench {
    record Row(String episode, String settings, double lPre, double tpPre, double lJ, double tpJ, double lF,
               double tpF, boolean limited) {
        double overJ() { return tpJ - tpPre; }
        double overF() { return tpF - tpPre; }
        double shiftJ() { return lJ - lPre; }
        double shiftF() { return lF - lPre; }
    }

    @Test
    void overshootAndLoudnessShift() throws Exception {
        boolean ffmpeg = Signals.has("ffmpeg");
        Path dir = Files.createTempDirectory("voxpress-margin");
        List<Row> rows = new ArrayList<>();
        List<Corpus.Episode> episodes = new ArrayList<>();
        for (String voice : Corpus.voices()) {
            for (Path article : Corpus.articles(dir)) episodes.add(Corpus.speak(article, voice));
        }
        int spoken = episodes.size();
        episodes.addAll(Corpus.synthetic(Integer.getInteger("synthetic", 16)));
        for (int i = 0; i < episodes.size(); i++) {
            Corpus.Episode e = episodes.get(i);
            MasterSettings at44 = MasterSettings.DEFAULTS.withSampleRate(44100);
            measure(rows, e, dir, "64k/32", MasterSettings.DEFAULTS, ffmpeg);
            measure(rows, e, dir, "64k/44.1", at44, ffmpeg);
            if (i % 3 == 0 || i >= spoken) {
                measure(rows, e, dir, "48k/44.1", at44.withKbps(48), ffmpeg);
                measure(rows, e, dir, "128k/44.1", at44.withKbps(128), ffmpeg);
                measure(rows, e, dir, "64k/48", MasterSettings.DEFAULTS.withSampleRate(48000), ffmpeg);
            }
        }
        Files.createDirectories(Path.of("target"));
        try (PrintStream tsv = new PrintStream(Files.newOutputStream(Path.of("target/mp3-margin.tsv")))) {
            tsv.println("episode\tsettings\tlimited\tL_pre\tTP_pre\tL_jlayer\tTP_jlayer\tL_ffmpeg\tTP_ffmpeg");
            for (Row r : rows) {
                tsv.printf(Locale.ROOT, "%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f%n", r.episode(), r.settings(),
                        r.limited(), r.lPre(), r.tpPre(), r.lJ(), r.tpJ(), r.lF(), r.tpF());
            }
        }
        System.out.printf(Locale.ROOT, "MARGIN %d episodes (%d spoken), %d encodes; margin %.2f dB, shift %.2f LU%n",
                episodes.size(), spoken, rows.size(), Master.MP3_TRUE_PEAK_MARGIN_DB, Master.MP3_LOUDNESS_SHIFT_LU);
        for (String s : List.of("64k/32", "64k/44.1", "48k/44.1", "128k/44.1", "64k/48")) {
            List<Row> set = rows.stream().filter(r -> r.settings().equals(s)).toList();
            List<Row> limited = set.stream().filter(Row::limited).toList();
            summary(s + " TP overshoot, JLayer", set, Row::overJ);
            summary(s + " TP overshoot, ffmpeg", set, Row::overF);
            summary(s + " TP overshoot, ffmpeg, limited only", limited, Row::overF);
            summary(s + " loudness shift, JLayer", set, Row::shiftJ);
            summary(s + " loudness shift, ffmpeg", set, Row::shiftF);
            summary(s + " ffmpeg TP", set, Row::tpF);
            summary(s + " ffmpeg I", set, Row::lF);
        }
    }

    private static void measure(List<Row> rows, Corpus.Episode e, Path dir, String name, MasterSettings settings,
                                boolean ffmpeg) throws IOException, InterruptedException {
        Path mp3 = dir.resolve("episode.mp3");
        MasteredAudio a;
        try {
            a = Corpus.master(e, mp3, settings);
        } catch (IOException x) { // jump3r writes no Info frame at the lowest bit rates
            System.out.println("MARGIN " + e.name() + " " + name + ": " + x.getMessage());
            return;
        }
        Loudness j = Mp3Check.measure(mp3);
        double[] f = ffmpeg ? Signals.ffmpegLoudness(mp3) : new double[] {Double.NaN, Double.NaN};
        double pre = a.output().integratedLufs() - Master.MP3_LOUDNESS_SHIFT_LU; // what went into the encoder
        rows.add(new Row(e.name(), name, pre, a.output().truePeakDbtp(), j.integratedLufs(), j.truePeakDbtp(), f[0],
                f[1], a.limited()));
    }

    private static void summary(String what, List<Row> rows, ToDoubleFunction<Row> f) {
        double[] x = rows.stream().mapToDouble(f).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) return;
        double mean = Arrays.stream(x).average().orElse(Double.NaN);
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, x.length - 1));
        System.out.printf(Locale.ROOT, "MARGIN %-42s n=%3d mean %+.3f sd %.3f min %+.3f p50 %+.3f p95 %+.3f max %+.3f%n",
                what, x.length, mean, sd, x[0], x[x.length / 2], x[(int) Math.ceil(0.95 * x.length) - 1],
                x[x.length - 1]);
    }
}
