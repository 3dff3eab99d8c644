import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.voxpress.Narrator;
import dev.voxpress.clean.Article;
import dev.voxpress.master.Master;
import dev.voxpress.master.MasterSettings;
import dev.voxpress.master.MasteredAudio;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.Pcm;
import dev.voxpress.speak.Speaker;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

/**
 * CPU time of mastering the seed to MP3 at the defaults (resampling, loudness, limiter passes, encode, decode
 * check), the sentences synthesized once beforehand and held in memory: the mastering thread's CPU time per round
 * (ThreadMXBean, steady on a busy machine), after WARM untimed rounds that warm the JIT.
 * Run: java -cp target/voxpress.jar bench/Mastering.java [VOICE (default cmu-slt-hsmm)] [ROUNDS (default 5)] [WARM (default 2)]
 */
public class Mastering {
    public static void main(String[] args) throws Exception {
        VoiceProfile profile = Voices.profile(args.length > 0 ? args[0] : "cmu-slt-hsmm");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warm = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Narrator narrator = new Narrator();
        Article article = narrator.clean("seeds/000_2cb86b97d415e656.txt");
        List<Segment> segments = new ArrayList<>();
        List<Pcm> audio = new ArrayList<>();
        try (Speaker speaker = new Speaker(profile, Speaker.defaultThreads(), warning -> { })) {
            speaker.speak(narrator.script(article, profile).segments(), (segment, pcm) -> {
                segments.add(segment);
                audio.add(pcm);
            });
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Path out = Files.createTempFile("mastering", ".mp3");
        double[] ms = new double[rounds];
        double seconds = 0;
        try {
            for (int r = -warm; r < rounds; r++) {
                long cpu = mx.getCurrentThreadCpuTime();
                try (Master master = new Master(out, Narrator.metadata(article, profile.name(), MasterSettings.DEFAULTS),
                        MasterSettings.DEFAULTS)) {
                    for (int i = 0; i < segments.size(); i++) master.add(segments.get(i), audio.get(i));
                    MasteredAudio mastered = master.finish();
                    seconds = mastered.file().seconds();
                }
                if (r >= 0) ms[r] = (mx.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
        } finally {
            Files.deleteIfExists(out);
        }
        Arrays.sort(ms);
        double median = ms[rounds / 2];
        System.out.printf(Locale.ROOT, "mastering %s: %.1f s of audio, median %.0f ms CPU (min %.0f, max %.0f) = %.0f s"
                + " of audio per CPU second, %d rounds after %d warm-up%n", profile.name(), seconds, median, ms[0],
                ms[rounds - 1], seconds / (median / 1000), rounds, warm);
    }
}
