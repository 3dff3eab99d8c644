package dev.voxpress.serve.ondemand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.voxpress.publish.ChannelSettings;
import dev.voxpress.publish.Manifest;
import dev.voxpress.publish.PublishListener;
import dev.voxpress.serve.FeedServer;

/**
 * The on-demand API and endpoint over real sockets, with a real publish (the FreeTTS voice kevin16) of articles
 * that a loopback site serves; every answer is checked against {@code docs/openapi.yaml}.
 */
class OnDemandApiTest {
    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final Duration SAFETY_NET = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;
    static ArticleServer site;
    static ArticleServer elsewhere;
    static OpenApi openApi;
    static NarrationQueue queue;
    static FeedServer server;
    static NarrationQueue stalledQueue;
    static FeedServer stalled;
    static FeedServer apiOff;
    static final List<Job> ended = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        openApi = new OpenApi(Path.of("docs", "openapi.yaml"));
        site = new ArticleServer();
        elsewhere = new ArticleServer();
        AllowList allow = AllowList.parse(List.of(site.origin()));
        Path feed = Files.createDirectories(temp.resolve("feed"));
        ChannelSettings settings = new ChannelSettings().set("voice", "kevin16").set("title", "Harbour News");
        queue = new NarrationQueue(feed, allow, new PublishWork(feed, settings, PublishWork.Caps.DEFAULTS, new PublishListener() { }),
                new NarrationQueue.Limits(1, 100, 3, 1, Duration.ofMillis(10), Duration.ofHours(1)), ended::add, m -> { });
        server = new FeedServer(feed, "127.0.0.1", 0).routes(new OnDemandRoutes(queue, allow, Optional.of(ApiToken.of(TOKEN)))).start();
        settings.set("base-url", server.uri().toString());
        queue.start();

