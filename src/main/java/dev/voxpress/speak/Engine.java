package dev.voxpress.speak;

/**
 * A speech synthesizer with one voice: text in, mono PCM out. Implementations may be slow to open (they load
 * voice data), so open one per run and reuse it; {@link #synthesize} may be called from one thread at a time
 * unless {@link #threadSafe()} says otherwise.
 */
public interface Engine extends AutoCloseable {
    /** The voice this engine speaks with. */
    Voice voice();

    /**
     * Speaks one sentence.
     *
     * @param text plain text, already normalized
     * @return the audio, never null; empty when the engine had nothing to say
     * @throws EngineException when the engine fails
     */
    Pcm synthesize(String text);

    /** Whether {@link #synthesize} may be called from several threads at once on this one instance. */
    default boolean threadSafe() {
        return false;
    }

    @Override
    void close();
}
