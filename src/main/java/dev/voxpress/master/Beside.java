package dev.voxpress.master;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a thread of its own, beside the caller's: the master's steps that run side by side (the decode check, the
 * second half's encode, the gain search's second try). The thread is a daemon, so that it never holds the JVM open.
 *
 * @param <T> what the work gives
 */
final class Beside<T> {
    private final FutureTask<T> task;

    /** Starts {@code work} on a new thread named {@code threadName}. */
    Beside(String threadName, Callable<T> work) {
        this.task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits for the work to end and gives its result; an {@link IOException} it threw is thrown as it is, any other
     * failure as an {@link IOException} that starts with {@code failure}.
     *
     * @param doing what an interruption interrupted, for its message ("interrupted while " + doing)
     */
    T join(String doing, String failure) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + doing);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IOException(failure + ": " + e.getCause(), e.getCause());
        }
    }
}
