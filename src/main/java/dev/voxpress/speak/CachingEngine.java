package dev.voxpress.speak;

import java.util.Objects;

/**
 * An engine that answers from a {@link SentenceCache} when it can and asks the engine it wraps otherwise, storing
 * what that one says. Closing it closes the wrapped engine, not the cache.
 */
public final class CachingEngine implements Engine {
    private final Engine engine;
    private final VoiceProfile profile;
    private final SentenceCache cache;

    /**
     * @param engine  the engine that synthesizes misses
     * @param profile the voice settings {@code engine} was opened with, part of each key
     * @param cache   the store
     */
    public CachingEngine(Engine engine, VoiceProfile profile, SentenceCache cache) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Voice voice() {
        return engine.voice();
    }

    @Override
    public Pcm synthesize(String text) {
        String key = SentenceCache.key(profile, text);
        Pcm cached = cache.get(key);
        if (cached != null) return cached;
        Pcm audio = engine.synthesize(text);
        cache.put(key, audio);
        return audio;
    }

    @Override
    public boolean threadSafe() {
        return engine.threadSafe();
    }

    @Override
    public void close() {
        engine.close();
    }
}
