package dev.voxpress.publish;

/** Hears about a publish run's progress: the CLI shows a progress bar or log lines from it. */
public interface PublishListener {
    /** The run has found {@code total} articles to consider. */
    default void started(int total) {
    }

    /** Article {@code index} (from 0) is being narrated. */
    default void narrating(int index, String title) {
    }

    /**
     * Article {@code index} is done.
     *
     * @param status       {@code new}, {@code updated}, {@code unchanged} or {@code failed}
     * @param detail       the title, or the failure's message
     * @param audioSeconds seconds of audio narrated for it (0 when none)
     */
    default void finished(int index, String status, String detail, double audioSeconds) {
    }

    /** The run is about to enter {@code phase}: a point at which it changes the feed folder. */
    default void reached(PublishPhase phase) {
    }

    /** The run narrated something with a sentence cache, which had {@code reused} sentences and lacked {@code synthesized}. */
    default void cached(int reused, int synthesized) {
    }

    /** Something was left out but the run goes on, such as a sentence the engine could not say. */
    default void warning(String message) {
    }
}