        // A queue whose workers never start, holding one job at most: for the full queue.
        Path other = Files.createDirectories(temp.resolve("stalled"));
        stalledQueue = new NarrationQueue(other, allow, new PublishWork(other, settings, PublishWork.Caps.DEFAULTS, new PublishListener() { }),
                new NarrationQueue.Limits(1, 1, 10, 1, Duration.ofMillis(10), Duration.ofHours(1)), job -> { }, m -> { });
        stalled = new FeedServer(other, "127.0.0.1", 0).routes(new OnDemandRoutes(stalledQueue, allow, Optional.of(ApiToken.of(TOKEN)))).start();
        apiOff = new FeedServer(other, "127.0.0.1", 0).routes(new OnDemandRoutes(stalledQueue, allow, Optional.empty())).start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {server, stalled, apiOff, queue, site, elsewhere}) {
            try {
                if (c != null) c.close();
            } catch (Exception ignored) {
                // Closing the rest.
            }
        }
    }

    private static HttpResponse<String> send(FeedServer to, String method, String path, String token, String type,
                                             String body, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(to.uri().resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (type != null) request.header("Content-Type", type);
        if (origin != null) request.header("Origin", origin);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends, checks the answer against the OpenAPI document, and returns it. */
    private HttpResponse<String> api(FeedServer to, String method, String path, String template, String token, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(to, method, path, token, body == null ? null : "application/json", body, null);
        openApi.check(method, template, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return response;
    }

    private HttpResponse<String> onDemand(String body, String type, String origin) throws IOException, InterruptedException {
        HttpResponse<String> response = send(server, "POST", "/on-demand", null, type, body, origin);
        openApi.check("POST", "/on-demand", response.statusCode(), response.body());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String urlBody(String url) {
        return JSON.createObjectNode().put("url", url).toString();
    }

    private JsonNode awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        while (true) {
            JsonNode job = json(api(server, "GET", "/api/narrations/" + id, "/api/narrations/{id}", TOKEN, null));
            String status = job.get("status").asText();
            if (status.equals("done") || status.equals("failed")) return job;
            if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " still " + status + " after " + SAFETY_NET);
            Thread.sleep(100);
        }
    }

    @Test
    void withoutATokenTheApiIsOff() throws Exception {
        HttpResponse<String> r = api(apiOff, "GET", "/api/episodes", "/api/episodes", TOKEN, null);
        assertEquals(404, r.statusCode());
        assertTrue(json(r).get("error").asText().contains("no token"));
    }

    @Test
    void aMissingOrWrongTokenIsRefused() throws Exception {
        assertEquals(401, api(server, "GET", "/api/episodes", "/api/episodes", null, null).statusCode());
        HttpResponse<String> wrong = api(server, "GET", "/api/episodes", "/api/episodes", TOKEN + "x", null);
        assertEquals(401, wrong.statusCode());
        assertEquals("Bearer realm=\"voxpress\"", wrong.headers().firstValue("WWW-Authenticate").orElse(null));
        assertEquals(401, api(server, "POST", "/api/narrations", "/api/narrations", "short", urlBody(site.origin() + "/x")).statusCode());
        assertEquals(0, site.hits("/x"));
    }

    @Test
    void badRequestsGetTheirStatus() throws Exception {
        assertEquals(400, api(server, "POST", "/api/narrations", "/api/narrations", TOKEN, "{\"url\":").statusCode());
        assertEquals(400, api(server, "POST", "/api/narrations", "/api/narrations", TOKEN, "{\"link\":\"x\"}").statusCode());
        assertEquals(400, api(server, "POST", "/api/narrations", "/api/narrations", TOKEN, urlBody("ftp://example.com/a")).statusCode());
        String big = urlBody(site.origin() + "/" + "a".repeat(OnDemandRoutes.MAX_BODY));
        assertEquals(413, api(server, "POST", "/api/narrations", "/api/narrations", TOKEN, big).statusCode());
        HttpResponse<String> text = send(server, "POST", "/api/narrations", TOKEN, "text/plain", urlBody(site.origin() + "/a"), null);
        assertEquals(415, text.statusCode());
        openApi.check("POST", "/api/narrations", 415, text.body());
        HttpResponse<String> forbidden = api(server, "POST", "/api/narrations", "/api/narrations", TOKEN, urlBody(elsewhere.origin() + "/a"));
        assertEquals(403, forbidden.statusCode());
        assertEquals(0, elsewhere.hits("/a"), "a URL of an origin not allowed was fetched");
        assertEquals(404, api(server, "GET", "/api/narrations/" + "0".repeat(32), "/api/narrations/{id}", TOKEN, null).statusCode());
        assertEquals(404, api(server, "GET", "/api/narrations/not-an-id", "/api/narrations/{id}", TOKEN, null).statusCode());
        assertEquals(404, api(server, "DELETE", "/api/episodes/no-such-episode", "/api/episodes/{slug}", TOKEN, null).statusCode());
        assertEquals(404, send(server, "GET", "/api/nothing", TOKEN, null, null, null).statusCode());
        assertEquals(404, send(server, "GET", "/.voxpress/jobs/", null, null, null, null).statusCode());
    }

    @Test
    void aFullQueueAnswers503() throws Exception {
        HttpResponse<String> first = api(stalled, "POST", "/api/narrations", "/api/narrations", TOKEN, urlBody(site.origin() + "/queued"));
        assertEquals(202, first.statusCode());
        assertEquals("queued", json(first).get("status").asText());
        HttpResponse<String> second = api(stalled, "POST", "/api/narrations", "/api/narrations", TOKEN, urlBody(site.origin() + "/more"));
        assertEquals(503, second.statusCode());
        assertEquals(0, site.hits("/queued") + site.hits("/more"));
    }

    @Test
    void concurrentRequestsForOneArticleMakeOneJobThatPublishesOnce() throws Exception {
        String url = site.article("/news/harbour-lights", "Harbour Lights Replaced", "", "");
        String body = urlBody(url + "?utm_source=mail#top");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return send(server, "POST", "/api/narrations", TOKEN, "application/json", body, null);
            }));
        }
        go.countDown();
        Set<String> ids = new HashSet<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> r = answer.get();
            assertEquals(202, r.statusCode(), r.body());
            openApi.check("POST", "/api/narrations", 202, r.body());
            ids.add(json(r).get("id").asText());
        }
        pool.shutdown();
        assertEquals(1, ids.size(), "16 requests for one article made several jobs: " + ids);
        String id = ids.iterator().next();

        JsonNode job = awaitEnd(id);
        assertEquals("done", job.get("status").asText(), job.toString());
        assertEquals(url, job.get("url").asText());
        assertEquals(1, job.get("attempts").asInt());
        String slug = job.get("slug").asText();
        assertEquals(1, site.hits("/news/harbour-lights"), "the article was fetched more than once");
        assertTrue(ended.stream().anyMatch(j -> j.id().equals(id) && j.status() == Job.Status.DONE));

        JsonNode episodes = json(api(server, "GET", "/api/episodes", "/api/episodes", TOKEN, null)).get("episodes");
        assertEquals(1, episodes.size());
        assertEquals(slug, episodes.get(0).get("slug").asText());
        HttpResponse<String> again = api(server, "POST", "/api/narrations", "/api/narrations", TOKEN, body);
        assertEquals(409, again.statusCode());
        assertEquals(slug, json(again).get("slug").asText());

        // The browser script's view: ready, with the absolute embed URL; the index says on-demand is on.
        HttpResponse<String> ready = onDemand(body, "text/plain;charset=UTF-8", site.origin());
        assertEquals(200, ready.statusCode());
        assertEquals("ready", json(ready).get("status").asText());
        assertEquals(server.uri() + "embed/" + slug + ".html", json(ready).get("embed").asText());
        HttpResponse<String> index = send(server, "GET", "/embed/index.json", null, null, null, site.origin());
        assertEquals("1", index.headers().firstValue(OnDemandRoutes.HEADER).orElse(null));
        assertTrue(index.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains(OnDemandRoutes.HEADER));
        assertTrue(index.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"));

        // Removed: from the manifest and the feed first, its files too; asking again queues it anew.
        Path feed = server.root();
        String audio = Manifest.read(feed).orElseThrow().episodes().get(0).audio();
        HttpResponse<String> removed = api(server, "DELETE", "/api/episodes/" + slug, "/api/episodes/{slug}", TOKEN, null);
        assertEquals(200, removed.statusCode());
        assertEquals(List.of(), Manifest.read(feed).orElseThrow().episodes());
        assertFalse(Files.exists(feed.resolve(audio)));
        assertFalse(Files.readString(feed.resolve("feed.xml")).contains(slug));
        assertEquals("Harbour News", dev.voxpress.publish.site.FeedIndex.read(feed).title());
        assertFalse(Files.exists(feed.resolve("embed/" + slug + ".html")));
        try (Stream<Path> files = Files.list(feed.resolve("audio"))) {
            assertEquals(List.of(), files.toList());
        }
        assertEquals(404, api(server, "DELETE", "/api/episodes/" + slug, "/api/episodes/{slug}", TOKEN, null).statusCode());
    }

    @Test
    void theBrowserEndpointRefusesWithA200() throws Exception {
        String url = site.article("/news/refused", "Refused", "", "");
        JsonNode otherPage = json(onDemand(urlBody(url), "text/plain", elsewhere.origin()));
        assertEquals("refused", otherPage.get("status").asText());
        JsonNode otherSite = json(onDemand(urlBody(elsewhere.origin() + "/news/a"), "application/json", null));
        assertEquals("refused", otherSite.get("status").asText());
        assertEquals(0, elsewhere.hits("/news/a"), "an article of an origin not allowed was fetched");
        assertEquals("refused", json(onDemand("not json", "text/plain", null)).get("status").asText());
        assertEquals("refused", json(onDemand(urlBody("javascript:alert(1)"), "text/plain", null)).get("status").asText());
        assertEquals("refused", json(onDemand(urlBody(url), "application/x-www-form-urlencoded", null)).get("status").asText());
        assertEquals(0, site.hits("/news/refused"));
        HttpResponse<String> preflight = send(server, "OPTIONS", "/on-demand", null, null, null, site.origin());
        assertEquals(204, preflight.statusCode());
    }

    @Test
    void aClientMayCauseOnlySoManyJobsAnHourAndFailuresAreReported() throws Exception {
        // Pages that do not exist: each job fails at once (one attempt in this queue), without narrating.
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> r = onDemand(urlBody(site.origin() + "/missing/" + i), "text/plain", site.origin());
            assertEquals(202, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Retry-After").isPresent());
        }
        JsonNode limited = json(onDemand(urlBody(site.origin() + "/missing/4"), "text/plain", site.origin()));
        assertEquals("refused", limited.get("status").asText());
        assertTrue(limited.get("reason").asText().contains("too many"), limited.toString());
        assertEquals(0, site.hits("/missing/4"));

        long deadline = System.nanoTime() + SAFETY_NET.toNanos();
        JsonNode failed;
        do {
            failed = json(onDemand(urlBody(site.origin() + "/missing/1"), "text/plain", site.origin()));
            if (System.nanoTime() > deadline) throw new AssertionError("the job did not fail: " + failed);
            if (!failed.get("status").asText().equals("failed")) Thread.sleep(100);
        } while (!failed.get("status").asText().equals("failed"));
        assertTrue(failed.get("reason").asText().contains("404"), failed.toString());
    }
}
