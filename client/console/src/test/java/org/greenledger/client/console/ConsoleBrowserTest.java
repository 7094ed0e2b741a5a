package org.greenledger.client.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.client.LedgerEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser: Debian's chromium, headless, driven by Selenium through Debian's
 * chromedriver, over the in-memory ledger. Pages load, Chart.js draws the charts, the live feed
 * makes the overview read itself again, bad input shows its message, the XLSX downloads and opens.
 * Screenshots go to target/screenshots. Without chromium or chromedriver the test fails
 * ({@link Browser}).
 */
class ConsoleBrowserTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/screenshots"));

    private static InMemoryLedger ledger;
    private static ConsoleServer console;
    private static Browser browser;

    @BeforeAll
    static void start() {
        ledger = DemoMarket.regulator();
        console = ConsoleServer.start(ledger, new InetSocketAddress("127.0.0.1", 0), DemoMarket.MARKET, null);
        browser = Browser.start(Path.of("target/browser-downloads"), SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (console != null) {
            console.close();
        }
    }

    private void open(String path) {
        browser.open(console, path);
    }

    private Object script(String js, Object... args) {
        return browser.script(js, args);
    }

    private WebDriverWait waiting() {
        return browser.waiting();
    }

    private String chartOn(String canvasId) {
        return browser.chartOn(canvasId);
    }

    private void screenshot(String name) {
        browser.screenshot(name);
    }

    @Test
    void overview_draws_its_charts_and_follows_the_live_feed() {
        open("/");
        assertEquals("Market overview", browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals("bar", chartOn("caps-chart"));
        assertEquals("line", chartOn("movements-chart"));
        assertTrue(browser.paintedPixels("movements-chart") > 0, "the line is painted on the canvas");
        screenshot("overview");

        waiting().until(b -> ledger.subscribers.size() == 1 && ((Number) script(
                "return document.getElementById('live-events') ? 1 : 0;")).intValue() == 1);
        ledger.height = 43;
        ledger.commit(new LedgerEvent(EventType.UNITS_TRANSFERRED, "{}", 43, "tx-live-1"));
        waiting().until(b -> "1".equals(script("return document.body.dataset.refreshed || '';")));
        assertTrue(browser.driver().findElement(By.id("live-events")).getText().contains("UnitsTransferred · tx-live-1"));
        assertEquals("44", browser.driver().findElement(By.id("height")).getText());
        assertEquals("bar", chartOn("caps-chart"));
        script("document.getElementById('live-events').scrollIntoView();");
        screenshot("overview-live");
    }

    @Test
    void bond_page_draws_the_allocation_donut() {
        open("/bond?isin=" + DemoMarket.SOLAR_BOND);
        assertEquals("doughnut", chartOn("allocation-chart"));
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("Holder register at 2026-11-11"));
        screenshot("bond");
    }

    @Test
    void carbon_page_draws_vintages_and_shows_hostile_text_as_text() {
        open("/carbon?project=" + DemoMarket.PROJECT);
        assertEquals("bar", chartOn("vintage-chart"));
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains(DemoMarket.HOSTILE_BENEFICIARY));
        screenshot("carbon");
    }

    @Test
    void movement_explorer_and_regulators_actions_load() {
        open("/movements?asset=" + DemoMarket.SOLAR_BOND + "&pageSize=4");
        assertEquals(4, browser.driver().findElements(By.cssSelector("main table tbody tr")).size());
        browser.driver().findElement(By.linkText("Next page")).click();
        assertEquals(2, browser.driver().findElements(By.cssSelector("main table tbody tr")).size());
        screenshot("movements");
        open("/actions?account=INV-X9,INV-A2&asset=" + DemoMarket.WIND_BOND + "&currency=VND,USD");
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("a".repeat(64)));
        screenshot("actions");
    }

    @Test
    void bad_input_shows_the_message_with_its_code() {
        open("/bond?isin=XS0000000000");
        String error = browser.driver().findElement(By.id("error")).getText();
        assertTrue(error.startsWith("INVALID_ARGUMENT"), error);
        assertTrue(error.contains("check digit"), error);
        screenshot("error");
        open("/movements?asset=" + DemoMarket.SOLAR_BOND + "&pageSize=1000000000");
        assertTrue(browser.driver().findElement(By.id("error")).getText().contains("pageSize must be from 1 to 500"));
        open("/bond?isin=" + DemoMarket.SOLAR_BOND + "&recordDate=2026-02-30");
        assertTrue(browser.driver().findElement(By.id("error")).getText().contains("not a date that exists"));
        open("/movements?account=%3Cb%3Ebold%3C%2Fb%3E");
        assertTrue(browser.driver().findElement(By.id("error")).getText().contains("<b>bold</b>"), "shown as text");
        assertTrue(browser.driver().findElements(By.cssSelector("#error b")).isEmpty(), "never as markup");
    }

    @Test
    void the_pack_downloads_as_xlsx_that_opens_with_the_periods_totals() throws Exception {
        open("/pack?from=2026-11-01&to=2026-11-30");
        assertTrue(browser.driver().findElement(By.tagName("main")).getText().contains("read at block height"));
        screenshot("pack");
        browser.driver().findElement(By.linkText("XLSX")).click();
        Path xlsx = browser.download(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> movements = workbook.findSheet("Movements").orElseThrow().read();
            assertEquals(1 + 7, movements.size());
            BigDecimal retired = workbook.findSheet("Credits retired").orElseThrow().read().stream().skip(1)
                    .map(r -> r.getCellAsNumber(4).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, new BigDecimal("250").compareTo(retired));
        }
        assertFalse(xlsx.getFileName().toString().contains(".crdownload"));
    }
}
