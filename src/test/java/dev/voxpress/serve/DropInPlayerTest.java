package dev.voxpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import dev.voxpress.Patience;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.site.ArticleUrl;
import dev.voxpress.publish.site.ArticleUrlTest;
import dev.voxpress.publish.site.SiteFixture;
import dev.voxpress.publish.site.SiteWriter;

/**
 * {@code voxpress.js}, the drop-in replacement for the ElevenLabs AudioNative helper, in a real headless Chromium.
 * The feed folder is served by a plain static file server (Jetty's ResourceHandler, which adds only
 * {@code Access-Control-Allow-Origin: *}); the publisher's article pages come from another loopback origin and carry
 * the ElevenLabs snippet with only the script's URL changed. Skips when chromium or chromedriver is not installed.
 */
class DropInPlayerTest {
    /** The placeholder ElevenLabs tells publishers to paste, as they paste it. */
    private static final String ELEVENLABS_DIV = "<div id=\"elevenlabs-audionative-widget\" data-height=\"90\" data-width=\"100%\""
            + " data-frameborder=\"no\" data-scrolling=\"no\" data-publicuserid=\"b1c2d3\""
            + " data-playerurl=\"https://elevenlabs.io/player/index.html\">Loading the <a href=\"https://elevenlabs.io/text-to-speech\">"
            + "Elevenlabs Text to Speech</a> AudioNative Player...</div>";

    @TempDir
    static Path temp;
    static Server feedHost;
    static HttpServer site;
    static String feed;
    static String origin;
    static Episode harbour;
    static Episode tides;
    /** The publisher's pages by path: HTML and the Content-Security-Policy to send, if any. */
    static final Map<String, String[]> PAGES = new ConcurrentHashMap<>();
    ChromeDriver driver;

