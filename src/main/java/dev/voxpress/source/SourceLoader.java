package dev.voxpress.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.InputStreamFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Reads a source named on the command line: a local {@code .html}, {@code .htm} or {@code .txt} file, an
 * {@code http(s)://} URL, or {@code -} for standard input. Every read is capped in size; URL fetches are capped
 * in time and in redirects, and only http and https are followed.
 */
public final class SourceLoader {
    /** The default cap on a source's size: far above any article, far below what would hurt memory. */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;
    /** The default timeout of each URL request: connecting, the headers and the whole body. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final String USER_AGENT =
            "Mozilla/5.0 (compatible; voxpress/0.1; +https://github.com/voxpress/voxpress)";
    /** The longest response head line, and the most header lines, accepted: a head stays well under a few MB. */
    private static final int MAX_HEAD_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 256;
    /** Aborts requests whose time is up, whatever they are blocked on: connecting, the handshake or a read. */
    private static final ScheduledThreadPoolExecutor DEADLINES = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "voxpress-fetch-deadline");
        thread.setDaemon(true);
        return thread;
    });

    static {
        DEADLINES.setRemoveOnCancelPolicy(true);
    }

    /** Answers a host name with its addresses; {@link InetAddress#getAllByName} unless a test stands in. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final int maxBytes;
    private final Duration timeout;
    private final InputStream stdin;
    private final Resolver resolver;
    /** Asked for at the first URL: the default TLS context takes tens of milliseconds to make, files need none. */
    private final Supplier<SSLContext> tls;
    private boolean publicOnly;

    public SourceLoader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, System.in);
    }

    /**
     * @param maxBytes the largest source accepted, in bytes
     * @param timeout  the most time one URL request may take, connecting and reading the body included
     * @param stdin    the stream that {@code -} reads
     */
    public SourceLoader(int maxBytes, Duration timeout, InputStream stdin) {
        this(maxBytes, timeout, stdin, InetAddress::getAllByName, SourceLoader::defaultTls);
    }

    /** As {@link #SourceLoader(int, Duration, InputStream)}, with the name lookup and the TLS context given. */
    SourceLoader(int maxBytes, Duration timeout, InputStream stdin, Resolver resolver, SSLContext tls) {
        this(maxBytes, timeout, stdin, resolver, () -> tls);
    }

    private SourceLoader(int maxBytes, Duration timeout, InputStream stdin, Resolver resolver, Supplier<SSLContext> tls) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.stdin = stdin;
        this.resolver = resolver;
        this.tls = tls;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    /**
     * Refuses URLs whose host resolves to a loopback, private, link-local or unspecified address, at every
     * redirect: for servers that fetch URLs someone else supplies. The host is looked up once per request and the
     * connection goes to the address checked, so a name cannot rebind to a private address in between. Returns
     * this, for chaining.
     */
    public SourceLoader publicAddressesOnly() {
        this.publicOnly = true;
        return this;
    }

    /**
     * Loads a source.
     *
     * @param spec a path, an http(s) URL, or {@code -}
     * @throws SourceException when it cannot be read; the message names the source and the reason
     */
    public LoadedSource load(String spec) {
        if (spec == null || spec.isBlank()) throw new SourceException("(no source)", "no source given");
        if (spec.equals("-")) return fromStdin();
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) return fromUrl(spec);
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            throw new SourceException(spec, "only http and https URLs are supported");
        }
        return fromFile(Path.of(spec));
    }

    private LoadedSource fromStdin() {
        byte[] body = readCapped("<stdin>", stdin);
        return new LoadedSource("<stdin>", null, sniff(body), body, null);
    }

    /** Loads a local file; its type comes from the extension, or from its content when the extension says nothing. */
    public LoadedSource fromFile(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) throw new SourceException(name, "no such file");
        if (Files.isDirectory(path)) throw new SourceException(name, "is a folder, not a file");
        if (!Files.isReadable(path)) throw new SourceException(name, "not readable");
        byte[] body;
        try {
            if (Files.size(path) > maxBytes) {
                throw new SourceException(name, "larger than the " + limit() + " limit");
            }
            try (InputStream in = Files.newInputStream(path)) {
                body = readCapped(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(name, "no such file", e);
        } catch (IOException e) {
            throw new SourceException(name, "cannot read: " + e.getMessage(), e);
        }
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        MediaType type = file.endsWith(".rss") || file.endsWith(".atom") ? MediaType.FEED
                : file.endsWith(".html") || file.endsWith(".htm") || file.endsWith(".xhtml") ? MediaType.HTML
                : file.endsWith(".txt") || file.endsWith(".text") ? MediaType.TEXT
                : sniff(body);
        return new LoadedSource(name, path.toAbsolutePath().toUri().toString(), type, body, null);
    }

    private LoadedSource fromUrl(String spec) {
        Fetched response = fetch(spec, spec, "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
        byte[] body = response.body();
        String contentType = response.contentType();
        MediaType type = contentType.contains("rss") || contentType.contains("atom") ? MediaType.FEED
                : contentType.startsWith("text/plain") ? MediaType.TEXT
                : contentType.contains("html") ? MediaType.HTML
                : contentType.contains("xml") ? (sniff(body) == MediaType.FEED ? MediaType.FEED : MediaType.HTML)
                : contentType.isEmpty() ? sniff(body)
                : null;
        if (type == null) throw new SourceException(spec, "not an article: content type " + contentType);
        return new LoadedSource(spec, response.url(), type, body, charsetOf(response.charset()));
    }

    /**
     * Fetches an image (such as an article's lead image) by URL, with the same limits as articles: redirects,
     * schemes and, with {@link #publicAddressesOnly()}, addresses are checked at every hop.
     *
     * @throws SourceException when it cannot be fetched or is not an image
     */
    public byte[] fetchImage(String url) {
        if (!url.toLowerCase(Locale.ROOT).matches("^https?://.*")) throw new SourceException(url, "only http and https URLs are supported");
        Fetched response = fetch(url, url, "image/*");
        if (!response.contentType().startsWith("image/")) {
            throw new SourceException(url, "not an image: content type " + response.contentType());
        }
        return response.body();
    }

    /** A successful response, read whole: the URL it came from after redirects, its lower-case type, its body. */
    private record Fetched(String url, String contentType, String charset, byte[] body) {
    }

    /** One request's answer: a redirect's location, else the status and, for a success, the response. */
    private record Answer(int status, String statusMessage, String location, Fetched fetched) {
    }

    /** GETs {@code url}, following at most {@link #MAX_REDIRECTS} redirects, each checked like the first URL. */
    private Fetched fetch(String spec, String url, String accept) {
        for (int hop = 0; ; hop++) {
            checkScheme(spec, url);
            Answer answer = request(spec, url, accept);
            if (answer.location() != null) {
                if (hop >= MAX_REDIRECTS) throw new SourceException(spec, "more than " + MAX_REDIRECTS + " redirects");
                url = resolve(spec, url, answer.location());
                continue;
            }
            if (answer.status() >= 400) throw new SourceException(spec, "HTTP " + answer.status() + " " + answer.statusMessage());
            if (answer.fetched().body().length > maxBytes) throw new SourceException(spec, "larger than the " + limit() + " limit");
            return answer.fetched();
        }
    }

    /**
     * One request, without following redirects, to the addresses its host was looked up at (once, by {@link Pinned});
     * the body is read (up to the limit) only for a success. One deadline covers connecting, the handshake, the head
     * and the whole body: the request is aborted when it passes, whatever it is waiting for.
     */
    private Answer request(String spec, String url, String accept) {
        URI uri = uri(spec, url);
        String host = uri.getHost();
        if (host == null) throw new SourceException(spec, "no host in " + uri);
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpGet get = new HttpGet(URI.create(uri.toASCIIString()));
        get.setHeader("Accept", accept);
        get.setHeader("Connection", "close");
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = DEADLINES.schedule(() -> {
            expired.set(true);
            get.cancel();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        CloseableHttpClient client = client(deadline);
        try {
            ClassicHttpResponse response;
            try {
                response = client.executeOpen(null, get, null);
            } catch (Refused e) {
                throw new SourceException(spec, "refused: " + host + " is a private or loopback address", e);
            } catch (UnknownHostException e) {
                throw new SourceException(spec, "unknown host " + host, e);
            } catch (IOException e) {
                if (expired.get() || e instanceof InterruptedIOException) throw timedOut(spec, e);
                throw new SourceException(spec, "cannot fetch: " + reason(e), e);
            }
            try {
                return answer(spec, url, response, deadline, expired);
            } finally {
                // Closing a response whose body is not read to its end would read the rest: drop the connection first.
                get.cancel();
                try {
                    response.close();
                } catch (IOException e) {
                    // The connection is dropped either way.
                }
            }
        } finally {
            alarm.cancel(false);
            client.close(CloseMode.IMMEDIATE);
        }
    }

    /** Reads one response: a redirect's location, an error status, or a success with its body. */
    private Answer answer(String spec, String url, ClassicHttpResponse response, long deadline, AtomicBoolean expired) {
        int status = response.getCode();
        String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
        String location = header(response, "Location");
        if (status >= 300 && status < 400 && location != null) return new Answer(status, reason, location, null);
        if (status >= 400) return new Answer(status, reason, null, null);
        String type = header(response, "Content-Type") == null ? "" : header(response, "Content-Type").toLowerCase(Locale.ROOT);
        byte[] body;
        try {
            body = body(response.getEntity(), deadline);
        } catch (IOException e) {
            if (expired.get() || e instanceof InterruptedIOException) throw timedOut(spec, e);
            throw new SourceException(spec, "cannot read the response: " + reason(e), e);
        }
        return new Answer(status, reason, null, new Fetched(url, type, charsetName(type), body));
    }

    /** A response header, repeated ones joined by commas; null when absent. */
    private static String header(ClassicHttpResponse response, String name) {
        Header[] headers = response.getHeaders(name);
        if (headers.length == 0) return null;
        return Arrays.stream(headers).map(Header::getValue).map(String::trim).collect(Collectors.joining(", "));
    }

    /**
     * Reads a body, decoded from its content coding, stopping after {@code maxBytes + 1} decoded bytes so that the
     * caller can tell a body that is too large, and giving up when the deadline passes between two reads.
     */
    private byte[] body(HttpEntity entity, long deadline) throws IOException {
        if (entity == null) return new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        InputStream in = entity.getContent();
        while (out.size() <= maxBytes) {
            if (System.nanoTime() - deadline >= 0) throw new SocketTimeoutException("deadline passed");
            int n = in.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - out.size()));
            if (n < 0) break;
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * A client for one request: it looks the host up through {@link Pinned}, connects only to the addresses that
     * passed the check, and follows no redirects, keeps no cookies, caches no credentials and retries nothing.
     */
    private CloseableHttpClient client(long deadline) {
        Timeout left = Timeout.ofMilliseconds(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        LinkedHashMap<String, InputStreamFactory> decoders = new LinkedHashMap<>();
        decoders.put("gzip", GZIPInputStream::new);
        decoders.put("x-gzip", GZIPInputStream::new);
        decoders.put("deflate", InflaterInputStream::new);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new Pinned(resolver, publicOnly))
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls.get()))
                        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                                .http1Config(Http1Config.custom().setMaxLineLength(MAX_HEAD_LINE).setMaxHeaderCount(MAX_HEADERS).build())
                                .build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(left).setSocketTimeout(left).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(left).setConnectionRequestTimeout(left).build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .setContentDecoderRegistry(decoders)
                .setUserAgent(USER_AGENT)
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .build();
    }

    /** A host whose addresses include a private or loopback one, in public-only mode. */
    private static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        Refused(String host) {
            super(host + " is a private or loopback address");
        }
    }

    /**
     * The client's name lookup: asks {@link Resolver} once per connection and, in public-only mode, refuses the host if
     * any of its addresses is private; the connection then goes to exactly the addresses checked.
     */
    private static final class Pinned implements DnsResolver {
        private final Resolver resolver;
        private final boolean publicOnly;

        Pinned(Resolver resolver, boolean publicOnly) {
            this.resolver = resolver;
            this.publicOnly = publicOnly;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses == null || addresses.length == 0) throw new UnknownHostException(host);
            if (publicOnly) {
                for (InetAddress address : addresses) {
                    if (isPrivate(address)) throw new Refused(host);
                }
            }
            return addresses.clone();
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    private static String reason(IOException e) {
        if (e.getMessage() != null) return e.getMessage();
        Throwable cause = e.getCause();
        return cause != null && cause.getMessage() != null ? cause.getMessage() : e.getClass().getSimpleName();
    }

    /** The charset a Content-Type names, or null. */
    private static String charsetName(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private SourceException timedOut(String spec, Exception cause) {
        long ms = timeout.toMillis();
        return new SourceException(spec, "timed out (limit " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms") + ")", cause);
    }

    private String limit() {
        return maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MB" : maxBytes + " bytes";
    }

    private static Charset charsetOf(String name) {
        if (name == null) return null;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Parses a URL, first percent-encoding the characters that browsers send encoded but URI refuses raw. */
    private static URI uri(String spec, String url) {
        try {
            return new URI(encodeUnsafe(url));
        } catch (URISyntaxException e) {
            throw new SourceException(spec, "bad URL " + url, e);
        }
    }

    private static String encodeUnsafe(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.trim().toCharArray()) {
            if (c <= ' ' || "\"<>\\^`{|}".indexOf(c) >= 0) out.append('%').append(String.format("%02X", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    /** Loopback, RFC 1918, link-local, unspecified, carrier-grade NAT and IPv6 unique local addresses. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || (b[0] & 0xff) == 0;
        return (b[0] & 0xfe) == 0xfc;
    }

    private static void checkScheme(String spec, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new SourceException(spec, "redirected to a URL that is not http or https: " + url);
        }
    }

    private static String resolve(String spec, String base, String location) {
        try {
            return uri(spec, base).resolve(encodeUnsafe(location)).toString();
        } catch (IllegalArgumentException e) {
            throw new SourceException(spec, "bad redirect location " + location, e);
        }
    }

    private byte[] readCapped(String name, InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new SourceException(name, "larger than the " + limit() + " limit");
                }
            }
        } catch (IOException e) {
            throw new SourceException(name, "cannot read: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Decides between a feed, HTML and text for a source with no telling name or header. */
    static MediaType sniff(byte[] body) {
        int end = Math.min(body.length, 2048);
        String head = new String(body, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.matches("(?s)\\s*(<\\?xml[^>]*>)?\\s*(<!--.*?-->\\s*)*(<\\?xml-stylesheet[^>]*>\\s*)?<(rss|feed|rdf:rdf)[\\s>].*")) {
            return MediaType.FEED;
        }
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<p>") || head.contains("<div") ? MediaType.HTML : MediaType.TEXT;
    }
}
