package dev.voxpress.master;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * CPU time of mastering the seed (the engine's sentences already synthesized and held in memory): Master.add for
 * every sentence, then finish, to MP3 at the defaults; the CPU time of the mastering thread (ThreadMXBean), and
 * the MP3 encodes per episode. Not part of the test suite (not named *Test); run it with
 * {@code mvn -B -q test -Dtest=MasterCpuBench -Dsurefire.failIfNoSpecifiedTests=false}; prints to stdout.
 */
class MasterCpuBench {
    private static final int ROUNDS = 5;

    @Test
    void masterTheSeed() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("voxpress-cpu");
        try {
            for (String voice : Corpus.voices()) {
                Corpus.Episode episode = Corpus.speak(Path.of(Corpus.SEED), voice);
                double[] ms = new double[ROUNDS];
                long encodes = 0;
                double seconds = 0;
                for (int round = -1; round < ROUNDS; round++) { // round -1 warms the JIT
                    long streams = Mp3Encoder.STREAMS.get();
                    long t0 = mx.getCurrentThreadCpuTime();
                    MasteredAudio a = Corpus.master(episode, dir.resolve("seed.mp3"), MasterSettings.DEFAULTS);
                    long cpu = mx.getCurrentThreadCpuTime() - t0;
                    if (round < 0) continue;
                    ms[round] = cpu / 1e6;
                    encodes += Mp3Encoder.STREAMS.get() - streams;
                    seconds = a.file().seconds();
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "CPU %-14s %.1f s of audio: mastering CPU median %.0f ms (min %.0f,"
                                + " max %.0f) over %d rounds; %.2f MP3 encodes per episode%n",
                        voice, seconds, ms[ROUNDS / 2], ms[0], ms[ROUNDS - 1], ROUNDS, encodes / (double) ROUNDS);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }
}
