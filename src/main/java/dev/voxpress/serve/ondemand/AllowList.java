package dev.voxpress.serve.ondemand;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.voxpress.VoxpressException;
import dev.voxpress.publish.site.ArticleUrl;

/**
 * The origins whose articles may be narrated on demand, and whose pages may ask for them: exact
 * {@code scheme://host[:port]} matches, no wildcards.
 *
 * <pre>{@code
 * AllowList allow = AllowList.parse(List.of("https://news.example.com"));
 * allow.permits("https://news.example.com/2025/harbour")   // true
 * allow.permits("https://evil.example.com/")               // false
 * }</pre>
 */
public final class AllowList {
    private final Set<String> origins;

    private AllowList(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /**
     * Reads origins such as {@code https://example.com} or {@code http://127.0.0.1:8081}; each entry may itself
     * hold several, separated by commas.
     *
     * @throws VoxpressException when an entry is not an http or https origin (a path, a query, user info)
     */
    public static AllowList parse(Collection<String> entries) {
        Set<String> origins = new LinkedHashSet<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                String origin = part.strip();
                if (origin.isEmpty()) continue;
                String trimmed = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
                Optional<String> normalized = ArticleUrl.origin(trimmed);
                if (normalized.isEmpty() || !normalized.get().equalsIgnoreCase(stripDefaultPort(trimmed))) {
                    throw new VoxpressException("allow: not an origin (scheme://host[:port]): " + origin);
                }
                origins.add(normalized.get());
            }
        }
        return new AllowList(origins);
    }

    private static String stripDefaultPort(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") && lower.endsWith(":80")) return origin.substring(0, origin.length() - 3);
        if (lower.startsWith("https://") && lower.endsWith(":443")) return origin.substring(0, origin.length() - 4);
        return origin;
    }

    /** Whether no origin is allowed. */
    public boolean isEmpty() {
        return origins.isEmpty();
    }

    /** The allowed origins, normalized. */
    public List<String> origins() {
        return List.copyOf(origins);
    }

    /** Whether {@code url} (an article URL or a page's {@code Origin} header) belongs to an allowed origin. */
    public boolean permits(String url) {
        return url != null && ArticleUrl.origin(url).map(origins::contains).orElse(false);
    }

    /**
     * Whether {@code url}'s host is this machine ({@code localhost} or a loopback address literal): such an
     * allowed origin is fetched without the public-addresses-only rule, which would refuse it.
     */
    static boolean isLoopback(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (host == null) return false;
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) return true;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) return false; // a name: never resolved here
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
