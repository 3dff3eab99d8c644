package dev.voxpress.clean;

import java.util.Objects;

/**
 * One unit of an article's body, in reading order.
 *
 * @param type what the block is, which decides how it is read (pauses around headings, for example)
 * @param text the block's text, whitespace collapsed
 */
public record Block(Type type, String text) {
    /** The kinds of body block a listener hears. */
    public enum Type { HEADING, PARAGRAPH, QUOTE, LIST_ITEM }

    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
