package dev.voxpress.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSocketFactory;

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

    /** Answers a host name with its addresses; {@link InetAddress#getAllByName} unless a test stands in. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final int maxBytes;
    private final Duration timeout;
    private final InputStream stdin;
    private final Resolver resolver;
    private final SSLSocketFactory tls;
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
        this(maxBytes, timeout, stdin, InetAddress::getAllByName, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** As {@link #SourceLoader(int, Duration, InputStream)}, with the name lookup and the TLS sockets given. */
    SourceLoader(int maxBytes, Duration timeout, InputStream stdin, Resolver resolver, SSLSocketFactory tls) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.stdin = stdin;
        this.resolver = resolver;
        this.tls = tls;
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
     * One request, without following redirects, to the address its host was looked up at; the body is read (up to
     * the limit) only for a success.
     */
    private Answer request(String spec, String url, String accept) {
        URI uri = uri(spec, url);
        InetAddress address = address(spec, uri);
        Map<String, String> headers = Map.of("User-Agent", USER_AGENT, "Accept", accept);
        try (HttpGet response = open(spec, uri, address, headers)) {
            int status = response.status();
            String location = response.header("location");
            if (status >= 300 && status < 400 && location != null) return new Answer(status, response.reason(), location, null);
            if (status >= 400) return new Answer(status, response.reason(), null, null);
            String type = response.header("content-type") == null ? "" : response.header("content-type").toLowerCase(Locale.ROOT);
            byte[] body;
            try {
                body = response.body(maxBytes);
            } catch (SocketTimeoutException e) {
                throw timedOut(spec, e);
            } catch (IOException e) {
                throw new SourceException(spec, "cannot read the response: " + reason(e), e);
            }
            return new Answer(status, response.reason(), null, new Fetched(url, type, charsetName(type), body));
        } catch (IOException e) {
            throw new SourceException(spec, "cannot fetch: " + reason(e), e);
        }
    }

    private HttpGet open(String spec, URI uri, InetAddress address, Map<String, String> headers) {
        try {
            return HttpGet.open(uri, address, headers, tls, timeout.toMillis());
        } catch (SocketTimeoutException e) {
            throw timedOut(spec, e);
        } catch (IOException e) {
            throw new SourceException(spec, "cannot fetch: " + reason(e), e);
        }
    }

    /** Looks the URI's host up once; with {@link #publicAddressesOnly()}, refuses it if any address is private. */
    private InetAddress address(String spec, URI uri) {
        String host = uri.getHost();
        if (host == null) throw new SourceException(spec, "no host in " + uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new SourceException(spec, "unknown host " + host, e);
        }
        if (addresses == null || addresses.length == 0) throw new SourceException(spec, "unknown host " + host);
        if (publicOnly) {
            for (InetAddress address : addresses) {
                if (isPrivate(address)) throw new SourceException(spec, "refused: " + host + " is a private or loopback address");
            }
        }
        return addresses[0];
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
