package dev.voxpress.speak;

import dev.voxpress.VoxpressException;

/** An engine that cannot start or cannot speak a text. */
public class EngineException extends VoxpressException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
