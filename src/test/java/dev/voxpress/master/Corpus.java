package dev.voxpress.master;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.voxpress.Narrator;
import dev.voxpress.clean.Article;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.Pcm;
import dev.voxpress.speak.Speaker;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

/**
 * Articles and episodes for the mastering benches and the ffmpeg agreement test: the seed, a few short articles
 * of different kinds (news, numbers and lists, dialogue, technical, exclamations), spoken by the voices this
 * machine has, and synthetic speech-like episodes.
 */
final class Corpus {
    private Corpus() {
    }

    static final String SEED = "seeds/000_2cb86b97d415e656.txt";

    /** Short articles, each a title line, a blank line and paragraphs. */
    static final List<String> TEXTS = List.of(
            "How the Harbour Bridge Was Built\n\n"
                    + "In 1923 work began on a steel arch that would carry trains, trams and cars across the harbour. "
                    + "Six million rivets held it together. The two halves of the arch met in August 1930, "
                    + "and the bridge opened eighteen months later.\n\n"
                    + "Sixteen workers died during construction. Today it carries about 160,000 vehicles a day.",
            "Ten Numbers From the Budget\n\n"
                    + "The deficit is 4.2 percent of output, down from 5.1 percent. Spending on health rises by "
                    + "3.7 billion. Defence gets 2 percent, as promised. Fuel duty is frozen for a twelfth year.\n\n"
                    + "First, pensions rise by 8.5 percent. Second, the tax-free allowance stays at 12,570 pounds. "
                    + "Third, stamp duty changes in April. Fourth, 250 million goes to potholes.",
            "A Conversation at the Station\n\n"
                    + "\"Is this the train to Leeds?\" she asked. \"No,\" said the guard, \"that one left at ten past. "
                    + "The next is at four.\" She sighed. \"Four? Really?\" \"Really. Sorry!\"\n\n"
                    + "Why do trains always leave just before you arrive? Nobody knows. But everybody has a story.",
            "Understanding Garbage Collection\n\n"
                    + "A tracing collector starts from the roots: the stack, registers and static fields. "
                    + "It marks every object it can reach, then sweeps or compacts the rest. "
                    + "Generational collectors exploit the weak generational hypothesis: most objects die young.\n\n"
                    + "The JVM's G1 collector divides the heap into regions of one to thirty-two megabytes.",
            "Storm Warning for the Coast\n\n"
                    + "Wow! Winds of up to ninety miles an hour are expected tonight. Stay indoors! "
                    + "Schools will close tomorrow, ferries are cancelled, and the coastal road is shut.\n\n"
                    + "Power cuts are likely. Check on your neighbours, especially the elderly. "
                    + "The warning lasts until Sunday evening.");

    record Part(Segment segment, Pcm pcm) {
    }

    record Episode(String name, List<Part> parts) {
    }

    /** The voices to narrate with: those of the list that this machine has. */
    static List<String> voices() {
        List<String> out = new ArrayList<>();
        for (String v : List.of("kevin16", "cmu-slt-hsmm", "slt-podcast")) {
            if (Voices.find(v).isPresent()) out.add(v);
        }
        return out;
    }

