package dev.voxpress.speak;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * One attempt at an HTTP request by the engines that speak over HTTP ({@link MaryHttpEngine}, {@link NeuralHttp}):
 * one deadline for the whole answer, so that a server that sends its headers and then stalls is caught too, and the
 * pause before the next attempt.
 */
final class HttpAttempt {
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 8_000;

    private HttpAttempt() {
    }

    /**
     * Sends a request and waits for the whole answer, whatever its status.
     *
     * @param service names the other end in the message of an interruption
     * @param redact  applied to the messages of connection failures (to cut a key out)
     * @throws Failure (retryable) when no answer comes within {@code requestTimeout} or the connection fails
     */
    static HttpResponse<byte[]> send(HttpClient client, HttpRequest request, Duration connectTimeout,
                                     Duration requestTimeout, String service, UnaryOperator<String> redact)
            throws Failure {
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return answer.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new Failure("no answer within " + seconds(requestTimeout), true);
        } catch (ExecutionException e) {
            throw new Failure(describe(e.getCause(), connectTimeout, redact), true);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for " + service);
        }
    }

    private static String describe(Throwable error, Duration connectTimeout, UnaryOperator<String> redact) {
        if (error instanceof HttpConnectTimeoutException) return "cannot connect within " + seconds(connectTimeout);
        String message = redact.apply(MaryEngine.innermostMessage(error));
        if (error instanceof ConnectException) return "cannot connect: " + message;
        if (error instanceof IOException) return "connection failed: " + message;
        return message;
    }

    /** The pause before a retry, in milliseconds: 250 ms, doubling up to 8 s, each shortened at random by up to half. */
    static long pauseMillis(int pauses) {
        long longest = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(pauses, 10));
        return ThreadLocalRandom.current().nextLong(longest / 2, longest + 1);
    }

    /** Sleeps before retrying {@code service}. */
    static void sleep(long millis, String service) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting to retry " + service);
        }
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }

    /** Why one attempt failed, whether another may succeed, and how long the server asked to wait first. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean retryable;
        long retryAfterMillis;

        Failure(String reason, boolean retryable) {
            super(reason, null, false, false);
            this.retryable = retryable;
        }
    }
}
