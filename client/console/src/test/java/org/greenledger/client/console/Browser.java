package org.greenledger.client.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the console's tests: Debian's chromium, headless, driven by Selenium through
 * Debian's chromedriver, downloading into a folder of its own and saving screenshots as PNG.
 * Shared by the console's {@code ConsoleBrowserTest} (in-memory ledger) and the integration tests'
 * {@code ConsoleBrowserIT} (the real network), from this module's test jar. Without chromium or
 * chromedriver it fails, never skips: {@code apt-get install chromium chromium-driver}.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start(Path.of("target/browser-downloads"), Path.of("target/screenshots"))) {
 *     browser.open(console, "/");
 *     assertEquals("line", browser.chartOn("movements-chart"));
 *     browser.screenshot("overview");
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver",
            "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final Path downloads;
    private final Path screenshots;

    private Browser(WebDriver driver, Path downloads, Path screenshots) {
        this.driver = driver;
        this.downloads = downloads;
        this.screenshots = screenshots;
    }

    /**
     * Starts headless chromium with an empty download folder.
     *
     * @param downloads   where files the pages offer are saved (emptied first)
     * @param screenshots where {@link #screenshot} writes its PNGs
     * @return the running browser
     */
    public static Browser start(Path downloads, Path screenshots) {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium chromium-driver");
        assertTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER
                + " is missing: apt-get install chromium chromium-driver");
        Path downloadFolder = downloads.toAbsolutePath();
        try {
            Files.createDirectories(screenshots);
            Files.createDirectories(downloadFolder);
            try (Stream<Path> old = Files.list(downloadFolder)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1800", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloadFolder.toString(),
                "download.prompt_for_download", false));
        // The integration tests' JVM runs on the network's clock through a preloaded libfaketime
        // (scripts/lib/common.sh, network_clock_env); the browser has no use for it and is kept off it.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("LD_PRELOAD", "")).build();
        return new Browser(new ChromeDriver(service, options), downloadFolder, screenshots);
    }

    /**
     * The Selenium driver, to find elements and click.
     *
     * @return the driver
     */
    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens a page of a console.
     *
     * @param console the console
     * @param path    the path and query, from {@code /}
     */
    public void open(ConsoleServer console, String path) {
        driver.get("http://127.0.0.1:" + console.port() + path);
    }

    /**
     * Runs JavaScript in the page.
     *
     * @param js   the script's body
     * @param args its {@code arguments}
     * @return what it returned
     */
    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Waits up to ten seconds.
     *
     * @return a wait on this browser
     */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /**
     * Waits until Chart.js has a chart on the canvas.
     *
     * @param canvasId the canvas's id
     * @return the chart's type (bar, line, doughnut)
     */
    public String chartOn(String canvasId) {
        waiting().until(b -> script("return typeof Chart !== 'undefined' && !!Chart.getChart(arguments[0]);",
                canvasId));
        return (String) script("return Chart.getChart(arguments[0]).config.type;", canvasId);
    }

    /**
     * How many pixels of the canvas are painted (not fully transparent): zero for a chart that
     * Chart.js knows of but never drew.
     *
     * @param canvasId the canvas's id
     * @return the number of painted pixels
     */
    public long paintedPixels(String canvasId) {
        return ((Number) script("var c = document.getElementById(arguments[0]);"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; var n = 0;"
                + "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } } return n;", canvasId))
                .longValue();
    }

    /**
     * Saves what the browser shows as {@code NAME.png} in the screenshots folder.
     *
     * @param name the file's name without {@code .png}
     * @return the file written
     */
    public Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Waits up to ten seconds for a download to finish.
     *
     * @param extension how the file's name ends, {@code .xlsx}
     * @return the downloaded file
     * @throws AssertionError when none arrived
     */
    public Path download(String extension) {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a download", e);
            }
        }
        throw new AssertionError("no " + extension + " downloaded into " + downloads);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
