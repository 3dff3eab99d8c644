package dev.voxpress.serve;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import dev.voxpress.Patience;

/**
 * Headless Chromium for the browser tests, through chromedriver (Selenium): Debian's {@code chromium} and
 * {@code chromium-driver}, a fresh profile each time, audio allowed to play without a gesture, the console kept.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test, with a message, where the packages are not installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
                "skipped: needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    }

    /** A new browser with its profile in {@code tempDir}; the caller quits it. */
    public static ChromeDriver open(Path tempDir) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required", "--mute-audio",
                "--window-size=1000,1300", "--user-data-dir=" + Files.createTempDirectory(tempDir, "chromium-"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Patience.SAFETY_NET);
        return driver;
    }

    /**
     * Waits until the first frame that {@code frame} finds holds an element that {@code inside} finds, and leaves
     * the driver in that frame. Each check goes into the frame afresh from the top page: a frame entered before its
     * page loaded, or one the page's script has since replaced, can keep the driver in a document that never gets
     * the element. A failure says what the frame held at the last check (its address, load state and text).
     */
    public static void enterFrameWith(ChromeDriver driver, By frame, By inside, String what) {
        String[] held = {"no frame"};
        try {
            Patience.until(what, () -> {
                driver.switchTo().defaultContent();
                List<WebElement> frames = driver.findElements(frame);
                if (frames.isEmpty()) return false;
                try {
                    driver.switchTo().frame(frames.get(0));
                    if (!driver.findElements(inside).isEmpty()) return true;
                    held[0] = String.valueOf(driver.executeScript("return location.href + ' (' + document.readyState"
                            + " + '): ' + (document.body ? document.body.innerText.slice(0, 300) : 'no body')"));
                    return false;
                } catch (StaleElementReferenceException | NoSuchFrameException e) {
                    return false;
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the frame held " + held[0], e);
        }
    }

    /** The console's messages at warning level and above since the last call (a failed load, an exception, a CSP violation). */
    public static List<String> consoleErrors(ChromeDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(entry.getLevel() + " " + entry.getMessage());
        }
        return errors;
    }
}
