package dev.voxpress.serve.ondemand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import dev.voxpress.Patience;
import dev.voxpress.publish.ChannelSettings;
import dev.voxpress.publish.PublishListener;
import dev.voxpress.publish.site.SiteWriter;
import dev.voxpress.serve.Chromium;
import dev.voxpress.serve.FeedServer;

/**
 * voxpress.js in a real headless Chromium on a publisher's article page (one loopback origin), with the feed served
 * by an on-demand server on another: an unpublished article of an allowed origin shows "Preparing audio...", then
 * the player once the real FreeTTS narration is published, and it plays; on a site not allowed, the server fetches
 * nothing and nothing shows. The console stays clean. Skips without chromium and chromedriver.
 */
class OnDemandBrowserTest {
    private static final Duration SAFETY_NET = Duration.ofSeconds(180);

    @TempDir
    Path temp;

    @Test
    void anUnpublishedArticleGetsItsPlayerAndADisallowedSiteGetsNothing() throws Exception {
        Chromium.assumeInstalled();
        Path feed = Files.createDirectories(temp.resolve("feed"));
        try (ArticleServer site = new ArticleServer(); ArticleServer other = new ArticleServer()) {
            AllowList allow = AllowList.parse(List.of(site.origin()));
            ChannelSettings settings = new ChannelSettings().set("voice", "kevin16").set("title", "Harbour News");
            NarrationQueue queue = new NarrationQueue(feed, allow,
                    new PublishWork(feed, settings, PublishWork.Caps.DEFAULTS, new PublishListener() { }),
                    NarrationQueue.Limits.DEFAULTS, job -> { }, m -> { });
            try (FeedServer server = new FeedServer(feed, "127.0.0.1", 0)
                    .routes(new OnDemandRoutes(queue, allow, Optional.empty())).start(); queue) {
                settings.set("base-url", server.uri().toString());
                queue.start();
                // An empty feed still has its index and script, as after a first publish with nothing in it.
                new SiteWriter().write(feed, new dev.voxpress.publish.Channel("Harbour News", "d", "a", null, null, "en",
                        "News", null, false, "artwork.png", null, server.uri().toString(), "guid", 100), List.of());
                String widget = "<div id=\"elevenlabs-audionative-widget\" data-height=\"90\" data-width=\"100%\">"
                        + "Loading the Elevenlabs Text to Speech AudioNative Player...</div>"
                        + "<script src=\"" + server.uri() + "voxpress.js\"></script>";
                String allowed = site.article("/news/new-lights", "New Lights on the Pier", "", widget);
                String refused = other.article("/news/elsewhere", "Elsewhere", "", widget);

                ChromeDriver driver = chrome();
                try {
                    driver.get(allowed);
                    waitFor("Preparing audio...", () -> text(driver).contains("Preparing audio..."));
                    waitFor("the player", () -> !driver.findElements(By.cssSelector("#elevenlabs-audionative-widget iframe")).isEmpty());
                    String src = driver.findElement(By.cssSelector("#elevenlabs-audionative-widget iframe")).getAttribute("src");
                    assertTrue(src.startsWith(server.uri() + "embed/"), src);
                    Chromium.enterFrameWith(driver, By.cssSelector("#elevenlabs-audionative-widget iframe"),
                            By.tagName("audio"), "the player's audio");
                    Object played = ((JavascriptExecutor) driver).executeAsyncScript(
                            "var done = arguments[arguments.length - 1]; var a = document.querySelector('audio');"
                                    + "a.play().then(function () { setTimeout(function () { done(a.currentTime > 0 || !a.paused); }, 500); },"
                                    + " function (e) { done(String(e)); });");
                    assertEquals(Boolean.TRUE, played);
                    driver.switchTo().defaultContent();
                    assertEquals(List.of(), consoleErrors(driver));

                    driver.get(refused);
                    waitFor("the widget hidden", () -> "none".equals(((JavascriptExecutor) driver).executeScript(
                            "return document.getElementById('elevenlabs-audionative-widget').style.display")));
                    assertEquals(1, other.hits("/news/elsewhere"), "only the browser's view: the server fetched nothing");
                    assertTrue(driver.findElements(By.cssSelector("iframe")).isEmpty());
                    assertEquals(List.of(), consoleErrors(driver));
                } finally {
                    driver.quit();
                }
                assertEquals(2, site.hits("/news/new-lights"), "the browser's view and the server's one fetch");
            }
        }
    }

    private ChromeDriver chrome() throws Exception {
        return Chromium.open(temp);
    }

    private static String text(ChromeDriver driver) {
        return driver.findElement(By.id("elevenlabs-audionative-widget")).getText();
    }

    private static void waitFor(String what, Supplier<Boolean> condition) {
        Patience.until(what, condition::get);
    }

    private static List<String> consoleErrors(ChromeDriver driver) {
        return Chromium.consoleErrors(driver);
    }
}
