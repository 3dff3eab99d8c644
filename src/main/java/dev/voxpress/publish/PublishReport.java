package dev.voxpress.publish;

import java.time.Duration;
import java.util.List;

/**
 * What a {@code publish} run did.
 *
 * @param added        episodes narrated for the first time
 * @param updated      episodes re-narrated because the article or the voice changed
 * @param unchanged    articles already published as they are
 * @param dropped      episodes removed by the episode limit
 * @param failures     one line per article that could not be published
 * @param audioSeconds total duration of the feed's episodes
 * @param episodes     episodes in the feed after the run
 * @param elapsed      wall time of the run
 */
public record PublishReport(int added, int updated, int unchanged, int dropped, List<String> failures,
                            double audioSeconds, int episodes, Duration elapsed) {
    public PublishReport {
        failures = List.copyOf(failures);
    }

    /** Whether every article was published. */
    public boolean ok() {
        return failures.isEmpty();
    }
}
