package dev.voxpress.master;

import java.nio.file.Path;

/**
 * A finished audio file.
 *
 * @param path    where it is
 * @param seconds its duration
 * @param bytes   its size
 */
public record AudioFile(Path path, double seconds, long bytes) {
}
