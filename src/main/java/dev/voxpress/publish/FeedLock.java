package dev.voxpress.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.voxpress.VoxpressException;

/**
 * An exclusive lock on a feed folder, so that two {@code publish} runs never interleave. The operating
 * system releases it when the process dies, so a killed run leaves no stale lock.
 */
final class FeedLock implements AutoCloseable {
    static final String FILE = ".voxpress.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FeedLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails at once with a message naming the folder. */
    static FeedLock acquire(Path feedDir) throws IOException {
        FileChannel channel = FileChannel.open(feedDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new FeedBusyException(feedDir + ": another voxpress publish is running on this feed folder");
        }
        return new FeedLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
