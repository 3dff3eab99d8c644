package dev.voxpress.publish;

import dev.voxpress.VoxpressException;

/**
 * The feed folder is locked by another publish run (in this process or another): nothing was done, and the same
 * request may succeed later.
 */
public final class FeedBusyException extends VoxpressException {
    private static final long serialVersionUID = 1L;

    FeedBusyException(String message) {
        super(message);
    }
}
