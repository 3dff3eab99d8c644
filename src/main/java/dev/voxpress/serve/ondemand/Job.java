package dev.voxpress.serve.ondemand;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One narration in the {@link NarrationQueue}, as stored in {@code FEED/.voxpress/jobs/<id>.json} and as the API
 * shows it.
 *
 * @param id       random, 32 hex digits
 * @param url      the article's URL, normalized ({@link dev.voxpress.publish.site.ArticleUrl})
 * @param status   where it stands
 * @param attempts how many times it was started
 * @param error    why the last attempt failed, or null
 * @param slug     the episode's slug once done, else null
 * @param created  when it was queued
 * @param updated  when it last changed
 * @param retryAt  when a queued job may start again after a failure, or null for at once
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Job(String id, String url, Status status, int attempts, String error, String slug, Instant created,
                  Instant updated, Instant retryAt) {
    /** Where a job stands. */
    public enum Status {
        /** Waiting for a worker (or for {@code retryAt}). */
        @JsonProperty("queued") QUEUED,
        /** Being narrated and published. */
        @JsonProperty("running") RUNNING,
        /** Published: {@code slug} names the episode. */
        @JsonProperty("done") DONE,
        /** Given up on after its last attempt; {@code error} says why. */
        @JsonProperty("failed") FAILED;

        /** The name in JSON. */
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** Whether it has ended, done or failed. */
    public boolean ended() {
        return status == Status.DONE || status == Status.FAILED;
    }

    Job with(Status newStatus, int newAttempts, String newError, String newSlug, Instant now, Instant newRetryAt) {
        return new Job(id, url, newStatus, newAttempts, newError, newSlug, created, now, newRetryAt);
    }
}
