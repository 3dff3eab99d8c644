package dev.voxpress.serve.ondemand;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.FeedBusyException;
import dev.voxpress.publish.site.ArticleUrl;

/**
 * The on-demand narrations of one feed folder: a queue of jobs kept on disk ({@code FEED/.voxpress/jobs/}), one per
 * article URL, run by a few workers (one by default) that each publish one article into the feed. It survives
 * restarts and {@code kill -9}: a job that was running when the process died runs again, and since publishing is
 * idempotent per article and locked per folder, the episode is published once. Failed attempts are retried after
 * a jittered, doubling delay, a few times; a folder locked by a {@code publish} run is retried without counting.
 * Bounded: queued jobs, new jobs per client address per hour.
 *
 * <pre>{@code
 * try (NarrationQueue queue = new NarrationQueue(feed, allow, new PublishWork(...), Limits.DEFAULTS,
 *         job -> { }, System.err::println).start()) {
 *     Submission s = queue.submit("https://news.example.com/harbour", "203.0.113.9", false);
 * }
 * }</pre>
 */
public final class NarrationQueue implements AutoCloseable {
    /** What a job does: publish an article into the feed folder; and what the API may undo. */
    public interface Work {
        /**
         * Publishes the article at {@code url} and returns its episode's slug.
         *
         * @throws FeedBusyException when the folder is locked by another run: tried again later, not counted
         * @throws RuntimeException  when this attempt failed; the message, one line, says why
         */
        String narrate(String url);

        /**
         * Removes an episode from the feed, its files last.
         *
         * @return the removed episode, or empty when there is no such episode
         * @throws FeedBusyException when the folder is locked by a publish run
         */
        Optional<Episode> remove(String slug);
    }

    /**
     * The queue's bounds.
     *
     * @param workers          jobs run at once
     * @param maxQueued        jobs waiting or running at most; more are refused
     * @param perClientPerHour new jobs one client address may cause in an hour (the API's are not counted)
     * @param maxAttempts      attempts before a job fails for good
     * @param retryDelay       the delay before the second attempt; it doubles for each next one, jittered by up to
     *                         half either way
     * @param failedKept       how long a failed job answers for its URL before a new request may queue it again
     */
    public record Limits(int workers, int maxQueued, int perClientPerHour, int maxAttempts, Duration retryDelay,
                         Duration failedKept) {
        public static final Limits DEFAULTS = new Limits(1, 100, 10, 3, Duration.ofSeconds(30), Duration.ofHours(24));

        public Limits {
            if (workers < 1 || workers > 16) throw new VoxpressException("jobs: not between 1 and 16: " + workers);
            if (maxQueued < 1) throw new VoxpressException("max-queue: not a positive number: " + maxQueued);
            if (perClientPerHour < 1) throw new VoxpressException("per-client: not a positive number: " + perClientPerHour);
            if (maxAttempts < 1 || maxAttempts > 10) throw new VoxpressException("attempts: not between 1 and 10: " + maxAttempts);
            if (retryDelay.isNegative() || failedKept.isNegative()) throw new IllegalArgumentException("negative duration");
        }
    }

    /** What became of a request for an article. */
    public enum Outcome {
        /** The feed has an episode for the article: {@code episode}. */
        READY,
        /** A job was queued for it just now: {@code job}. */
        CREATED,
        /** A job for it was already queued or running: {@code job}. */
        PENDING,
        /** Its job failed for good: {@code job}, whose error says why. */
        FAILED,
        /** Not an http or https URL. */
        BAD_URL,
        /** Its origin is not allowed; nothing was fetched. */
        NOT_ALLOWED,
        /** The client has caused too many jobs in the last hour. */
        RATE_LIMITED,
        /** Too many jobs are waiting. */
        QUEUE_FULL
    }

    /**
     * The answer to {@link #submit}.
     *
     * @param outcome what became of it
     * @param job     the job, or null for an episode or a refusal
     * @param episode the episode, when ready
     * @param reason  one line for a refusal or a failure, else null
     */
    public record Submission(Outcome outcome, Job job, Episode episode, String reason) {
    }

    private static final int ID_BYTES = 16;
    private final SecureRandom random = new SecureRandom();
    private final AllowList allow;
    private final Work work;
    private final Limits limits;
    private final Consumer<Job> ended;
    private final Consumer<String> log;
    private final JobStore store;
    private final Published published;
    private final Clock clock;
    private final Map<String, Job> byId = new LinkedHashMap<>();
    private final Map<String, Job> byUrl = new HashMap<>();
    private final Map<String, Deque<Instant>> recentByClient = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private boolean closed;

