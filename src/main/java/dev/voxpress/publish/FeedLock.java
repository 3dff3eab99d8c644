package dev.voxpress.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a feed folder, so that two runs never change it at once. The operating system releases it
 * when the process dies, so a killed run leaves no stale lock. A file lock is held per process, so the threads of
 * one process that wait for it ({@link #await}) take turns through a lock of their own first.
 */
final class FeedLock implements AutoCloseable {
    static final String FILE = ".voxpress.lock";
    /** Per folder, the turn of this process's threads. */
    private static final Map<Path, ReentrantLock> TURNS = new ConcurrentHashMap<>();

    private final FileChannel channel;
    private final FileLock lock;
    private final ReentrantLock turn;

    private FeedLock(FileChannel channel, FileLock lock, ReentrantLock turn) {
        this.channel = channel;
        this.lock = lock;
        this.turn = turn;
    }

    /** Takes the lock, or fails at once with a message naming the folder. */
    static FeedLock acquire(Path feedDir) throws IOException {
        ReentrantLock turn = turn(feedDir);
        if (!turn.tryLock()) throw busy(feedDir);
        try {
            FileChannel channel = FileChannel.open(feedDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw busy(feedDir);
            }
            return new FeedLock(channel, lock, turn);
        } catch (IOException | RuntimeException e) {
            turn.unlock();
            throw e;
        }
    }

    /** Takes the lock, waiting while another run of this process or another one holds it. */
    static FeedLock await(Path feedDir) throws IOException {
        ReentrantLock turn = turn(feedDir);
        turn.lock();
        try {
            FileChannel channel = FileChannel.open(feedDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new FeedLock(channel, channel.lock(), turn);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            turn.unlock();
            throw e;
        }
    }

    private static ReentrantLock turn(Path feedDir) {
        return TURNS.computeIfAbsent(feedDir.toAbsolutePath().normalize(), dir -> new ReentrantLock());
    }

    private static FeedBusyException busy(Path feedDir) {
        return new FeedBusyException(feedDir + ": another voxpress publish is running on this feed folder");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            turn.unlock();
        }
    }
}
