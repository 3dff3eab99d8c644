package dev.voxpress.speak;

import java.util.Objects;

/**
 * A voice that voxpress can speak with.
 *
 * @param name        the name used on the command line ({@code --voice NAME})
 * @param engine      the engine that provides it: {@code marytts}, {@code marytts-server} or {@code freetts}
 * @param engineVoice the engine's own name for the voice
 * @param description a short description for {@code voxpress voices}
 */
public record Voice(String name, String engine, String engineVoice, String description) {
    public Voice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(engineVoice, "engineVoice");
    }
}
