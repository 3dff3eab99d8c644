import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Stream;

import dev.voxpress.Narrator;
import dev.voxpress.script.Segment;
import dev.voxpress.speak.Speaker;
import dev.voxpress.speak.VoiceProfile;
import dev.voxpress.speak.Voices;

/**
 * Warm synthesis throughput of one voice through the parallel synthesizer that narrate uses ({@link Speaker}):
 * the seed's script spoken ROUNDS times on THREADS threads, after one untimed round that opens and warms the
 * engines. Reports seconds of audio per wall second, and the process's CPU time over the timed rounds (all threads,
 * MaryTTS's own included: on a busy machine the steadier figure).
 * Run: java -cp target/voxpress.jar bench/Synthesis.java VOICE [THREADS (default 1)] [ROUNDS (default 1)] [MARY_URL]
 * With -Dvoxpress.mary.vocoderThread=true, embedded MaryTTS takes its own way to audio (its vocoder thread), as
 * before docs/speed.md.
 */
public class Synthesis {
    public static void main(String[] args) throws Exception {
        String voice = args.length > 0 ? args[0] : "kevin16";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        VoiceProfile profile = Voices.profile(voice);
        if (args.length > 3) profile = profile.withServers(Stream.of(args[3].split(",")).map(VoiceProfile::serverUri).toList());
        Narrator narrator = new Narrator();
        List<Segment> script = narrator.script(narrator.clean("seeds/000_2cb86b97d415e656.txt"), profile).segments();

        DoubleAdder audio = new DoubleAdder();
        try (Speaker speaker = new Speaker(profile, threads, warning -> { })) {
            speaker.speak(script, (segment, pcm) -> { });
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) speaker.speak(script, (segment, pcm) -> audio.add(pcm.seconds()));
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%s, %d thread(s): %.1f s of audio in %.1f s wall = %.1f s of audio per wall"
                    + " second; %.1f s CPU = %.1f s of audio per CPU second (%d sentences x %d rounds, warm)%n", voice,
                    threads, audio.sum(), wall, audio.sum() / wall, cpu, audio.sum() / cpu, script.size(), rounds);
        }
    }
}