    /**
     * A queue for {@code feedDir}, loading the jobs stored there; jobs that were running are queued again. Nothing
     * runs until {@link #start()}.
     *
     * @param allow the origins whose articles may be narrated
     * @param work  what each job does
     * @param ended told of each job that ends, done or failed for good (on a worker thread)
     * @param log   one-line messages about jobs
     */
    public NarrationQueue(java.nio.file.Path feedDir, AllowList allow, Work work, Limits limits, Consumer<Job> ended,
                          Consumer<String> log) {
        this(feedDir, allow, work, limits, ended, log, Clock.systemUTC());
    }

    NarrationQueue(java.nio.file.Path feedDir, AllowList allow, Work work, Limits limits, Consumer<Job> ended,
                   Consumer<String> log, Clock clock) {
        this.allow = allow;
        this.work = work;
        this.limits = limits;
        this.ended = ended;
        this.log = log;
        this.clock = clock;
        this.store = new JobStore(feedDir);
        this.published = new Published(feedDir);
        Instant now = clock.instant();
        List<Job> loaded = new ArrayList<>(store.load(log));
        loaded.sort(Comparator.comparing(Job::created));
        for (Job job : loaded) {
            if (job.status() == Job.Status.RUNNING) {
                job = job.with(Job.Status.QUEUED, job.attempts(), "interrupted: the server stopped", null, now, null);
                store.write(job);
            }
            Job other = byUrl.get(job.url());
            if (other != null) { // two files for one URL (copied by hand): keep the first
                store.delete(job);
                continue;
            }
            byId.put(job.id(), job);
            byUrl.put(job.url(), job);
        }
    }

