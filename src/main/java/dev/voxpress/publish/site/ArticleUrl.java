package dev.voxpress.publish.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The one spelling of an article's URL under which {@code embed/index.json}, the on-demand queue and
 * {@code voxpress.js} look an article up: scheme and host lower-cased, the default port, a trailing slash and the
 * fragment dropped, and {@code utm_*} query parameters removed (the others kept, in order). {@code voxpress.js}
 * applies the same rules in the browser.
 */
public final class ArticleUrl {
    /** Longer URLs are not article URLs worth looking up. */
    public static final int MAX_LENGTH = 2048;

    private ArticleUrl() {
    }

    /**
     * The normalized form of {@code url}, or empty when it is not an absolute http or https URL with a host.
     *
     * <pre>{@code
     * ArticleUrl.normalize("HTTPS://News.Example.com:443/a/b/?utm_source=x&id=3#top")
     *     // Optional[https://news.example.com/a/b?id=3]
     * }</pre>
     */
    public static Optional<String> normalize(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) return Optional.empty();
        URI uri;
        try {
            // As a browser's URL parser does: non-ASCII characters percent-encoded as UTF-8.
            uri = new URI(new URI(url.strip()).toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        if (uri.getRawUserInfo() != null) return Optional.empty();
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://")
                .append(uri.getHost().toLowerCase(Locale.ROOT));
        if (!defaultPort) out.append(':').append(port);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        out.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) out.append('?').append(query);
        return Optional.of(out.toString());
    }

    /** The origin of an http or https URL, such as {@code https://example.com:8443}, or empty. */
    public static Optional<String> origin(String url) {
        return normalize(url).map(u -> {
            int slash = u.indexOf('/', u.indexOf("://") + 3);
            return slash < 0 ? u : u.substring(0, slash);
        });
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty() || parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) continue;
            kept.add(parameter);
        }
        return kept.toString();
    }
}
