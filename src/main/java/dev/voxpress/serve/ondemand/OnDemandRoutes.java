package dev.voxpress.serve.ondemand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.FeedBusyException;
import dev.voxpress.publish.site.EmbedIndex;
import dev.voxpress.serve.Routes;

/**
 * The HTTP side of on-demand narration, added to {@code serve}: {@code POST /on-demand} for {@code voxpress.js},
 * the bearer-token API under {@code /api/} (see {@code docs/openapi.yaml}), and the {@code X-Voxpress-On-Demand}
 * header on {@code embed/index.json} that tells the script to ask.
 *
 * <pre>{@code
 * new FeedServer(feed, "127.0.0.1", 8080).routes(new OnDemandRoutes(queue, Optional.of(token))).start();
 * }</pre>
 */
public final class OnDemandRoutes implements Routes {
    /** The header on {@code embed/index.json} that says the server narrates on demand. */
    public static final String HEADER = "X-Voxpress-On-Demand";
    /** The largest request body read, in bytes. */
    public static final int MAX_BODY = 4096;
    /** How long the script is asked to wait before asking again about a job, in seconds. */
    static final int RETRY_AFTER = 3;
    private static final String ON_DEMAND = "/on-demand";
    private static final String API = "/api/";
    private static final String NARRATIONS = "/api/narrations";
    private static final String EPISODES = "/api/episodes";
    private static final String ID = "[0-9a-f]{32}";
    private static final String SLUG = "[a-z0-9][a-z0-9-]{0,199}";

    private final NarrationQueue queue;
    private final AllowList allow;
    private final Optional<ApiToken> token;

    /**
     * @param allow the origins allowed: articles and the pages that ask for them
     * @param token the API's token; empty turns the API off (it answers 404)
     */
    public OnDemandRoutes(NarrationQueue queue, AllowList allow, Optional<ApiToken> token) {
        this.queue = queue;
        this.allow = allow;
        this.token = token;
    }

