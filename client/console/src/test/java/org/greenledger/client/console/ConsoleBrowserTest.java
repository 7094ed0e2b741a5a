package org.greenledger.client.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.client.LedgerEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's chromium, headless, driven by Selenium through Debian's
 * chromedriver, over the in-memory ledger. Pages load, Chart.js draws the charts, the live feed
 * makes the overview read itself again, bad input shows its message, the XLSX downloads and opens.
 * Screenshots go to target/screenshots. Without chromium or chromedriver the test fails: install
 * them with {@code apt-get install chromium chromium-driver}.
 */
class ConsoleBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/screenshots"));
    private static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();

    private static InMemoryLedger ledger;
    private static ConsoleServer console;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium chromium-driver");
        assertTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER
                + " is missing: apt-get install chromium chromium-driver");
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> old = Files.list(DOWNLOADS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        ledger = DemoMarket.regulator();
        console = ConsoleServer.start(ledger, new InetSocketAddress("127.0.0.1", 0), DemoMarket.MARKET, null);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1800", "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (console != null) {
            console.close();
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + console.port() + path);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Waits until Chart.js has a chart on the canvas and returns its type. */
    private String chartOn(String canvasId) {
        waiting().until(b -> script("return typeof Chart !== 'undefined' && !!Chart.getChart(arguments[0]);",
                canvasId));
        return (String) script("return Chart.getChart(arguments[0]).config.type;", canvasId);
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void overview_draws_its_charts_and_follows_the_live_feed() throws IOException {
        open("/");
        assertEquals("Market overview", browser.findElement(By.tagName("h1")).getText());
        assertEquals("bar", chartOn("caps-chart"));
        assertEquals("line", chartOn("movements-chart"));
        screenshot("overview");

        waiting().until(b -> ledger.subscribers.size() == 1 && ((Number) script(
                "return document.getElementById('live-events') ? 1 : 0;")).intValue() == 1);
        ledger.height = 43;
        ledger.commit(new LedgerEvent(EventType.UNITS_TRANSFERRED, "{}", 43, "tx-live-1"));
        waiting().until(b -> "1".equals(script("return document.body.dataset.refreshed || '';")));
        assertTrue(browser.findElement(By.id("live-events")).getText().contains("UnitsTransferred · tx-live-1"));
        assertEquals("44", browser.findElement(By.id("height")).getText());
        assertEquals("bar", chartOn("caps-chart"));
        script("document.getElementById('live-events').scrollIntoView();");
        screenshot("overview-live");
    }

    @Test
    void bond_page_draws_the_allocation_donut() throws IOException {
        open("/bond?isin=" + DemoMarket.SOLAR_BOND);
        assertEquals("doughnut", chartOn("allocation-chart"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Holder register at 2026-11-11"));
        screenshot("bond");
    }

    @Test
    void carbon_page_draws_vintages_and_shows_hostile_text_as_text() throws IOException {
        open("/carbon?project=" + DemoMarket.PROJECT);
        assertEquals("bar", chartOn("vintage-chart"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(DemoMarket.HOSTILE_BENEFICIARY));
        screenshot("carbon");
    }

    @Test
    void movement_explorer_and_regulators_actions_load() throws IOException {
        open("/movements?asset=" + DemoMarket.SOLAR_BOND + "&pageSize=4");
        assertEquals(4, browser.findElements(By.cssSelector("main table tbody tr")).size());
        browser.findElement(By.linkText("Next page")).click();
        assertEquals(2, browser.findElements(By.cssSelector("main table tbody tr")).size());
        screenshot("movements");
        open("/actions?account=INV-X9,INV-A2&asset=" + DemoMarket.WIND_BOND + "&currency=VND,USD");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("a".repeat(64)));
        screenshot("actions");
    }

    @Test
    void bad_input_shows_the_message_with_its_code() throws IOException {
        open("/bond?isin=XS0000000000");
        String error = browser.findElement(By.id("error")).getText();
        assertTrue(error.startsWith("INVALID_ARGUMENT"), error);
        assertTrue(error.contains("check digit"), error);
        screenshot("error");
        open("/movements?asset=" + DemoMarket.SOLAR_BOND + "&pageSize=1000000000");
        assertTrue(browser.findElement(By.id("error")).getText().contains("pageSize must be from 1 to 500"));
        open("/bond?isin=" + DemoMarket.SOLAR_BOND + "&recordDate=2026-02-30");
        assertTrue(browser.findElement(By.id("error")).getText().contains("not a date that exists"));
        open("/movements?account=%3Cb%3Ebold%3C%2Fb%3E");
        assertTrue(browser.findElement(By.id("error")).getText().contains("<b>bold</b>"), "shown as text");
        assertTrue(browser.findElements(By.cssSelector("#error b")).isEmpty(), "never as markup");
    }

    @Test
    void the_pack_downloads_as_xlsx_that_opens_with_the_periods_totals() throws Exception {
        open("/pack?from=2026-11-01&to=2026-11-30");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("read at block height"));
        screenshot("pack");
        browser.findElement(By.linkText("XLSX")).click();
        Path xlsx = waitForDownload(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> movements = workbook.findSheet("Movements").orElseThrow().read();
            assertEquals(1 + 7, movements.size());
            BigDecimal retired = workbook.findSheet("Credits retired").orElseThrow().read().stream().skip(1)
                    .map(r -> r.getCellAsNumber(4).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, new BigDecimal("250").compareTo(retired));
        }
        assertFalse(xlsx.getFileName().toString().contains(".crdownload"));
    }

    private static Path waitForDownload(String extension) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                Optional<Path> done = files.filter(f -> f.toString().endsWith(extension)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + extension + " downloaded into " + DOWNLOADS);
    }
}