    @BeforeAll
    static void serve() throws Exception {
        Chromium.assumeInstalled();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String[] page = PAGES.get(exchange.getRequestURI().getPath());
            byte[] body = (page == null ? "not found" : page[0]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            if (page != null && page[1] != null) exchange.getResponseHeaders().set("Content-Security-Policy", page[1]);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        origin = "http://127.0.0.1:" + site.getAddress().getPort();

        // Two episodes published from the publisher's articles, as `publish` writes them.
        Path dir = Files.createDirectories(temp.resolve("feed"));
        SiteFixture fixture = SiteFixture.copy(dir);
        harbour = withLink(fixture.episode(SiteFixture.FIRST), origin + "/news/harbour");
        tides = withLink(fixture.episode(SiteFixture.SECOND), origin + "/news/tides");
        new SiteWriter().write(dir, fixture.channel, List.of(harbour, tides));
        feedHost = staticHost(dir, null);
        feed = "http://127.0.0.1:" + ((ServerConnector) feedHost.getConnectors()[0]).getLocalPort() + "/";
    }

    private static Episode withLink(Episode e, String link) {
        return new Episode(e.slug(), e.guid(), e.title(), e.description(), link, e.source(), e.contentHash(), e.voice(),
                e.published(), e.seconds(), e.bytes(), e.audio(), e.vtt(), e.srt(), e.chapters(), e.image(), e.byline());
    }

    /**
     * A static host for {@code dir} on a free loopback port, as a publisher would configure any web server: files
     * with their content types and byte ranges, and {@code Access-Control-Allow-Origin: *}. {@code front}, when not
     * null, sees each request first.
     */
    private static Server staticHost(Path dir, Handler.Wrapper front) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ResourceHandler files = new ResourceHandler();
        files.setDirAllowed(false);
        ContextHandler context = new ContextHandler("/");
        context.setBaseResourceAsPath(dir);
        context.getMimeTypes().addMimeMapping("vtt", "text/vtt;charset=utf-8");
        Handler.Wrapper cors = new Handler.Wrapper(files) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                response.getHeaders().put("Access-Control-Allow-Origin", "*");
                return super.handle(request, response, callback);
            }
        };
        if (front != null) front.setHandler(cors);
        context.setHandler(front != null ? front : cors);
        server.setHandler(context);
        server.start();
        return server;
    }

    @AfterAll
    static void stop() throws Exception {
        if (feedHost != null) feedHost.stop();
        if (site != null) site.stop(0);
    }

    @BeforeEach
    void open() throws IOException {
        driver = Chromium.open(temp);
    }

    @AfterEach
    void close() {
        if (driver != null) driver.quit();
    }

    /** A publisher's page: {@code head} and {@code body} around the recording of the window's names. */
    private static String page(String path, String head, String body, String csp) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Gazette</title>"
                + "<link rel=\"icon\" href=\"data:,\">" + head + "</head><body><h1>The Gazette</h1>\n" + body
                + "\n<p id=\"after\">The article text.</p></body></html>";
        PAGES.put(path, new String[] {html, csp});
        return origin + path;
    }

    private static String loader() {
        return "<script src=\"" + feed + "voxpress.js\" type=\"text/javascript\"></script>";
    }

    private static String canonical(String href) {
        return "<link rel=\"canonical\" href=\"" + href + "\">";
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private double number(String script) {
        return ((Number) js(script)).doubleValue();
    }

    private void waitFor(String what, Supplier<Boolean> condition) {
        Patience.until(what, () -> Boolean.TRUE.equals(condition.get()));
    }

    /** Waits until the script has left every element matching {@code selector} in {@code state}. */
    private void settled(String selector, String state) {
        waitFor(selector + " " + state, () -> (Boolean) js("var state = arguments[1];"
                + " var els = Array.prototype.slice.call(document.querySelectorAll(arguments[0]));"
                + " return els.length > 0 && els.every(function (el) { return el.getAttribute('data-voxpress-state') === state; });",
                selector, state));
    }

    private List<String> consoleWarnings() {
        return Chromium.consoleErrors(driver);
    }

    /** The player in the frame inside {@code selector} plays: its audio's time advances. */
    private void plays(String selector, Episode episode) {
        Chromium.enterFrameWith(driver, By.cssSelector(selector + " > iframe"), By.tagName("audio"),
                "the player's audio in " + selector);
        waitFor("audio metadata in the player", () -> number("var a = document.querySelector('audio'); return a ? a.readyState : -1") >= 1);
        assertEquals(episode.seconds(), number("return document.querySelector('audio').duration"), 0.5);
        Object played = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var a = document.querySelector('audio');"
                        + "a.play().then(function () { done('ok'); }, function (e) { done(String(e)); });");
        assertEquals("ok", played);
        double t0 = number("return document.querySelector('audio').currentTime");
        waitFor("playback advances", () -> number("return document.querySelector('audio').currentTime") > t0 + 1.0);
        js("document.querySelector('audio').pause()");
        driver.switchTo().defaultContent();
    }

    private WebElement frameIn(String selector) {
        List<WebElement> frames = driver.findElements(By.cssSelector(selector + " > iframe"));
        assertEquals(1, frames.size(), "one player in " + selector);
        return frames.get(0);
    }

    @Test
    void theScriptsKeysAreArticleUrlsKeys() {
        driver.get(page("/keys", "", loader(), null));
        waitFor("voxpress.js", () -> (Boolean) js("return !!window.voxpress"));
        List<String> inputs = ArticleUrlTest.CASES.stream().map(c -> c[0]).toList();
        @SuppressWarnings("unchecked")
        List<Object> keys = (List<Object>) js("return arguments[0].map(function (u) { return window.voxpress.normalize(u); })", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(ArticleUrl.normalize(inputs.get(i)).orElse(null), keys.get(i), "the key of " + inputs.get(i));
        }
    }

    @Test
    void theElevenLabsSnippetWithTheScriptUrlChangedPlaysThePublishedArticle() {
        // The page records its window's names before the script and when the player is in place.
        String head = canonical(origin + "/news/harbour/?utm_source=newsletter&amp;utm_medium=email")
                + "<script>window.namesBefore = Object.keys(window);</script>";
        String recorder = "<script>new MutationObserver(function (changes, observer) {"
                + " window.namesAfter = Object.keys(window); observer.disconnect(); })"
                + ".observe(document.getElementById('elevenlabs-audionative-widget'), {attributeFilter: ['data-voxpress-state']});</script>";
        driver.get(page("/news/harbour", head, ELEVENLABS_DIV + "\n" + loader() + recorder, null) + "?utm_campaign=spring#comments");
        settled("#elevenlabs-audionative-widget", "ready");
        WebElement frame = frameIn("#elevenlabs-audionative-widget");
        assertEquals(feed + "embed/" + harbour.slug() + ".html", frame.getAttribute("src"));
        assertEquals("Listen: " + harbour.title(), frame.getAttribute("title"));
        assertEquals(90, frame.getSize().getHeight());
        assertEquals(driver.findElement(By.id("after")).getSize().getWidth(), frame.getSize().getWidth(), "data-width 100%");
        assertEquals("", js("return document.getElementById('elevenlabs-audionative-widget').textContent"),
                "the loading text is gone");
        plays("#elevenlabs-audionative-widget", harbour);

        @SuppressWarnings("unchecked")
        // ret_nodes is ChromeDriver's: its element-finding script leaves that global behind when it runs (while the
        // test waits) before the snapshot, which happens on a slow machine; no page script has the name.
        List<String> added = (List<String>) js("var before = window.namesBefore; return window.namesAfter.filter("
                + "function (k) { return before.indexOf(k) < 0 && k !== 'namesBefore' && k !== 'ret_nodes'"
                + " && !/^\\d+$/.test(k); });");
        assertEquals(List.of("voxpress"), added, "global names besides the frames' indexes");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js("return performance.getEntriesByType('resource').map(function (r) { return r.name; })");
        assertEquals(List.of(feed + "voxpress.js", feed + "embed/index.json", feed + "embed/" + harbour.slug() + ".html"), loaded,
                "what the host page loaded");
        assertEquals("", js("return document.cookie"));
        assertTrue(driver.manage().getCookies().isEmpty());
        assertEquals(0L, js("return localStorage.length + sessionStorage.length"));
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void anArticleWithoutAnEpisodeShowsNothingAndLeavesNoGap() {
        driver.get(page("/news/unpublished", canonical(origin + "/news/unpublished"), ELEVENLABS_DIV + "\n" + loader(), null));
        settled("#elevenlabs-audionative-widget", "none");
        assertEquals(0L, js("return document.getElementById('elevenlabs-audionative-widget').offsetHeight"));
        assertEquals(0L, js("return document.querySelectorAll('iframe').length"));
        double gap = number("return document.getElementById('after').getBoundingClientRect().top"
                + " - document.querySelector('h1').getBoundingClientRect().bottom");
        driver.get(page("/no-placeholder", "", "", null));
        double without = number("return document.getElementById('after').getBoundingClientRect().top"
                + " - document.querySelector('h1').getBoundingClientRect().bottom");
        assertEquals(without, gap, 0.01, "the same space as a page without the placeholder");
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void theDataVoxpressFormFindsTheArticleByOgUrlAndTakesPixelSizes() {
        String head = "<meta property=\"og:url\" content=\"" + origin + "/news/tides\">";
        driver.get(page("/print/tides", head, "<div data-voxpress data-height=\"120\" data-width=\"400\"></div>"
                + "<script src=\"" + feed + "voxpress.js\" async></script>", null));
        settled("[data-voxpress]", "ready");
        WebElement frame = frameIn("[data-voxpress]");
        assertEquals(feed + "embed/" + tides.slug() + ".html", frame.getAttribute("src"));
        assertEquals(120, frame.getSize().getHeight());
        assertEquals(400, frame.getSize().getWidth());
        plays("[data-voxpress]", tides);
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void withoutCanonicalOrOgUrlThePageAddressIsTheArticle() {
        driver.get(page("/news/harbour/", "", ELEVENLABS_DIV + loader(), null) + "?ref=home#comments");
        settled("#elevenlabs-audionative-widget", "ready");
        assertEquals(feed + "embed/" + harbour.slug() + ".html", frameIn("#elevenlabs-audionative-widget").getAttribute("src"));
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void aStrictContentSecurityPolicyAllowingTheFeedOriginIsEnough() {
        String feedOrigin = feed.substring(0, feed.length() - 1);
        String csp = "default-src 'none'; script-src " + feedOrigin + "; frame-src " + feedOrigin + "; connect-src "
                + feedOrigin + "; img-src data:";
        driver.get(page("/csp/harbour", canonical(origin + "/news/harbour"), ELEVENLABS_DIV + loader(), csp));
        settled("#elevenlabs-audionative-widget", "ready");
        WebElement frame = frameIn("#elevenlabs-audionative-widget");
        assertEquals(90, frame.getSize().getHeight());
        plays("#elevenlabs-audionative-widget", harbour);
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void includedTwiceItFillsEachPlaceholderOnce() {
        driver.get(page("/news/tides", "", ELEVENLABS_DIV + "<div data-voxpress></div>" + loader() + loader(), null));
        settled("#elevenlabs-audionative-widget, [data-voxpress]", "ready");
        frameIn("#elevenlabs-audionative-widget");
        frameIn("[data-voxpress]");
        assertEquals(2L, js("return document.querySelectorAll('iframe').length"));
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void aHostileHostPageGetsNoExceptionFromTheScript() {
        String head = "<script>window.caught = []; window.addEventListener('error', function (e) { caught.push(String(e.message)); });"
                + "window.addEventListener('unhandledrejection', function (e) { caught.push(String(e.reason)); });"
                + "window.fetch = function () { throw new Error('fetch is broken here'); };</script>";
        driver.get(page("/news/hostile", head, ELEVENLABS_DIV + loader(), null));
        settled("#elevenlabs-audionative-widget", "none");
        assertEquals(0L, js("return document.getElementById('elevenlabs-audionative-widget').offsetHeight"));
        assertEquals(List.of(), js("return window.caught"));
        assertEquals(List.of(), consoleWarnings());
    }

    @Test
    void onDemandPreparesThenMountsAndARefusalShowsNothing() throws Exception {
        Queue<String> asked = new ConcurrentLinkedQueue<>();
        Handler.Wrapper onDemand = new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = Request.getPathInContext(request);
                if (path.equals("/embed/index.json")) {
                    response.getHeaders().put("X-Voxpress-On-Demand", "1");
                    response.getHeaders().put("Access-Control-Expose-Headers", "X-Voxpress-On-Demand");
                } else if (path.equals("/on-demand") && request.getMethod().equals("POST")) {
                    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                    asked.add(request.getHeaders().get(HttpHeader.CONTENT_TYPE).toLowerCase(Locale.ROOT) + " " + body);
                    boolean refused = body.contains("/news/refused");
                    boolean first = asked.stream().filter(a -> a.endsWith(body)).count() == 1;
                    response.setStatus(refused || !first ? 200 : 202);
                    response.getHeaders().put("Access-Control-Allow-Origin", "*");
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                    Content.Sink.write(response, true, refused ? "{\"status\":\"refused\",\"reason\":\"not ours\"}"
                            : first ? "{\"status\":\"queued\",\"retryAfter\":1}"
                            : "{\"status\":\"ready\",\"slug\":\"" + tides.slug() + "\"}", callback);
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
        Server live = staticHost(temp.resolve("feed"), onDemand);
        try {
            String liveFeed = "http://127.0.0.1:" + ((ServerConnector) live.getConnectors()[0]).getLocalPort() + "/";
            String script = "<script src=\"" + liveFeed + "voxpress.js\" async></script>";
            driver.get(page("/news/fresh", "", ELEVENLABS_DIV + script, null));
            settled("#elevenlabs-audionative-widget", "preparing");
            assertEquals("Preparing audio...", driver.findElement(By.id("elevenlabs-audionative-widget")).getText());
            settled("#elevenlabs-audionative-widget", "ready");
            assertEquals(liveFeed + "embed/" + tides.slug() + ".html", frameIn("#elevenlabs-audionative-widget").getAttribute("src"));
            String fresh = "text/plain;charset=utf-8 {\"url\":\"" + origin + "/news/fresh\"}";
            assertEquals(List.of(fresh, fresh), List.copyOf(asked));

            driver.get(page("/news/refused", "", ELEVENLABS_DIV + script, null));
            settled("#elevenlabs-audionative-widget", "none");
            assertEquals(0L, js("return document.getElementById('elevenlabs-audionative-widget').offsetHeight"));
            assertEquals(List.of(), consoleWarnings());
        } finally {
            live.stop();
        }
    }
}
