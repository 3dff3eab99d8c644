package dev.voxpress.script;

import java.util.Objects;

/**
 * One sentence to send to the engine, as said and as written, with the silence that follows it.
 *
 * @param text        exactly the words the engine is asked to say
 * @param written     the article's own words that {@code text} says, whitespace tidied: what transcripts show. Empty
 *                    when {@code text} continues the previous segment's written words (a sentence too long to say in one
 *                    piece whose written words cannot be cut to match)
 * @param role        where the sentence comes from in the article
 * @param block       index of the article block it belongs to, or -1 for the title, standfirst and byline
 * @param pauseMillis silence after the sentence, in milliseconds
 */
public record Segment(String text, String written, Role role, int block, int pauseMillis) {
    /** Where a sentence sits in the article. */
    public enum Role { TITLE, STANDFIRST, BYLINE, INTRO, HEADING, BODY, OUTRO }

    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(role, "role");
        if (pauseMillis < 0) throw new IllegalArgumentException("pauseMillis must not be negative");
    }
}
