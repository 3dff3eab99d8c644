package dev.voxpress.speak;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The HTTP side of the hosted speech engines, after {@link MaryHttpEngine}: one POST per sentence with a connect
 * timeout and one deadline for the whole answer; retries with an exponentially growing, jittered pause after
 * connection failures, timeouts, HTTP 5xx, HTTP 429 (waiting at least what {@code Retry-After} asks, up to a minute)
 * and answers that are not complete audio; no retry after other 4xx answers, which skip the sentence; and an
 * {@link EngineUnavailableException} that ends the run at once on HTTP 401 or 403, a key the service rejects. At most
 * {@code max-concurrent} requests are in flight at once.
 *
 * <p>The API key travels in a header only: it is in no URL, and it is cut out of every message built from an
 * answer.
 */
final class NeuralHttp {
    private static final long LONGEST_RETRY_AFTER_MILLIS = 60_000;
    private static final int CHECK_SECONDS = 5;

    private final String service;
    private final String keyHeader;
    private final String keyPrefix;
    private final String apiKey;
    private final String keyEnv;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final int retries;
    private final Semaphore slots;
    private final HttpClient client;
    /** Set once the service refuses the key: later requests fail at once without being sent. */
    private volatile RunStoppedException refused;

    /**
     * @param service   names the service in messages, such as {@code openai-speech at http://127.0.0.1:8880/v1/}
     * @param keyHeader the header that carries the key ({@code Authorization}, {@code xi-api-key})
     * @param keyPrefix put before the key in that header ({@code "Bearer "} or {@code ""})
     * @param apiKey    the key, or null to send none
     * @param keyEnv    the environment variable it came from, for messages; null when none
     */
    NeuralHttp(String service, String keyHeader, String keyPrefix, String apiKey, String keyEnv,
               Duration connectTimeout, Duration requestTimeout, int retries, int maxConcurrent) {
        this.service = Objects.requireNonNull(service);
        this.keyHeader = keyHeader;
        this.keyPrefix = keyPrefix;
        this.apiKey = apiKey;
        this.keyEnv = keyEnv;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.retries = retries;
        this.slots = new Semaphore(maxConcurrent, true);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }

    /**
     * Why the service cannot be used now, from one GET of {@code uri} (a call that costs no characters), with a
     * deadline of {@value #CHECK_SECONDS} s and no retry: empty when it answers 2xx, or anything at all where the
     * profile sends no key (a local server, which may not have that path).
     */
    Optional<String> check(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json").GET();
        if (apiKey != null) request.header(keyHeader, keyPrefix + apiKey);
        HttpResponse<byte[]> response;
        try {
            response = HttpAttempt.send(client, request.build(), connectTimeout, Duration.ofSeconds(CHECK_SECONDS),
                    service, this::redact);
        } catch (HttpAttempt.Failure failure) {
            return Optional.of(service + ": no answer to GET " + uri.getPath() + " (" + failure.getMessage() + ")");
        }
        int status = response.statusCode();
        if (status / 100 == 2 || apiKey == null) return Optional.empty();
        String summary = redact(summary(response.body()));
        String reason = "HTTP " + status + (summary.isEmpty() ? "" : ": " + summary);
        if (status == 401 || status == 403) return Optional.of(service + " refused the API key from " + keyEnv + ": " + reason);
        return Optional.of(service + " answered " + uri.getPath() + " with " + reason);
    }

    /** Reads what a request is for out of a 200 answer, or says why it cannot. */
    @FunctionalInterface
    interface Reader<T> {
        T read(HttpResponse<byte[]> response) throws HttpAttempt.Failure;
    }

    /**
     * POSTs {@code json} to {@code uri} and reads the answer, retrying as the class documentation says.
     *
     * @param what what the request does, for messages, such as {@code speak "Hello."}
     */
    <T> T post(URI uri, String json, String accept, String what, Reader<T> reader) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting to call " + service);
        }
        try {
            if (refused != null) throw new RunStoppedException(refused.getMessage());
            List<String> reasons = new ArrayList<>();
            long wait = 0;
            for (int attempt = 0; attempt <= retries; attempt++) {
                if (attempt > 0) HttpAttempt.sleep(Math.max(wait, HttpAttempt.pauseMillis(attempt - 1)), service);
                wait = 0;
                try {
                    return reader.read(send(uri, json, accept));
                } catch (HttpAttempt.Failure failure) {
                    if (!failure.retryable) throw new EngineException(service + " cannot " + what + ": " + redact(failure.getMessage()));
                    reasons.add(redact(failure.getMessage()));
                    wait = failure.retryAfterMillis;
                }
            }
            int attempts = retries + 1;
            throw new EngineUnavailableException(service + " cannot " + what + " (" + attempts
                    + (attempts == 1 ? " attempt" : " attempts") + "): " + String.join("; ", reasons));
        } finally {
            slots.release();
        }
    }

    private HttpResponse<byte[]> send(URI uri, String json, String accept) throws HttpAttempt.Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8));
        if (apiKey != null) request.header(keyHeader, keyPrefix + apiKey);
        HttpResponse<byte[]> response = HttpAttempt.send(client, request.build(), connectTimeout, requestTimeout,
                service, this::redact);
        int status = response.statusCode();
        if (status == 200) return response;
        String summary = redact(summary(response.body()));
        String reason = "HTTP " + status + (summary.isEmpty() ? "" : ": " + summary);
        if (status == 401 || status == 403) {
            refused = new RunStoppedException(service + " refused the API key" + (keyEnv == null
                    ? " (the profile names no api-key-env)" : " from " + keyEnv) + ": " + reason);
            throw refused;
        }
        HttpAttempt.Failure failure = new HttpAttempt.Failure(reason, status == 429 || status >= 500);
        if (status == 429 || status == 503) failure.retryAfterMillis = retryAfter(response);
        throw failure;
    }

    /** {@code Retry-After} in milliseconds (seconds or an HTTP date), at most a minute; 0 when absent. */
    static long retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        if (value.isEmpty()) return 0;
        try {
            return Math.min(LONGEST_RETRY_AFTER_MILLIS, Math.max(0, Math.round(Double.parseDouble(value) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                long millis = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli()
                        - System.currentTimeMillis();
                return Math.min(LONGEST_RETRY_AFTER_MILLIS, Math.max(0, millis));
            } catch (DateTimeParseException notADate) {
                return 0;
            }
        }
    }

    /** The text with the API key cut out. */
    String redact(String text) {
        if (text == null || apiKey == null || apiKey.isEmpty()) return text;
        return text.replace(apiKey, "[api key]");
    }

    /** One line out of an error answer: a JSON error's message, or the text, shortened. */
    static String summary(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 4096), UTF_8);
        try {
            Map<?, ?> json = Json.MAPPER.readValue(text, Map.class);
            Object error = json.containsKey("error") ? json.get("error") : json.get("detail");
            if (error instanceof Map<?, ?> inner) {
                Object message = inner.get("message");
                if (message != null) text = message.toString();
            } else if (error != null) {
                text = error.toString();
            }
        } catch (IOException | RuntimeException notJson) {
            // plain text or HTML: shortened below
        }
        text = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    /** A text shortened to one line for an error message. */
    static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }

    /** One shared Jackson mapper. */
    static final class Json {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

        private Json() {
        }
    }
}
