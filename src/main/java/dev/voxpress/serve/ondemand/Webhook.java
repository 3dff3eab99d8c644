package dev.voxpress.serve.ondemand;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.voxpress.VoxpressException;

/**
 * Tells a URL of each job that ends: POSTs the job's JSON once, with a timeout, and never retries; a failure is one
 * log line that names the status or the error, not the URL (which may hold a secret).
 */
public final class Webhook implements Consumer<Job> {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final URI url;
    private final Consumer<String> log;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** @throws VoxpressException when {@code url} is not an http or https URL */
    public Webhook(String url, Consumer<String> log) {
        try {
            this.url = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new VoxpressException("webhook: not a URL");
        }
        String scheme = this.url.getScheme();
        if (this.url.getHost() == null || !"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new VoxpressException("webhook: not an http or https URL");
        }
        this.log = log;
    }

    @Override
    public void accept(Job job) {
        byte[] body;
        try {
            body = JobStore.JSON.writeValueAsBytes(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .header("User-Agent", "voxpress").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                log.accept("webhook for job " + job.id() + " failed: " + error.getClass().getSimpleName());
            } else if (response.statusCode() >= 300) {
                log.accept("webhook for job " + job.id() + " answered HTTP " + response.statusCode());
            }
        });
    }
}
