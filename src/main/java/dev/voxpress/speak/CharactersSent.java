package dev.voxpress.speak;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The characters this run has sent to each engine that charges for them, and the budget they may not exceed.
 * Engines charge here just before they send a sentence, so a sentence that is not sent (one answered from a cache,
 * say) costs nothing. One ledger per process: a run is one process; {@link #reset} starts another.
 */
public final class CharactersSent {
    private static final Map<String, Long> BY_ENGINE = new TreeMap<>();
    /** The engines that count characters opened in this run, whether or not they sent any. */
    private static final Set<String> OPENED = new TreeSet<>();
    private static long runLimit = Long.MAX_VALUE;

    private CharactersSent() {
    }

    /** Forgets what was sent and the run's limit: a new run. */
    public static synchronized void reset() {
        BY_ENGINE.clear();
        OPENED.clear();
        runLimit = Long.MAX_VALUE;
    }

    /** The most characters this run may send, all engines together ({@code --max-chars}); null for no limit. */
    public static synchronized void limit(Long characters) {
        if (characters != null && characters < 0) throw new IllegalArgumentException("--max-chars must not be negative");
        runLimit = characters == null ? Long.MAX_VALUE : characters;
    }

    /** The run's limit, or {@link Long#MAX_VALUE}. */
    public static synchronized long limit() {
        return runLimit;
    }

    /**
     * Records that this run opened an engine that counts characters, or would have but for the sentence cache: its
     * report is worth a line.
     */
    static synchronized void opened(VoiceProfile profile) {
        OPENED.add(profile.engine());
    }

    /**
     * Records that {@code characters} are about to be sent to an engine, unless that would exceed the run's limit or
     * the profile's {@code max-chars-per-run}.
     *
     * @throws BudgetExceededException when it would; nothing is recorded then, and the run should stop
     */
    public static synchronized void charge(VoiceProfile profile, int characters) {
        long total = total();
        Long profileLimit = NeuralSettings.maxChars(profile);
        if (total + characters > runLimit) {
            throw new BudgetExceededException("stopped before exceeding the limit of " + runLimit
                    + " characters (--max-chars): " + total + " sent, the next sentence has " + characters);
        }
        long sentByEngine = BY_ENGINE.getOrDefault(profile.engine(), 0L);
        if (profileLimit != null && sentByEngine + characters > profileLimit) {
            throw new BudgetExceededException("stopped before exceeding the limit of " + profileLimit
                    + " characters (max-chars-per-run in " + profile.name() + "): " + sentByEngine
                    + " sent, the next sentence has " + characters);
        }
        BY_ENGINE.merge(profile.engine(), (long) characters, Long::sum);
    }

    /** Characters sent, by engine. */
    public static synchronized Map<String, Long> byEngine() {
        return Map.copyOf(BY_ENGINE);
    }

    /** Characters sent, all engines together. */
    public static synchronized long total() {
        return BY_ENGINE.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The report line: {@code characters sent: openai-speech 1234}, or {@code characters sent: none (...)} when the
     * engines that count opened but sent nothing; empty when the run opened no such engine (a local voice, or
     * nothing to say), for which the line would say nothing.
     */
    public static synchronized Optional<String> report() {
        if (BY_ENGINE.isEmpty() && OPENED.isEmpty()) return Optional.empty();
        if (BY_ENGINE.isEmpty()) return Optional.of("characters sent: none (every sentence came from the sentence cache)");
        StringJoiner line = new StringJoiner(", ", "characters sent: ", "");
        BY_ENGINE.forEach((engine, n) -> line.add(engine + " " + n));
        return Optional.of(line.toString());
    }

    /** A cost estimate such as {@code $0.42}, at a price per million characters. */
    public static String cost(long characters, double pricePerMillion) {
        return String.format(Locale.ROOT, "$%.2f", characters * pricePerMillion / 1_000_000);
    }

    /** A run that would send more characters than its budget allows: it stops before sending them. */
    public static final class BudgetExceededException extends RunStoppedException {
        private static final long serialVersionUID = 1L;

        public BudgetExceededException(String message) {
            super(message);
        }
    }
}
