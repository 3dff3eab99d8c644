package dev.voxpress.speak;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An engine that answers from a {@link SentenceCache} when it can and asks another engine otherwise, storing what
 * that one says. The other engine is opened on the first miss, not before: a narration whose sentences are all
 * cached never starts it (MaryTTS takes seconds to start; a server may be down).
 *
 * <p>Like most engines, it serves one thread at a time. It does not own the engine it opens: whoever supplies it
 * closes it.
 */
public final class CachingEngine implements Engine {
    private final Supplier<Engine> opener;
    private final VoiceProfile profile;
    private final SentenceCache cache;
    private Engine engine;

    /**
     * @param opener  opens (or hands out) the engine that synthesizes misses, on the first one
     * @param profile the voice settings that engine is opened with, part of each key
     * @param cache   the store
     */
    public CachingEngine(Supplier<Engine> opener, VoiceProfile profile, SentenceCache cache) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Voice voice() {
        return profile.voice();
    }

    /**
     * The cached audio, or the engine's, which is then stored.
     *
     * @throws EngineUnavailableException when the engine cannot start, with its message: no miss can be said then
     * @throws EngineException            when the engine cannot say this sentence
     */
    @Override
    public Pcm synthesize(String text) {
        String key = SentenceCache.key(profile, text);
        Pcm cached = cache.get(key);
        if (cached != null) return cached;
        Pcm audio = engine().synthesize(text);
        cache.put(key, audio);
        return audio;
    }

    private Engine engine() {
        if (engine == null) {
            try {
                engine = opener.get();
            } catch (EngineUnavailableException e) {
                throw e;
            } catch (EngineException e) {
                // An engine that cannot start ends the run, as it did when engines were opened before speaking.
                throw new EngineUnavailableException(e.getMessage(), e);
            }
        }
        return engine;
    }

    /** Does nothing: the engine belongs to whoever supplied it. */
    @Override
    public void close() {
        // See the class comment.
    }
}
