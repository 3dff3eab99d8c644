package dev.voxpress.clean;

import dev.voxpress.VoxpressException;

/** A page that holds nothing to narrate, or cannot be read as text at all. */
public class CleanException extends VoxpressException {
    private static final long serialVersionUID = 1L;

    public CleanException(String source, String reason) {
        super(source + ": " + reason);
    }
}
