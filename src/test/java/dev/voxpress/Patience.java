package dev.voxpress;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How long tests wait: only as safety nets against a hang, never as a measure of speed. Tests must pass on a busy,
 * slow machine (see bench/busy), so no test waits a fixed time for something to happen or asserts how long something
 * took; where a test needs a bound at all, it is this one, minutes past anything a working build needs.
 */
public final class Patience {
    /** The most a test waits for anything that should happen: a process to end, a condition, a socket read. */
    public static final Duration SAFETY_NET = Duration.ofMinutes(10);
    /** {@link #SAFETY_NET} as a socket read timeout. */
    public static final int SOCKET_TIMEOUT_MS = (int) SAFETY_NET.toMillis();

    private Patience() {
    }

    /** Waits for the process to end, up to the safety net; true when it ended. */
    public static boolean ends(Process process) throws InterruptedException {
        return process.waitFor(SAFETY_NET.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Waits until the condition holds, checking it every few milliseconds (a check, not a guess at how long
     * something takes); fails with {@code what} only past the safety net.
     */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) throw new AssertionError("gave up waiting for " + what + " after " + SAFETY_NET);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
