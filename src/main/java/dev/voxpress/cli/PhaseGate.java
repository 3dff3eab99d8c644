package dev.voxpress.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import dev.voxpress.publish.PublishListener;
import dev.voxpress.publish.PublishPhase;

/**
 * The crash tests' hook, on when the JVM runs with {@code -Dvoxpress.phase-gate=stdin}: at each
 * {@link PublishPhase} the run prints {@code voxpress-phase: NAME} on standard output and waits for a line on
 * standard input, so a test can kill it with SIGKILL at exactly that moment, however fast or slow the machine.
 * Everything else goes to the wrapped listener.
 */
final class PhaseGate implements PublishListener {
    static final String PROPERTY = "voxpress.phase-gate";
    static final String PREFIX = "voxpress-phase: ";

    private final PublishListener next;
    private final BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private final PrintStream out = System.out;

    private PhaseGate(PublishListener next) {
        this.next = next;
    }

    /** {@code listener}, gated when the property asks for it. */
    static PublishListener around(PublishListener listener) {
        return "stdin".equals(System.getProperty(PROPERTY)) ? new PhaseGate(listener) : listener;
    }

    @Override
    public void reached(PublishPhase phase) {
        next.reached(phase);
        out.println(PREFIX + phase.name());
        out.flush();
        try {
            in.readLine();
        } catch (IOException e) {
            // No one to wait for: go on.
        }
    }

    @Override
    public void started(int total) {
        next.started(total);
    }

    @Override
    public void narrating(int index, String title) {
        next.narrating(index, title);
    }

    @Override
    public void finished(int index, String status, String detail, double audioSeconds) {
        next.finished(index, status, detail, audioSeconds);
    }

    @Override
    public void cached(int reused, int synthesized) {
        next.cached(reused, synthesized);
    }

    @Override
    public void warning(String message) {
        next.warning(message);
    }
}
