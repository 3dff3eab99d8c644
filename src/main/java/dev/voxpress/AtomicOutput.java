package dev.voxpress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file written under a temporary name beside its target and moved into place only once complete, so a
 * failed or killed run never leaves a half-written file where a good one stood. Close without
 * {@link #commit()} and the temporary file is deleted.
 */
public final class AtomicOutput implements AutoCloseable {
    /** Temporary files still being written, deleted if the JVM is stopped (Ctrl-C, SIGTERM) before they finish. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // The process is ending; a leftover .part file is removed by the next publish run.
            }
        }), "voxpress-temp-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private boolean committed;

    /** Prepares to write {@code target}; creates its folder if needed. */
    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        this.temp = dir.resolve("." + this.target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part");
        PENDING.add(temp);
    }

    /** Where to write now. */
    public Path temp() {
        return temp;
    }

    /** The final path. */
    public Path target() {
        return target;
    }

    /** Flushes the temporary file to disk and moves it over the target in one step. */
    public void commit() throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        PENDING.remove(temp);
    }

    @Override
    public void close() throws IOException {
        if (!committed) Files.deleteIfExists(temp);
        PENDING.remove(temp);
    }
}