    @Override
    public void decorate(String path, HttpFields.Mutable headers) {
        if (!path.equals("/" + EmbedIndex.FILE)) return;
        headers.put(HEADER, "1");
        String exposed = headers.get(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS);
        headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, exposed == null ? HEADER : exposed + ", " + HEADER);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (path.equals(ON_DEMAND)) {
            onDemand(request, response, callback);
            return true;
        }
        if (path.equals("/api") || path.startsWith(API)) {
            api(path, request, response, callback);
            return true;
        }
        return false;
    }

    // ---- POST /on-demand: for voxpress.js on any page of an allowed origin.

    private void onDemand(Request request, Response response, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After");
        String method = request.getMethod();
        if (HttpMethod.OPTIONS.is(method)) {
            headers.put(HttpHeader.ALLOW, "POST, OPTIONS");
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS");
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
            headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return;
        }
        if (!HttpMethod.POST.is(method)) {
            headers.put(HttpHeader.ALLOW, "POST, OPTIONS");
            json(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, error("use POST"));
            return;
        }
        // Refusals are 200s: the page's console stays clean, and the script just shows nothing.
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !allow.permits(origin)) {
            json(response, callback, HttpStatus.OK_200, refused("this page's origin is not allowed"));
            return;
        }
        String url;
        try {
            url = postedUrl(request, false);
        } catch (BadRequest e) {
            json(response, callback, HttpStatus.OK_200, refused(e.getMessage()));
            return;
        }
        NarrationQueue.Submission s = queue.submit(url, Request.getRemoteAddr(request), false);
        switch (s.outcome()) {
            case READY -> json(response, callback, HttpStatus.OK_200, ready(s.episode()));
            case CREATED, PENDING -> {
                headers.put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", s.job().status().json());
                body.put("retryAfter", RETRY_AFTER);
                json(response, callback, HttpStatus.ACCEPTED_202, body);
            }
            case FAILED -> json(response, callback, HttpStatus.OK_200, Map.of("status", "failed", "reason", s.reason()));
            default -> json(response, callback, HttpStatus.OK_200, refused(s.reason()));
        }
    }

    private Map<String, Object> ready(Episode episode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ready");
        body.put("slug", episode.slug());
        body.put("embed", queue.embedUrl(episode.slug()));
        return body;
    }

    private static Map<String, Object> refused(String reason) {
        return Map.of("status", "refused", "reason", reason);
    }

    // ---- /api/: for programs holding the token.

    private void api(String path, Request request, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (token.isEmpty()) {
            json(response, callback, HttpStatus.NOT_FOUND_404, error("the API is off: no token configured"));
            return;
        }
        if (!token.get().matches(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"voxpress\"");
            json(response, callback, HttpStatus.UNAUTHORIZED_401, error("missing or wrong bearer token"));
            return;
        }
        String method = request.getMethod();
        try {
            if (path.equals(NARRATIONS)) {
                allow(method, "POST", response);
                postNarration(request, response, callback);
            } else if (path.startsWith(NARRATIONS + "/")) {
                allow(method, "GET", response);
                String id = path.substring(NARRATIONS.length() + 1);
                Optional<Job> job = id.matches(ID) ? queue.job(id) : Optional.empty();
                if (job.isEmpty()) throw new ApiError(HttpStatus.NOT_FOUND_404, "no narration " + shorten(id));
                json(response, callback, HttpStatus.OK_200, job.get());
            } else if (path.equals(EPISODES)) {
                allow(method, "GET", response);
                List<Map<String, Object>> episodes = queue.episodes().stream().map(this::summary).toList();
                json(response, callback, HttpStatus.OK_200, Map.of("episodes", episodes));
            } else if (path.startsWith(EPISODES + "/")) {
                allow(method, "DELETE", response);
                deleteEpisode(path.substring(EPISODES.length() + 1), response, callback);
            } else {
                throw new ApiError(HttpStatus.NOT_FOUND_404, "no such endpoint");
            }
        } catch (ApiError e) {
            json(response, callback, e.status, error(e.getMessage()));
        } catch (VoxpressException e) {
            json(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, error(e.getMessage()));
        }
    }

    private void postNarration(Request request, Response response, Callback callback) {
        String url;
        try {
            url = postedUrl(request, true);
        } catch (BadRequest e) {
            throw new ApiError(e.status, e.getMessage());
        }
        NarrationQueue.Submission s = queue.submit(url, null, true);
        switch (s.outcome()) {
            case CREATED, PENDING -> json(response, callback, HttpStatus.ACCEPTED_202, s.job());
            case READY -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", "already published; DELETE /api/episodes/" + s.episode().slug() + " to narrate it again");
                body.put("slug", s.episode().slug());
                json(response, callback, HttpStatus.CONFLICT_409, body);
            }
            case BAD_URL -> throw new ApiError(HttpStatus.BAD_REQUEST_400, s.reason());
            case NOT_ALLOWED -> throw new ApiError(HttpStatus.FORBIDDEN_403, s.reason());
            case RATE_LIMITED -> throw new ApiError(HttpStatus.TOO_MANY_REQUESTS_429, s.reason());
            case QUEUE_FULL -> {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
                throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE_503, s.reason());
            }
            default -> throw new IllegalStateException("unexpected " + s.outcome());
        }
    }

    private void deleteEpisode(String slug, Response response, Callback callback) {
        if (!slug.matches(SLUG)) throw new ApiError(HttpStatus.NOT_FOUND_404, "no episode " + shorten(slug));
        Optional<Episode> removed;
        try {
            removed = queue.remove(slug);
        } catch (FeedBusyException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "30");
            throw new ApiError(HttpStatus.CONFLICT_409, "a publish run holds the feed folder; try again later");
        }
        if (removed.isEmpty()) throw new ApiError(HttpStatus.NOT_FOUND_404, "no episode " + slug);
        json(response, callback, HttpStatus.OK_200, summary(removed.get()));
    }

    private Map<String, Object> summary(Episode e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", e.slug());
        m.put("title", e.title());
        m.put("link", e.link());
        m.put("source", e.source());
        m.put("published", e.published().toString());
        m.put("seconds", e.seconds());
        m.put("audio", e.audio());
        m.put("embed", queue.embedUrl(e.slug()));
        return m;
    }

    private static void allow(String method, String allowed, Response response) {
        if (!allowed.equals(method)) {
            response.getHeaders().put(HttpHeader.ALLOW, allowed);
            throw new ApiError(HttpStatus.METHOD_NOT_ALLOWED_405, "use " + allowed);
        }
    }

    // ---- Bodies.

    /** The {@code url} of a JSON body of at most {@link #MAX_BODY} bytes. */
    private static String postedUrl(Request request, boolean jsonOnly) throws BadRequest {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json") && (jsonOnly || !mime.equals("text/plain"))) {
            throw new BadRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
                    "Content-Type must be application/json" + (jsonOnly ? "" : " or text/plain"));
        }
        long length = request.getLength();
        if (length > MAX_BODY) throw new BadRequest(HttpStatus.PAYLOAD_TOO_LARGE_413, "body larger than " + MAX_BODY + " bytes");
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST_400, "cannot read the body");
        }
        if (body.length > MAX_BODY) throw new BadRequest(HttpStatus.PAYLOAD_TOO_LARGE_413, "body larger than " + MAX_BODY + " bytes");
        JsonNode url;
        try {
            url = JobStore.JSON.readTree(body).path("url");
        } catch (IOException e) {
            throw new BadRequest(HttpStatus.BAD_REQUEST_400, "the body is not JSON");
        }
        if (!url.isTextual()) throw new BadRequest(HttpStatus.BAD_REQUEST_400, "the body has no \"url\" string");
        return url.asText();
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static void json(Response response, Callback callback, int status, Object body) {
        byte[] bytes;
        try {
            bytes = JobStore.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put("X-Content-Type-Options", "nosniff");
        if (!headers.contains(HttpHeader.CACHE_CONTROL)) headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(bytes.length));
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** A body that cannot be used: its status for the API, its message for both. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** An API answer other than success. */
    private static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ApiError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
