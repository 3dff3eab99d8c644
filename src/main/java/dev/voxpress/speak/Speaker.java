package dev.voxpress.speak;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.voxpress.script.Segment;

/**
 * Speaks a script's sentences with one voice on several threads and hands the audio over in script order. The title,
 * intro and outro go to the profiles that {@code title-voice=} and {@code intro-voice=} name, when the voice's profile
 * names some ({@link VoiceProfile#voiceFor}); each sentence keeps its engine's sample rate, which the master resamples.
 *
 * <p>Engines that are not thread-safe get one instance per thread, opened on first use and reused; a
 * {@link Engine#threadSafe() thread-safe} one is shared. At most two sentences per thread are in flight, so
 * memory stays bounded whatever the article's length.
 *
 * <p>A sentence the engine cannot say is skipped with a warning naming it; the narration goes on. An engine that
 * cannot be reached at all ({@link EngineUnavailableException}) ends it.
 */
public final class Speaker implements AutoCloseable {
    /** Receives each sentence's audio, or what was made of it, in order, on the thread that called {@link #speak}. */
    @FunctionalInterface
    public interface Listener<T> {
        void spoken(Segment segment, T audio) throws IOException;
    }

    private final VoiceProfile profile;
    private final int threads;
    private final Consumer<String> warnings;
    private final ExecutorService pool;
    private static final Object OPENING = new Object();
    private final List<Engine> engines = Collections.synchronizedList(new ArrayList<>());
    private final SentenceCache cache;
    private final Engines body;
    private final Map<Segment.Role, Engines> byRole = new EnumMap<>(Segment.Role.class);

    /**
     * @param profile  the voice
     * @param threads  how many sentences to synthesize at once, at least 1
     * @param warnings told of each sentence skipped
     * @throws EngineException when the voice's engine cannot start
     */
    public Speaker(VoiceProfile profile, int threads, Consumer<String> warnings) {
        this(profile, threads, warnings, null);
    }

    /**
     * A speaker that takes sentences from {@code cache} when it has them and stores those it synthesizes. With a
     * cache, engines open on the first sentence it lacks, and {@link #speak} throws what the constructor would.
     *
     * @param cache the sentence cache, or null for none
     * @see #Speaker(VoiceProfile, int, Consumer)
     */
    public Speaker(VoiceProfile profile, int threads, Consumer<String> warnings, SentenceCache cache) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.cache = cache;
        this.threads = threads;
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.body = new Engines(profile);
        Map<String, Engines> others = new HashMap<>();
        try {
            for (Segment.Role role : Segment.Role.values()) {
                String other = profile.voiceFor(role);
                if (other != null) byRole.put(role, others.computeIfAbsent(other, name -> new Engines(Voices.profile(name))));
            }
        } catch (RuntimeException e) {
            engines.forEach(Engine::close);
            throw e;
        }
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "voxpress-speaker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The number of CPU cores: the default number of threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The voice spoken with. */
    public VoiceProfile profile() {
        return profile;
    }

    /** How many sentences are synthesized at once. */
    public int threads() {
        return threads;
    }

    /**
     * Speaks {@code segments} and hands each one's audio to {@code listener}, in order. Sentences that fail are
     * skipped with a warning.
     *
     * @throws EngineException when the engine becomes unreachable, or (with a cache) cannot start
     * @throws IOException     when the listener throws it
     */
    public void speak(List<Segment> segments, Listener<Pcm> listener) throws IOException {
        speak(segments, Function.identity(), listener);
    }

    /**
     * Speaks {@code segments} as {@link #speak(List, Listener)} does, and hands each one's audio to {@code prepare}
     * on the thread that synthesized it, so that work on the audio (such as resampling) runs beside synthesis;
     * {@code listener} gets what {@code prepare} returns, in order.
     */
    public <T> void speak(List<Segment> segments, Function<Pcm, T> prepare, Listener<T> listener) throws IOException {
        Deque<Future<T>> inFlight = new ArrayDeque<>();
        int next = 0;
        int delivered = 0;
        try {
            while (delivered < segments.size()) {
                while (next < segments.size() && inFlight.size() < 2 * threads) {
                    Segment segment = segments.get(next++);
                    ThreadLocal<Engine> engine = byRole.getOrDefault(segment.role(), body).engine;
                    inFlight.add(pool.submit(() -> prepare.apply(engine.get().synthesize(segment.text()))));
                }
                Segment segment = segments.get(delivered++);
                T audio = await(inFlight.removeFirst(), segment);
                if (audio != null) listener.spoken(segment, audio);
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private <T> T await(Future<T> future, Segment segment) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while speaking");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EngineUnavailableException unavailable) throw unavailable;
            if (cause instanceof EngineException failed) {
                warnings.accept("skipped a sentence the engine could not say: " + failed.getMessage());
                return null;
            }
            if (cause instanceof Error error) throw error;
            throw new EngineException(profile.name() + ": failed on \"" + MaryEngine.abbreviate(segment.text()) + "\": "
                    + cause, cause);
        }
    }

    /**
     * Engines open one at a time in the whole process: opening on the first cache miss lets several speakers' threads
     * (concurrent runs, on-demand jobs) open at the same moment, and FreeTTS's voice loading is not safe for that.
     */
    private Engine open(VoiceProfile voice) {
        Engine opened;
        synchronized (OPENING) {
            opened = Voices.open(voice);
        }
        engines.add(opened);
        return opened;
    }

    /**
     * One profile's engine for each thread: one shared instance when it is thread-safe. Without a cache the first
     * engine opens here, which proves the voice works before anything is spoken; with one, each thread's
     * {@link CachingEngine} asks for an engine on its first miss, so a narration found whole in the cache opens none.
     */
    private final class Engines {
        final ThreadLocal<Engine> engine;
        private final VoiceProfile voice;
        private final AtomicBoolean firstHandedOut = new AtomicBoolean();
        private Engine first;

        Engines(VoiceProfile voice) {
            this.voice = voice;
            if (cache == null) {
                first();
                this.engine = ThreadLocal.withInitial(this::forThread);
            } else {
                // The run's report of characters sent names this voice's engine even when the cache had every sentence.
                if (NeuralSettings.applies(voice)) CharactersSent.opened(voice);
                this.engine = ThreadLocal.withInitial(() -> new CachingEngine(this::forThread, voice, cache));
            }
        }

        private synchronized Engine first() {
            if (first == null) first = open(voice);
            return first;
        }

        /** The first engine opened serves the first thread that asks, and every thread when it is thread-safe. */
        private Engine forThread() {
            Engine shared = first();
            return shared.threadSafe() || firstHandedOut.compareAndSet(false, true) ? shared : open(voice);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (engines) {
            engines.forEach(Engine::close);
        }
    }
}
