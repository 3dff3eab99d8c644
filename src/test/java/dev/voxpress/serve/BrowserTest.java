package dev.voxpress.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import dev.voxpress.Patience;
import dev.voxpress.publish.Episode;
import dev.voxpress.publish.site.EmbedCode;
import dev.voxpress.publish.site.SiteFixture;
import dev.voxpress.publish.site.SiteWriter;

/**
 * The pages in a real headless Chromium, served by {@link FeedServer}: the audio's duration, playback, the
 * transcript highlight, click- and keyboard-to-seek, the controls, the embed inside a page from another origin,
 * and a clean console. Screenshots go to {@code target/}. Skips when chromium or chromedriver is not installed.
 */
class BrowserTest {
    @TempDir
    static Path temp;
    static SiteFixture fixture;
    static FeedServer server;
    static HttpServer publisher;
    ChromeDriver driver;

    @BeforeAll
    static void serve() throws IOException {
        Chromium.assumeInstalled();
        Path feed = Files.createDirectories(temp.resolve("feed"));
        fixture = SiteFixture.copy(feed);
        new SiteWriter().write(feed, fixture.channel, fixture.episodes);
        server = new FeedServer(feed, "127.0.0.1", 0).start();
        // A publisher's article page on another origin, with the embed code pasted in.
        Path site = Files.createDirectories(temp.resolve("publisher"));
        Episode e = fixture.episode(SiteFixture.FIRST);
        Files.writeString(site.resolve("article.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Article</title><link rel=\"icon\" href=\"data:,\"></head><body><h1>Harbour lights</h1>\n"
                + EmbedCode.snippet(server.uri().toString(), e.slug(), e.title()) + "\n<p>The article text.</p></body></html>");
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] article = Files.readAllBytes(site.resolve("article.html"));
        publisher.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, article.length);
            exchange.getResponseBody().write(article);
            exchange.close();
        });
        publisher.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (publisher != null) publisher.stop(0);
    }

    @BeforeEach
    void open() throws IOException {
        driver = Chromium.open(temp);
    }

    @AfterEach
    void close() {
        if (driver != null) driver.quit();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private double number(String script) {
        return ((Number) js(script)).doubleValue();
    }

    private void waitFor(String what, Supplier<Boolean> condition) {
        Patience.until(what, condition::get);
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    private List<String> consoleErrors() {
        return Chromium.consoleErrors(driver);
    }

    private void startPlaying() {
        Object played = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var a = document.querySelector('audio');"
                        + "a.play().then(function () { done('ok'); }, function (e) { done(String(e)); });");
        assertEquals("ok", played);
    }

    private String currentCue() {
        return (String) js("var c = document.querySelector('.cue.current'); return c ? c.dataset.start : null;");
    }

    @Test
    void episodePagePlaysHighlightsAndSeeks() throws IOException {
        Episode episode = fixture.episode(SiteFixture.FIRST);
        driver.get(server.uri() + "episodes/" + episode.slug() + ".html");
        waitFor("audio metadata", () -> number("var a = document.querySelector('audio'); return a ? a.readyState : -1") >= 1);
        double duration = number("return document.querySelector('audio').duration");
        assertEquals(episode.seconds(), duration, 0.5, "audio duration in the browser");
        assertEquals(1, number("return document.querySelector('audio').textTracks.length"), 0);

        startPlaying();
        double t0 = number("return document.querySelector('audio').currentTime");
        waitFor("playback advances", () -> number("return document.querySelector('audio').currentTime") > t0 + 1.0);
        waitFor("a sentence is highlighted", () -> currentCue() != null);
        String first = currentCue();
        assertEquals("true", js("return document.querySelector('.cue.current').getAttribute('aria-current')"));
        waitFor("the highlight moves on", () -> currentCue() != null && !currentCue().equals(first));

        // Click a sentence: playback jumps there and it is highlighted.
        List<WebElement> cues = driver.findElements(By.cssSelector("#transcript .cue"));
        assertEquals(8, cues.size());
        // The audio plays on after the seek, for however long this machine takes to ask: so what the seek did is
        // read in a listener that runs right after the player's own, in the same click.
        js("document.querySelectorAll('#transcript .cue').forEach(function (cue) {"
                + " cue.addEventListener('click', record); });"
                + " function record() { var current = document.querySelector('#transcript .cue.current');"
                + " window.seekedTo = { time: document.querySelector('audio').currentTime,"
                + " cue: current ? current.getAttribute('data-start') : null }; }");
        WebElement sixth = cues.get(5);
        double start = Double.parseDouble(sixth.getAttribute("data-start"));
        sixth.click();
        double after = number("return window.seekedTo.time");
        assertTrue(after >= start - 0.05 && after < start + 1.0, "seek to " + start + " landed at " + after);
        assertEquals(sixth.getAttribute("data-start"), js("return window.seekedTo.cue"));
        assertTrue(driver.getCurrentUrl().endsWith("#t=" + sixth.getAttribute("data-start")));

        // The keyboard does the same: Tab to a sentence, press Enter (which clicks the link).
        WebElement second = cues.get(1);
        js("arguments[0].focus()", second);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        double keyed = number("return window.seekedTo.time");
        double secondStart = Double.parseDouble(second.getAttribute("data-start"));
        assertTrue(keyed >= secondStart - 0.05 && keyed < secondStart + 1.0, "Enter on a sentence seeks, at " + keyed);

        // Skip and speed controls.
        js("document.querySelector('audio').pause()");
        double before = number("return document.querySelector('audio').currentTime");
        driver.findElement(By.cssSelector("button[data-skip='15']")).click();
        assertEquals(Math.min(before + 15, duration), number("return document.querySelector('audio').currentTime"), 0.3);
        driver.findElement(By.cssSelector("button[data-skip='-15']")).click();
        assertEquals(Math.max(Math.min(before + 15, duration) - 15, 0),
                number("return document.querySelector('audio').currentTime"), 0.3);
        driver.findElement(By.cssSelector("select[data-speed] option[value='1.5']")).click();
        assertEquals(1.5, number("return document.querySelector('audio').playbackRate"), 1e-9);

        // A deep link to a moment starts there.
        String fourth = cues.get(3).getAttribute("data-start");
        driver.get(server.uri().toString());
        driver.get(server.uri() + "episodes/" + episode.slug() + ".html#t=" + fourth);
        waitFor("deep link seeks", () -> currentCue() != null);
        assertEquals(driver.findElements(By.cssSelector("#transcript .cue")).get(3).getAttribute("data-start"), currentCue());
        screenshot("episode-page.png");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void keyboardReachesTheControlsAndTheTranscript() {
        driver.get(server.uri() + "episodes/" + SiteFixture.FIRST + ".html");
        waitFor("audio metadata", () -> number("var a = document.querySelector('audio'); return a ? a.readyState : -1") >= 1);
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Skip to transcript", skip.getText().isBlank() ? skip.getAttribute("textContent") : skip.getText());
        // Tab on from the top: every control of the player comes in turn.
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            order.add(focused.getTagName() + (focused.getAttribute("data-skip") != null ? "[" + focused.getAttribute("data-skip") + "]" : "")
                    + (focused.getAttribute("class") != null && !focused.getAttribute("class").isBlank() ? "." + focused.getAttribute("class") : ""));
        }
        int audio = order.indexOf("audio");
        assertTrue(audio >= 0, "audio in the tab order: " + order);
        assertTrue(order.indexOf("button[-15]") > audio && order.indexOf("button[15]") > order.indexOf("button[-15]")
                && order.indexOf("select") > order.indexOf("button[15]") && order.contains("a.cue"), order.toString());
        // The skip link leads to the transcript: the next Tab lands on its first sentence.
        driver.get(server.uri() + "episodes/" + SiteFixture.FIRST + ".html");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertTrue(driver.getCurrentUrl().endsWith("#transcript"), driver.getCurrentUrl());
        WebElement first = driver.switchTo().activeElement();
        assertEquals("The harbour lights came on at six.", first.getText());
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void embedPlaysInsideAPageFromAnotherOrigin() throws IOException {
        Episode episode = fixture.episode(SiteFixture.FIRST);
        driver.get("http://127.0.0.1:" + publisher.getAddress().getPort() + "/article.html");
        WebElement iframe = driver.findElement(By.cssSelector("iframe.voxpress-player"));
        assertEquals(90, iframe.getSize().getHeight());
        Chromium.enterFrameWith(driver, By.cssSelector("iframe.voxpress-player"), By.tagName("audio"), "the embed's audio");
        waitFor("audio metadata in the embed", () -> number("var a = document.querySelector('audio'); return a ? a.readyState : -1") >= 1);
        assertEquals(episode.seconds(), number("return document.querySelector('audio').duration"), 0.5);
        assertFalse(driver.findElements(By.cssSelector("button[data-skip]")).isEmpty());
        startPlaying();
        double t0 = number("return document.querySelector('audio').currentTime");
        waitFor("playback advances in the embed", () -> number("return document.querySelector('audio').currentTime") > t0 + 1.0);
        double scrollHeight = number("return document.documentElement.scrollHeight");
        assertTrue(scrollHeight <= 90, "the embed fits in 90 px, has " + scrollHeight);
        // What the embed loads: the page, its stylesheet and script; no other origin.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) js("return performance.getEntriesByType('resource')"
                + ".map(function (r) { return {name: r.name, size: r.encodedBodySize}; });");
        for (Map<String, Object> r : loaded) {
            assertTrue(r.get("name").toString().startsWith(server.uri().toString()), "third-party request " + r.get("name"));
        }
        js("document.querySelector('audio').pause()");
        driver.switchTo().defaultContent();
        screenshot("embed-page.png");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void indexListsEpisodesAndCopiesTheFeedAddress() throws IOException {
        driver.get(server.uri().toString());
        List<WebElement> episodes = driver.findElements(By.cssSelector("ol.episodes h3 a"));
        assertEquals(2, episodes.size());
        assertEquals(fixture.episode(SiteFixture.SECOND).title(), episodes.get(0).getText());
        driver.findElement(By.cssSelector("button[data-copy]")).click();
        waitFor("copy status", () -> !driver.findElement(By.cssSelector(".copy .status")).getText().isBlank());
        screenshot("index-page.png");
        episodes.get(1).click();
        waitFor("episode page", () -> driver.getCurrentUrl().endsWith("episodes/harbour-lights.html"));
        assertEquals(List.of(), consoleErrors());
    }
}
