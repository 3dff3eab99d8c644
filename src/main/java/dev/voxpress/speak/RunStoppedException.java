package dev.voxpress.speak;

/**
 * A failure after which no further sentence or article should be tried in this run: a hosted service refused the
 * API key (HTTP 401 or 403), or the run's character budget would be exceeded. Publishing stops at once, keeping the
 * episodes already made.
 */
public class RunStoppedException extends EngineUnavailableException {
    private static final long serialVersionUID = 1L;

    public RunStoppedException(String message) {
        super(message);
    }
}
