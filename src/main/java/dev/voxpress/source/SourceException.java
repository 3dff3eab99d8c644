package dev.voxpress.source;

import dev.voxpress.VoxpressException;

/** A source that cannot be read: missing, unreachable, too large, or not text. */
public class SourceException extends VoxpressException {
    private static final long serialVersionUID = 1L;

    public SourceException(String source, String reason) {
        super(source + ": " + reason);
    }

    public SourceException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
    }
}