    /** The article files: the seed, then {@link #TEXTS} written under {@code dir}. */
    static List<Path> articles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(Path.of(SEED));
        for (int i = 0; i < TEXTS.size(); i++) {
            Path p = dir.resolve("article-" + i + ".txt");
            Files.writeString(p, TEXTS.get(i));
            out.add(p);
        }
        return out;
    }

    /** An article's sentences as one voice speaks them. */
    static Episode speak(Path article, String voice) throws IOException {
        Narrator narrator = new Narrator();
        Article a = narrator.clean(article.toString());
        VoiceProfile profile = Voices.profile(voice);
        List<Part> parts = new ArrayList<>();
        try (Speaker speaker = new Speaker(profile, 1, w -> { })) {
            speaker.speak(narrator.script(a, profile).segments(), (s, pcm) -> parts.add(new Part(s, pcm)));
        }
        return new Episode(voice + ":" + article.getFileName(), parts);
    }

    /** Synthetic speech-like episodes: babble, plosive onsets, sibilants, high and low voices, level jumps. */
    static List<Episode> synthetic(int count) {
        List<Episode> out = new ArrayList<>();
        int[] rates = {16000, 22050, 48000, 44100};
        for (int e = 0; e < count; e++) {
            Random random = new Random(1000 + e);
            List<Part> parts = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                int rate = rates[(e + s) % rates.length];
                double seconds = 0.8 + 2.5 * random.nextDouble();
                double amplitude = Math.pow(10, -random.nextDouble() * 1.5) * 0.9;
                float[] x = switch ((e + s) % 4) {
                    case 0 -> Signals.babble(rate, seconds, amplitude, random.nextLong());
                    case 1 -> vowels(rate, seconds, amplitude, 90 + 160 * random.nextDouble(), random.nextLong());
                    case 2 -> plosives(rate, seconds, amplitude, random.nextLong());
                    default -> Signals.concat(vowels(rate, seconds / 2, amplitude, 120 + 100 * random.nextDouble(),
                            random.nextLong()), plosives(rate, seconds / 2, amplitude, random.nextLong()));
                };
                parts.add(new Part(new Segment("Sentence " + s + ".", "Sentence " + s + ".", Segment.Role.BODY, s, 300 + random.nextInt(500)),
                        new Pcm(rate, x)));
            }
            out.add(new Episode("synthetic-" + e, parts));
        }
        return out;
    }

    /** Voiced syllables: a glottal pulse train (rich in harmonics, peaky) through two formant resonators. */
    static float[] vowels(int rate, double seconds, double amplitude, double pitch, long seed) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(rate * seconds)];
        double phase = 0;
        double[] f1 = resonator(rate, 500 + 400 * random.nextDouble(), 80);
        double[] f2 = resonator(rate, 1200 + 1200 * random.nextDouble(), 120);
        double a1 = 0, a2 = 0, b1 = 0, b2 = 0;
        double syllable = 3 + 3 * random.nextDouble();
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) rate;
            double f0 = pitch * (1 + 0.15 * Math.sin(2 * Math.PI * 0.7 * t));
            phase += f0 / rate;
            double pulse = 0;
            if (phase >= 1) {
                phase -= 1;
                pulse = 1;
            }
            double y1 = f1[0] * pulse + f1[1] * a1 + f1[2] * a2;
            a2 = a1;
            a1 = y1;
            double y2 = f2[0] * pulse + f2[1] * b1 + f2[2] * b2;
            b2 = b1;
            b1 = y2;
            double env = Math.pow(Math.max(0, Math.sin(Math.PI * syllable * t)), 0.5);
            out[i] = (float) (amplitude * env * (y1 + 0.5 * y2));
        }
        normalizePeak(out, amplitude);
        return out;
    }

    /** Plosives and fricatives: sharp broadband bursts with fast decay, and hissy high-passed noise. */
    static float[] plosives(int rate, double seconds, double amplitude, long seed) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(rate * seconds)];
        int i = 0;
        double prev = 0;
        while (i < out.length) {
            int gap = (int) (rate * (0.05 + 0.15 * random.nextDouble()));
            i += gap;
            int len = (int) (rate * (0.02 + 0.12 * random.nextDouble()));
            boolean hiss = random.nextBoolean();
            double level = 0.3 + 0.7 * random.nextDouble();
            for (int k = 0; k < len && i < out.length; k++, i++) {
                double n = random.nextGaussian();
                double v = hiss ? n - prev : n;
                prev = n;
                double env = hiss ? Math.sin(Math.PI * k / len) : Math.exp(-k / (rate * 0.01));
                out[i] = (float) (level * env * v);
            }
        }
        normalizePeak(out, amplitude);
        return out;
    }

    private static double[] resonator(int rate, double freq, double bandwidth) {
        double r = Math.exp(-Math.PI * bandwidth / rate);
        double c = 2 * r * Math.cos(2 * Math.PI * freq / rate);
        return new double[] {1 - r, c, -r * r};
    }

    private static void normalizePeak(float[] x, double peak) {
        float max = 0;
        for (float v : x) max = Math.max(max, Math.abs(v));
        if (max == 0) return;
        float k = (float) (peak / max);
        for (int i = 0; i < x.length; i++) x[i] *= k;
    }

    /** Masters an episode into {@code target}. */
    static MasteredAudio master(Episode episode, Path target, MasterSettings settings) throws IOException {
        EpisodeMetadata metadata = new EpisodeMetadata(episode.name(), "voxpress", "bench", "2026-01-01T00:00:00Z",
                "https://example.org/" + episode.name(), "en", null, java.util.Map.of());
        try (Master master = new Master(target, metadata, settings)) {
            for (Part p : episode.parts()) master.add(p.segment(), p.pcm());
            return master.finish();
        }
    }
}