    /** Starts the workers; returns this. */
    public synchronized NarrationQueue start() {
        if (!workers.isEmpty()) throw new IllegalStateException("already started");
        for (int i = 0; i < limits.workers(); i++) {
            Thread worker = new Thread(this::work, "voxpress-on-demand-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        return this;
    }

    /**
     * Asks for an article: its episode when published, else its job, created if need be.
     *
     * @param url         the article's URL as the page or client gave it
     * @param client      the client's address, for the hourly limit; null for a client the limit does not apply to
     * @param retryFailed whether a job that failed for good is queued again (an API client's explicit request)
     *                    rather than answered as failed
     */
    public synchronized Submission submit(String url, String client, boolean retryFailed) {
        Optional<String> normalized = ArticleUrl.normalize(url);
        if (normalized.isEmpty()) return refusal(Outcome.BAD_URL, "not an http or https URL");
        String key = normalized.get();
        if (!allow.permits(key)) {
            return refusal(Outcome.NOT_ALLOWED, ArticleUrl.origin(key).orElse(key) + " is not an allowed origin");
        }
        Optional<Episode> episode = published.find(key);
        if (episode.isPresent()) return new Submission(Outcome.READY, null, episode.get(), null);
        Instant now = clock.instant();
        Job existing = byUrl.get(key);
        if (existing != null && !existing.ended()) return new Submission(Outcome.PENDING, existing, null, null);
        if (existing != null && existing.status() == Job.Status.FAILED && !retryFailed
                && existing.updated().plus(limits.failedKept()).isAfter(now)) {
            return new Submission(Outcome.FAILED, existing, null, existing.error());
        }
        long pending = byId.values().stream().filter(j -> !j.ended()).count();
        if (pending >= limits.maxQueued()) return refusal(Outcome.QUEUE_FULL, "the queue is full; try again later");
        if (client != null && !takeClientSlot(client, now)) {
            return refusal(Outcome.RATE_LIMITED, "too many narrations asked for from this address; try again later");
        }
        if (existing != null) {
            byId.remove(existing.id());
            store.delete(existing);
        }
        Job job = new Job(newId(), key, Job.Status.QUEUED, 0, null, null, now, now, null);
        store.write(job);
        byId.put(job.id(), job);
        byUrl.put(key, job);
        log.accept("queued " + key + " (job " + job.id() + ")");
        notifyAll();
        return new Submission(Outcome.CREATED, job, null, null);
    }

    /** A job by its id. */
    public synchronized Optional<Job> job(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The feed's episodes now. */
    public List<Episode> episodes() {
        return published.episodes();
    }

    /** The absolute URL of an episode's embed page. */
    public String embedUrl(String slug) {
        return published.embedUrl(slug);
    }

    /**
     * Removes an episode from the feed ({@link Work#remove}); a later request for its article queues it again.
     *
     * @throws FeedBusyException when a publish run holds the folder
     */
    public Optional<Episode> remove(String slug) {
        return work.remove(slug);
    }

    private static Submission refusal(Outcome outcome, String reason) {
        return new Submission(outcome, null, null, reason);
    }

    /** Counts a new job against the client's hourly allowance; false when it is spent. */
    private boolean takeClientSlot(String client, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        recentByClient.values().forEach(times -> {
            while (!times.isEmpty() && !times.peekFirst().isAfter(hourAgo)) times.pollFirst();
        });
        recentByClient.values().removeIf(Deque::isEmpty);
        Deque<Instant> times = recentByClient.computeIfAbsent(client, c -> new ArrayDeque<>());
        if (times.size() >= limits.perClientPerHour()) return false;
        times.addLast(now);
        return true;
    }

    private String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void work() {
        while (true) {
            Job job;
            try {
                job = next();
            } catch (InterruptedException e) {
                return;
            }
            if (job == null) return;
            finish(job, attempt(job));
        }
    }

    /** The result of one attempt: a slug, or a failure and whether it counts as an attempt. */
    private record Attempt(String slug, String error, boolean busy) {
    }

    private Attempt attempt(Job job) {
        log.accept("narrating " + job.url() + " (job " + job.id() + ", attempt " + job.attempts() + ")");
        try {
            return new Attempt(work.narrate(job.url()), null, false);
        } catch (FeedBusyException e) {
            return new Attempt(null, e.getMessage(), true);
        } catch (RuntimeException e) {
            return new Attempt(null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), false);
        }
    }

    /** Waits for a queued job whose time has come and marks it running, counting the attempt; null once closed. */
    private synchronized Job next() throws InterruptedException {
        while (!closed) {
            Instant now = clock.instant();
            Job ready = null;
            Instant soonest = null;
            for (Job job : byId.values()) {
                if (job.status() != Job.Status.QUEUED) continue;
                if (job.retryAt() == null || !job.retryAt().isAfter(now)) {
                    ready = job;
                    break;
                }
                if (soonest == null || job.retryAt().isBefore(soonest)) soonest = job.retryAt();
            }
            if (ready != null) {
                Job running = ready.with(Job.Status.RUNNING, ready.attempts() + 1, ready.error(), null, now, null);
                save(running);
                return running;
            }
            // Woken by submit() and close(); otherwise when the soonest retry is due.
            wait(soonest == null ? 0 : Math.max(1, Duration.between(now, soonest).toMillis()));
        }
        return null;
    }

    private void finish(Job job, Attempt attempt) {
        Job after;
        synchronized (this) {
            Instant now = clock.instant();
            if (attempt.slug() != null) {
                after = job.with(Job.Status.DONE, job.attempts(), null, attempt.slug(), now, null);
            } else if (attempt.busy()) {
                // Not this job's failure: the attempt is given back, and it waits for the lock's holder.
                after = job.with(Job.Status.QUEUED, job.attempts() - 1, attempt.error(), null, now,
                        now.plus(jitter(limits.retryDelay())));
            } else if (job.attempts() >= limits.maxAttempts()) {
                after = job.with(Job.Status.FAILED, job.attempts(), attempt.error(), null, now, null);
            } else {
                Duration delay = limits.retryDelay().multipliedBy(1L << (job.attempts() - 1));
                after = job.with(Job.Status.QUEUED, job.attempts(), attempt.error(), null, now, now.plus(jitter(delay)));
            }
            save(after);
            notifyAll();
        }
        log.accept(switch (after.status()) {
            case DONE -> "published " + after.url() + " as " + after.slug() + " (job " + after.id() + ")";
            case FAILED -> "failed for good: " + after.url() + ": " + after.error() + " (job " + after.id() + ")";
            default -> "will retry " + after.url() + " at " + after.retryAt() + ": " + after.error() + " (job " + after.id() + ")";
        });
        if (after.ended()) ended.accept(after);
    }

    private void save(Job job) {
        store.write(job);
        byId.put(job.id(), job);
        byUrl.put(job.url(), job);
    }

    /** {@code delay} times a random factor between 0.5 and 1.5, so that retries do not fall in step. */
    private Duration jitter(Duration delay) {
        return Duration.ofMillis((long) (delay.toMillis() * (0.5 + random.nextDouble())));
    }

    /**
     * Stops the workers: waits for the jobs running to end (an article's narration takes seconds to minutes);
     * the queued jobs stay on disk for the next start.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
