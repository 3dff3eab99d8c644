package dev.voxpress.serve.ondemand;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A publisher's web site on a loopback port, for the on-demand tests: article pages with a canonical link, served
 * by path, and a count of the requests each path received (to prove what the server fetched, or did not).
 */
final class ArticleServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    ArticleServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] page = pages.get(path);
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            }
            exchange.close();
        });
        server.start();
    }

    /** The site's origin, such as {@code http://127.0.0.1:40123}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves an article at {@code path} and returns its URL; {@code extraHead} and {@code extraBody} go in as they are. */
    String article(String path, String title, String extraHead, String extraBody) {
        String url = origin() + path;
        String paragraph = "The harbour board met on Tuesday evening to discuss the new lights along the pier. "
                + "Members agreed that the old lamps had served the town well for many years, but the cost of "
                + "repairs had grown too large to ignore. ";
        pages.put(path, ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + "<link rel=\"canonical\" href=\"" + url + "\"><link rel=\"icon\" href=\"data:,\">" + extraHead
                + "</head><body>" + extraBody + "<article><h1>" + title + "</h1><p>" + paragraph + "</p><p>" + paragraph
                + "</p><p>" + paragraph + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        return url;
    }

    /** Requests {@code path} has received. */
    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
