package dev.voxpress.speak;

/** An engine that cannot be reached at all, such as a MaryTTS server that is down: no sentence can be said. */
public class EngineUnavailableException extends EngineException {
    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
