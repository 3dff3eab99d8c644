package dev.voxpress.script;

import java.util.List;
import java.util.Objects;

/**
 * What the engine will say, sentence by sentence, in order.
 *
 * @param title    the article's title, for file names and tags
 * @param segments the sentences with their pauses
 */
public record Script(String title, List<Segment> segments) {
    public Script {
        Objects.requireNonNull(title, "title");
        segments = List.copyOf(segments);
    }
}
