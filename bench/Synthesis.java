import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.DoubleAdder;

import dev.voxpress.Narrator;
import dev.voxpress.script.Segment;
import dev.voxpress.script.ScriptWriter;
import dev.voxpress.speak.Engine;
import dev.voxpress.speak.Voices;

/**
 * Synthesis throughput of one voice: THREADS engine instances on THREADS threads, each speaking every sentence
 * of the seed's script ROUNDS times, one sentence per call as narrate does. Reports seconds of audio produced per
 * wall second, after a warm-up sentence per engine (engine start-up is reported apart). With THREADS > 1 this is
 * the parallel throughput a multi-threaded narrator could reach, whatever the narrator does today.
 * Run: java -cp target/voxpress.jar bench/Synthesis.java VOICE [THREADS (default 1)] [ROUNDS (default 1)]
 */
public class Synthesis {
    public static void main(String[] args) throws Exception {
        String voice = args.length > 0 ? args[0] : "kevin16";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<String> sentences = new ScriptWriter().write(new Narrator().clean("seeds/000_2cb86b97d415e656.txt"))
                .segments().stream().map(Segment::text).toList();

        long t0 = System.nanoTime();
        List<Engine> engines = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Engine engine = Voices.open(voice);
            engine.synthesize(sentences.get(0));
            engines.add(engine);
        }
        double startup = (System.nanoTime() - t0) / 1e9;

        DoubleAdder audio = new DoubleAdder();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (Engine engine : engines) {
            Thread worker = new Thread(() -> {
                for (int r = 0; r < rounds; r++) {
                    for (String sentence : sentences) audio.add(engine.synthesize(sentence).seconds());
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) worker.join();
        double wall = (System.nanoTime() - start) / 1e9;
        engines.forEach(Engine::close);
        System.out.printf(Locale.ROOT, "%s, %d thread(s): %.1f s of audio in %.1f s wall = %.1f s of audio per wall second"
                        + " (%d sentences x %d rounds per thread; engines opened and warmed in %.1f s)%n",
                voice, threads, audio.sum(), wall, audio.sum() / wall, sentences.size(), rounds, startup);
    }
}
