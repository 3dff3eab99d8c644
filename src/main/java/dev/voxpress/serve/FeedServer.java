package dev.voxpress.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jetty.http.DateParser;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import dev.voxpress.VoxpressException;

/**
 * Serves a feed folder over HTTP for podcast apps and browsers (Jetty): byte ranges, HEAD, ETag and
 * Last-Modified with 304s, the content types podcast apps expect, CORS for the embed player and the transcripts,
 * a Content-Security-Policy on pages. No directory listings, no hidden files, nothing outside the folder.
 *
 * <pre>{@code
 * try (FeedServer server = new FeedServer(Path.of("feed"), "127.0.0.1", 8080).start()) {
 *     System.out.println(server.uri());
 *     server.join();
 * }
 * }</pre>
 */
public final class FeedServer implements AutoCloseable {
    /** The policy for pages: only this folder's own scripts, styles, images and audio. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors *";
    /** How long {@link #close()} lets requests in flight finish, unless {@link #stopTimeout} says otherwise. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final MimeTypes MIME_TYPES = new FeedMimeTypes();

    private final Path root;
    private final Path realRoot;
    private final String host;
    private final int port;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
    private Routes routes;
    private Server server;
    private ServerConnector connector;
    private GracefulHandler graceful;

    /**
     * A server for {@code feedDir}; nothing listens until {@link #start()}.
     *
     * @param port the port, or 0 for any free one
     */
    public FeedServer(Path feedDir, String host, int port) {
        this.root = Objects.requireNonNull(feedDir).toAbsolutePath().normalize();
        this.host = Objects.requireNonNull(host);
        if (port < 0 || port > 65535) throw new VoxpressException("port " + port + ": not between 0 and 65535");
        this.port = port;
        if (!Files.isDirectory(root)) throw new VoxpressException(feedDir + ": no such folder");
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new VoxpressException(feedDir + ": cannot read the folder: " + e.getMessage(), e);
        }
    }

    /**
     * Adds routes that answer before the feed's files (such as the on-demand endpoint and the API), and that may
     * add headers to the files served. Call before {@link #start()}; returns this.
     */
    public synchronized FeedServer routes(Routes routes) {
        if (server != null) throw new IllegalStateException("already started");
        this.routes = routes;
        return this;
    }

    /** Sets how long {@link #close()} lets requests in flight finish (default 5 s); returns this. */
    public synchronized FeedServer stopTimeout(Duration timeout) {
        if (timeout.isNegative()) throw new IllegalArgumentException("negative stop timeout");
        this.stopTimeout = timeout;
        return this;
    }

    /** Starts listening; returns this. */
    public synchronized FeedServer start() {
        if (server != null) throw new IllegalStateException("already started");
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("voxpress-serve");
        threads.setDaemon(true);
        Server s = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        ServerConnector c = new ServerConnector(s, new HttpConnectionFactory(config));
        c.setHost(host);
        c.setPort(port);
        s.addConnector(c);

        ResourceHandler files = new ResourceHandler() {
            // Jetty replaces the handler's types with the context's when it starts; keep ours, which know feed.xml.
            @Override
            public void setMimeTypes(MimeTypes ignored) {
                super.setMimeTypes(MIME_TYPES);
            }
        };
        files.setDirAllowed(false);
        files.setEtags(true);
        files.setAcceptRanges(true);
        files.setWelcomeFiles("index.html");
        ContextHandler context = new ContextHandler("/");
        context.setBaseResourceAsPath(realRoot);
        context.setHandler(routes == null ? new Guard(files) : withRoutes(routes, files));
        GracefulHandler g = new GracefulHandler(context);
        s.setHandler(g);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        s.setErrorHandler(errors);
        s.setStopTimeout(stopTimeout.toMillis());
        s.setStopAtShutdown(true);
        try {
            s.start();
        } catch (Exception e) {
            try {
                s.stop();
            } catch (Exception ignored) {
                // Nothing more to release.
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new VoxpressException(host + ":" + port + ": cannot listen: " + reason, e);
        }
        server = s;
        connector = c;
        graceful = g;
        return this;
    }

    /** The routes first, then the guard and the files, with the routes' headers added to what the guard lets through. */
    private Handler withRoutes(Routes extra, Handler files) {
        Handler decorated = new Handler.Wrapper(files) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                extra.decorate(Request.getPathInContext(request), response.getHeaders());
                return super.handle(request, response, callback);
            }
        };
        return new Handler.Wrapper(new Guard(decorated)) {
            // Routes may block (reading a body, taking the feed's lock): never on a selector thread.
            @Override
            public InvocationType getInvocationType() {
                return InvocationType.BLOCKING;
            }

            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return extra.handle(request, response, callback) || super.handle(request, response, callback);
            }
        };
    }

    /** The port it listens on (the one chosen when started with port 0). */
    public int port() {
        return connector == null ? port : connector.getLocalPort();
    }

    /** The base URL, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0") || h.equals("[::]")) h = "127.0.0.1";
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The folder served. */
    public Path root() {
        return root;
    }

    /** Waits until the server stops (Ctrl-C, or {@link #close()} from another thread). */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops accepting connections, lets requests in flight finish (up to the stop timeout, 5 s by default), and stops. */
    @Override
    public synchronized void close() {
        if (server == null) return;
        try {
            // Stop accepting, let the requests in flight finish (up to the stop timeout), then stop.
            connector.close();
            long deadline = System.nanoTime() + stopTimeout.toNanos();
            while (graceful.getCurrentRequestCount() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            try {
                server.stop();
            } catch (Exception ignored) {
                // Stopping anyway.
            }
        } catch (Exception e) {
            throw new VoxpressException("cannot stop the server: " + e.getMessage(), e);
        } finally {
            server = null;
        }
    }

    /**
     * Refuses what must not be served, answers CORS preflights, and adds the headers every response carries, then
     * hands the request to Jetty's file serving.
     */
    private final class Guard extends Handler.Wrapper {
        Guard(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            var headers = response.getHeaders();
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS,
                    "Content-Length, Content-Range, Accept-Ranges, ETag, Last-Modified");
            headers.put("X-Content-Type-Options", "nosniff");
            headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
            String method = request.getMethod();
            if (HttpMethod.OPTIONS.is(method)) {
                headers.put(HttpHeader.ALLOW, "GET, HEAD, OPTIONS");
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Range, If-None-Match, If-Modified-Since, If-Range");
                headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
                response.setStatus(HttpStatus.NO_CONTENT_204);
                callback.succeeded();
                return true;
            }
            if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
                headers.put(HttpHeader.ALLOW, "GET, HEAD, OPTIONS");
                Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
                return true;
            }
            String path = Request.getPathInContext(request);
            if (!allowed(path)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return true;
            }
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith("/")) {
                headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
            } else if (lower.endsWith(".mp3") || lower.endsWith(".m4a") || lower.endsWith(".jpg")
                    || lower.endsWith(".png")) {
                headers.put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
            } else {
                headers.put(HttpHeader.CACHE_CONTROL, "no-cache");
            }
            return super.handle(ifRange(validRange(request), path), response, callback);
        }
    }

    /**
     * Evaluates {@code If-Range}, which Jetty's file serving ignores: when the file changed since the client's
     * validator (an ETag or a date), the {@code Range} is dropped and the whole new file is sent, so a resumed
     * download never splices two versions of an episode.
     */
    private Request ifRange(Request request, String path) {
        HttpFields headers = request.getHeaders();
        String validator = headers.get(HttpHeader.IF_RANGE);
        if (validator == null || !headers.contains(HttpHeader.RANGE)) return request;
        Path file = root.resolve(path.substring(1)).normalize();
        boolean matches;
        try {
            if (validator.startsWith("\"") || validator.startsWith("W/")) {
                matches = validator.equals(EtagUtils.computeWeakEtag(file));
            } else {
                long since = DateParser.parseDate(validator);
                long modified = Files.getLastModifiedTime(file).toMillis() / 1000 * 1000;
                matches = since != -1 && since == modified;
            }
        } catch (IOException e) {
            matches = false;
        }
        if (matches) return request;
        return withHeaders(request, HttpFields.build(headers).remove(HttpHeader.RANGE).remove(HttpHeader.IF_RANGE));
    }

    /**
     * Drops a {@code Range} that RFC 9110 says to ignore, so that the whole file is sent with 200: one that is not a
     * valid bytes ranges-specifier ({@link ByteRanges}), or more than one {@code Range} field.
     */
    private static Request validRange(Request request) {
        List<String> ranges = request.getHeaders().getValuesList(HttpHeader.RANGE);
        if (ranges.isEmpty() || ranges.size() == 1 && ByteRanges.isValid(ranges.get(0))) return request;
        return withHeaders(request, HttpFields.build(request.getHeaders()).remove(HttpHeader.RANGE));
    }

    private static Request withHeaders(Request request, HttpFields.Mutable headers) {
        HttpFields fields = headers.asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return fields;
            }
        };
    }

    /**
     * Whether a decoded path may be served: no dot segments, no hidden files (temporary files, locks), no
     * backslashes or NULs, and its real location (after symbolic links) inside the folder.
     */
    boolean allowed(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return false;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.startsWith(".")) return false;
        }
        Path target = root.resolve(path.substring(1)).normalize();
        if (!target.startsWith(root)) return false;
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return true; // 404 from the file handler
        try {
            return target.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a dangling link
        }
    }

    /** Content types for a feed folder, with the charset where a text format needs one. */
    static final class FeedMimeTypes extends MimeTypes.Mutable {
        FeedMimeTypes() {
            addMimeMapping("mp3", "audio/mpeg");
            addMimeMapping("m4a", "audio/mp4");
            addMimeMapping("vtt", "text/vtt;charset=utf-8");
            addMimeMapping("srt", "application/x-subrip;charset=utf-8");
            addMimeMapping("json", "application/json");
            addMimeMapping("html", "text/html;charset=utf-8");
            addMimeMapping("css", "text/css;charset=utf-8");
            addMimeMapping("js", "text/javascript;charset=utf-8");
            addMimeMapping("rss", "application/rss+xml;charset=utf-8");
        }

        @Override
        public String getMimeByExtension(String filename) {
            if (filename != null) {
                String name = filename.toLowerCase(Locale.ROOT);
                if (name.endsWith("/feed.xml") || name.equals("feed.xml")) return "application/rss+xml;charset=utf-8";
            }
            return super.getMimeByExtension(filename);
        }
    }

    @Override
    public String toString() {
        InetSocketAddress address = new InetSocketAddress(host, port());
        return "FeedServer[" + root + " at " + address + "]";
    }
}
