package tw.netzero.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, set up the way this machine needs
 * (no sandbox as root, no background network calls), with screenshots saved for review.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /**
     * How often a wait looks again: Selenium's default is 500 ms, so every wait for a page or an
     * ajax update took up to half a second longer than the page did (the test run's time,
     * docs/performance.md); a look is one chromedriver call, cheap beside that.
     */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(100);

    /** The window's size at the start, and again for each test ({@link #startAfresh}). */
    private static final Dimension WINDOW = new Dimension(1366, 1000);

    private final ChromeDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=en-US");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    /**
     * Back to what a new browser is, for the next test: the site's cookies and stored data and the
     * HTTP cache cleared, the first window size, a blank page.
     */
    void startAfresh(URI site) {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", site.getScheme() + "://" + site.getAuthority(), "storageTypes", "all"));
        driver.manage().window().setSize(WINDOW);
        driver.get("about:blank");
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The console's errors since the last look (a missing /favicon.ico was one on every page, issue 20 defect 9). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    WebDriverWait waiting() {
        // An ajax update can replace the element between finding it and reading it: Chrome then
        // answers "stale element" or "node does not belong to the document"; look again until the
        // patience runs out (the timeout names the last such error).
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, LOOK_AGAIN);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Saves the current page as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Path directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
