package dev.voxpress;

/**
 * A failure that a user can act on: bad input, an unreachable page, an engine that cannot start.
 * The message is one line that names the input and the reason; the CLI prints it without a stack trace.
 */
public class VoxpressException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VoxpressException(String message) {
        super(message);
    }

    public VoxpressException(String message, Throwable cause) {
        super(message, cause);
    }
}
