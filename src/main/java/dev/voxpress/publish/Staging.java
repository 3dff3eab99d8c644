package dev.voxpress.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where an episode's files are made before they join the folder: {@code .voxpress/staging/<pid>-<id>/}, a hidden
 * folder that nothing names and that {@code serve} never serves. The files move into place, each with one
 * rename, only while the run holds the folder's lock, so narrating needs no lock at all. Closing deletes whatever
 * did not move; {@link #removeAbandoned} deletes the folders of processes that died.
 */
final class Staging implements AutoCloseable {
    static final String FOLDER = ".voxpress/staging";

    private final Path dir;

    private Staging(Path dir) {
        this.dir = dir;
    }

    /** A new, empty staging folder in {@code feedDir}. */
    static Staging create(Path feedDir) throws IOException {
        Path dir = feedDir.resolve(FOLDER).resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        return new Staging(Files.createDirectories(dir));
    }

    /** A file of this folder. */
    Path file(String name) {
        return dir.resolve(name);
    }

    /** Moves a staged file to {@code relativePath} in {@code feedDir}, replacing what is there, in one rename. */
    static void moveInto(Path staged, Path feedDir, String relativePath) throws IOException {
        Path target = feedDir.resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the staging folders of processes that no longer run; the caller holds the folder's lock. */
    static void removeAbandoned(Path feedDir) throws IOException {
        Path root = feedDir.resolve(FOLDER);
        if (!Files.isDirectory(root)) return;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path staged : dirs) {
                String name = staged.getFileName().toString();
                int dash = name.indexOf('-');
                long pid = dash > 0 && name.substring(0, dash).chars().allMatch(Character::isDigit)
                        ? Long.parseLong(name.substring(0, dash)) : -1;
                boolean running = pid == ProcessHandle.current().pid()
                        || pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running) deleteTree(staged);
            }
        }
    }

    @Override
    public void close() throws IOException {
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        }
    }
}
