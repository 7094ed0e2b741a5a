package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.client.console.Browser;
import org.greenledger.client.console.ConsoleServer;
import org.greenledger.client.console.Market;
import org.greenledger.client.demo.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The supervisor's console on the real network in a real browser (Debian's chromium through
 * chromedriver, {@link Browser}), with the demo's data: the demo's SDK story ({@link Demo}, the
 * chapters scripts/demo.sh runs through the SDK; 15 to 50 s here, with ids of its own on every run,
 * so it runs on a network other tests used) writes a bond, both banks' deposit tokens and a carbon
 * project with issuance and retirements; then, as scripts/demo.sh does with the CLI, the network's
 * clock moves to the first record date and Bank A fixes it. The regulator's console (its viewer)
 * and Bank B's are then read in the browser: pages load with that data, Chart.js paints its charts,
 * the holder register at the record date is the SDK's row by row, Bank B's console is refused Bank
 * A's client with NOT_AUTHORIZED and no trace, the XLSX pack downloads, opens, and its totals are
 * the ledger's, and bad input in the URL gets its message. Screenshots of each page are written to
 * {@code client/it/target/screenshots}.
 */
class ConsoleBrowserIT {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/screenshots"));
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static Map<String, String> story;
    private static String bondId;
    private static LocalDate recordDate;
    private static GreenLedger regulator;
    private static GreenLedger bankB;
    private static ConsoleServer regulatorConsole;
    private static ConsoleServer bankBConsole;
    private static Browser browser;

    @BeforeAll
    static void theDemosMarketAndTwoConsoles() throws IOException {
        Instant started = Instant.now();
        Demo.main(new String[] {TestNetwork.STATE.toString()});
        story = storyEnv(TestNetwork.STATE.resolve("demo").resolve("story.env"));
        System.out.println("the demo's SDK story took " + Duration.between(started, Instant.now()).toSeconds() + " s");
        bondId = story.get("BOND_ID");
        recordDate = LocalDate.parse(story.get("RECORD_DATE"));
        TestNetwork.awaitPeersInSync();
        try (GreenLedger bankA = connect(BANK_A, "operator");
                NetworkClock onRecordDate = NetworkClock.atNoonOf(recordDate)) {
            CouponRecord fixed = bankA.bonds().fixRecordDate(new FixRecordDateRequest(bondId, 1, 100));
            assertEquals(recordDate, fixed.recordDate());
        }
        TestNetwork.awaitPeersInSync();

        regulator = connect(REGULATOR, "viewer");
        bankB = connect(BANK_B, "viewer");
        Market demoMarket = new Market(List.of(bondId), List.of(story.get("CASH_TOKEN"), story.get("CASH_TOKEN_B")),
                List.of(story.get("CARBON_PROJECT")));
        regulatorConsole = ConsoleServer.start(regulator, new InetSocketAddress("127.0.0.1", 0), demoMarket, null);
        bankBConsole = ConsoleServer.start(bankB, new InetSocketAddress("127.0.0.1", 0), demoMarket, null);
        browser = Browser.start(Path.of("target/browser-downloads"), SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        for (AutoCloseable open : new AutoCloseable[] {regulatorConsole, bankBConsole, regulator, bankB}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, String> storyEnv(Path file) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String main() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    private static String errorShown() {
        return browser.driver().findElement(By.id("error")).getText();
    }

    /** A page never shows a Java trace or exception name, whatever went wrong. */
    private static void assertNoTrace() {
        String source = browser.driver().getPageSource();
        assertFalse(source.contains("Exception") || source.contains("\tat ") || source.contains("at org.greenledger"),
                source);
    }

    @Test
    void the_overview_shows_the_demos_market_and_paints_its_movements() {
        browser.open(regulatorConsole, "/");
        assertEquals("Market overview", browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals("line", browser.chartOn("movements-chart"));
        assertTrue(browser.paintedPixels("movements-chart") > 1_000, "the movements chart is painted");
        long charted = ((Number) browser.script("return Chart.getChart('movements-chart').data.datasets[0].data"
                + ".reduce(function (a, b) { return a + b; }, 0);")).longValue();
        assertEquals(movementsOfTheMarket(Instant.EPOCH, Instant.MAX), charted,
                "the chart counts every movement of the demo's bond and tokens, as the SDK pages through them");
        assertTrue(main().contains(story.get("CARBON_PROJECT")), main());
        assertTrue(browser.driver().findElement(By.tagName("footer")).getText().contains("RegulatorMSP"));
        browser.screenshot("overview");
    }

    /** The movements of the demo's bond and deposit tokens from {@code start} until {@code end}, page by page. */
    private static long movementsOfTheMarket(Instant start, Instant end) {
        long movements = 0;
        for (String asset : List.of(bondId, story.get("CASH_TOKEN"), story.get("CASH_TOKEN_B"))) {
            String bookmark = "";
            do {
                MovementPage page = regulator.history().assetMovements(asset, 3, bookmark);
                movements += page.movements().stream().map(UnitsMoved::at)
                        .filter(at -> !at.isBefore(start) && at.isBefore(end)).count();
                bookmark = page.bookmark();
            } while (bookmark != null && !bookmark.isEmpty());
        }
        return movements;
    }

    @Test
    void the_bond_page_shows_the_holder_register_at_the_record_date_as_the_sdk_reads_it() {
        browser.open(regulatorConsole, "/bond?isin=" + bondId + "&recordDate=" + recordDate);
        assertTrue(main().contains("Bank A Solar Green Bond"), main());
        assertEquals("doughnut", browser.chartOn("allocation-chart"));
        assertTrue(browser.paintedPixels("allocation-chart") > 1_000, "the donut is painted");

        WebElement register = browser.driver().findElement(By.xpath(
                "//section[h2[starts-with(., 'Holder register at ')]]"));
        assertEquals("Holder register at " + recordDate, register.findElement(By.tagName("h2")).getText());
        List<WebElement> rows = register.findElements(By.cssSelector("table tbody tr"));
        List<Entitlement> sdk = regulator.bonds().holderRegister(new CouponPeriodRef(bondId, 1));
        assertEquals(2, sdk.size(), "the demo's two investors hold the bond: " + sdk);
        assertEquals(sdk.size(), rows.size());
        for (int i = 0; i < sdk.size(); i++) {
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            Entitlement e = sdk.get(i);
            assertEquals(e.accountId(), cells.get(0), "row " + i);
            assertEquals(e.units(), Long.parseLong(cells.get(1).replace(",", "")), "row " + i);
            assertEquals(0, BigDecimal.valueOf(e.couponMinor()).compareTo(amount(cells.get(2))), "row " + i + ": " + cells);
            assertEquals(0, BigDecimal.valueOf(e.principalMinor()).compareTo(amount(cells.get(3))), "row " + i);
            assertEquals(e.status().toString(), cells.get(4), "row " + i);
        }
        assertEquals(List.of(story.get("INVESTOR_A"), story.get("INVESTOR_B")).stream().sorted().toList(),
                sdk.stream().map(Entitlement::accountId).sorted().toList());

        // The demo attests its project's impact for the year before the bond's issue (a refinancing):
        // the page's default window reaches back three years before the issue, so it is shown.
        Bond bond = regulator.bonds().get(bondId);
        BondImpactReport impact = regulator.impact().bondImpact(new BondImpactQuery(bondId,
                bond.terms().schedule().issueDate().minusYears(3), bond.terms().schedule().maturityDate()));
        assertFalse(impact.totals().isEmpty(), "the demo attested impact");
        WebElement attested = browser.driver().findElement(By.xpath("//section[h2[starts-with(., 'Attested impact ')]]"));
        List<WebElement> totals = attested.findElements(By.cssSelector("table")).get(0).findElements(By.cssSelector("tbody tr"));
        assertEquals(impact.totals().size(), totals.size(), attested.getText());
        for (int i = 0; i < totals.size(); i++) {
            assertEquals(impact.totals().get(i).metric().toString(), totals.get(i).findElements(By.tagName("td")).get(0).getText());
        }
        browser.script("arguments[0].scrollIntoView();", register);
        browser.screenshot("bond");
    }

    /** "1,234 VND" as 1234: the bond is in VND, which has no minor unit. */
    private static BigDecimal amount(String shown) {
        assertTrue(shown.endsWith(" VND"), shown);
        return new BigDecimal(shown.substring(0, shown.length() - 4).replace(",", ""));
    }

    @Test
    void the_carbon_page_shows_the_projects_vintage_and_its_retirement_certificate() {
        String project = story.get("CARBON_PROJECT");
        browser.open(regulatorConsole, "/carbon?project=" + project);
        assertEquals("bar", browser.chartOn("vintage-chart"));
        assertTrue(browser.paintedPixels("vintage-chart") > 1_000, "the vintage bars are painted");
        ProjectCreditLedger ledger = regulator.credits().projectLedger(project);
        long issued = ((Number) browser.script("return Chart.getChart('vintage-chart').data.datasets[0].data"
                + ".reduce(function (a, b) { return a + b; }, 0);")).longValue();
        assertEquals(ledger.issuedUnits(), issued, "the bars are the ledger's issuance");
        assertTrue(main().contains("Saigon Logistics JSC"), "the certificate's beneficiary");
        browser.screenshot("carbon");
    }

    @Test
    void the_movement_explorer_pages_through_the_bonds_movements_as_the_ledger_does() {
        MovementPage first = regulator.history().assetMovements(bondId, 2, "");
        browser.open(regulatorConsole, "/movements?asset=" + bondId + "&pageSize=2");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("main table tbody tr"));
        assertEquals(first.movements().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            UnitsMoved moved = first.movements().get(i);
            List<String> cells = rows.get(i).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertEquals(moved.toAccountId(), cells.get(3), "row " + i);
            assertEquals(moved.units(), Long.parseLong(cells.get(4).replace(",", "")), "row " + i);
            assertEquals(moved.transactionId(), cells.get(cells.size() - 1), "row " + i);
        }
        browser.screenshot("movements");
        browser.driver().findElement(By.linkText("Next page")).click();
        MovementPage second = regulator.history().assetMovements(bondId, 2, first.bookmark());
        assertEquals(second.movements().size(), browser.driver().findElements(By.cssSelector("main table tbody tr"))
                .size());
    }

    @Test
    void the_regulators_actions_show_both_banks_clients_and_bank_bs_console_is_refused_bank_as() {
        String a = story.get("INVESTOR_A");
        String b = story.get("INVESTOR_B");
        browser.open(regulatorConsole, "/actions?account=" + a + "," + b + "&asset=" + bondId + "&currency=VND");
        assertTrue(main().contains(a) && main().contains(b) && main().contains("ACTIVE"), main());
        browser.screenshot("actions");

        browser.open(bankBConsole, "/actions?account=" + a);
        String refused = errorShown();
        assertTrue(refused.startsWith("NOT_AUTHORIZED"), refused);
        assertFalse(main().contains("ACTIVE"), "nothing of Bank A's client is shown: " + main());
        assertNoTrace();
        browser.screenshot("bankb-refused");
        browser.open(bankBConsole, "/actions?account=" + b);
        assertTrue(main().contains(b) && main().contains("ACTIVE"), "its own client: " + main());
    }

    @Test
    void the_pack_downloads_as_xlsx_whose_totals_are_the_ledgers() throws Exception {
        LocalDate from = TODAY.minusDays(1);
        LocalDate to = TODAY.plusDays(1);
        long before = regulator.blockHeight();
        browser.open(regulatorConsole, "/pack?from=" + from + "&to=" + to);
        assertTrue(main().contains("read at block height"), main());
        browser.screenshot("pack");
        browser.driver().findElement(By.linkText("XLSX")).click();
        Path xlsx = browser.download(".xlsx");

        Map<String, BigDecimal> summary = new LinkedHashMap<>();
        long height;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.findSheet("Summary").orElseThrow().read();
            height = rows.stream().filter(r -> "Block height".equals(r.getCellText(0))).findFirst().orElseThrow()
                    .getCellAsNumber(1).orElseThrow().longValueExact();
            for (Row row : rows) {
                Optional<Cell> value = row.getOptionalCell(2);
                if (value.isPresent() && value.get().getType() == CellType.NUMBER) {
                    summary.put(row.getCellText(0) + "|" + row.getCellText(1), value.get().asNumber());
                }
            }
        }
        assertTrue(height >= before, "read at " + height + ", the ledger was at " + before + " before");

        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Bond bond = regulator.bonds().get(bondId);
        assertFigure(summary, "New issues|count", 1);
        assertFigure(summary, "New issues gross proceeds|VND", bond.issue().grossProceedsMinor());
        // Outstanding is the chaincode's own total over the whole market (what the cap counts), so at
        // least the demo's bond; equal to the ledger's total read right after the pack.
        long outstanding = regulator.compliance().outstanding(AssetClass.GREEN_BOND, "VND").outstandingMinor();
        assertTrue(outstanding >= bond.issue().unitsIssued() * bond.terms().denominationMinor(), "" + outstanding);
        assertFigure(summary, "Outstanding GREEN_BOND|VND", outstanding);
        long movements = movementsOfTheMarket(start, end);
        assertTrue(movements > 0, "the demo moved its bond and tokens today");
        assertFigure(summary, "Movements|count", movements);

        ProjectCreditLedger credits = regulator.credits().projectLedger(story.get("CARBON_PROJECT"));
        assertEquals(1, credits.issuances().size(), "the demo issues once");
        CreditIssuance issuance = credits.issuances().get(0);
        assertTrue(!issuance.at().isBefore(start) && issuance.at().isBefore(end), "issued in the period");
        long retired = credits.retirements().stream().map(RetirementCertificate::quantityRetired).reduce(0L, Long::sum);
        assertTrue(retired > 0, "the demo retires credits");
        assertFigure(summary, "Credits issued|tCO2e", issuance.deliveredUnits() + issuance.bufferUnits());
        assertFigure(summary, "Credits retired|tCO2e", retired);
        assertFigure(summary, "Credits retired|tCO2e", credits.retiredUnits());
    }

    /** A figure of the pack's summary (in major units: VND has none) is the ledger's. */
    private static void assertFigure(Map<String, BigDecimal> summary, String figure, long ledger) {
        BigDecimal pack = summary.get(figure);
        assertTrue(pack != null && pack.compareTo(BigDecimal.valueOf(ledger)) == 0,
                figure + ": the pack says " + pack + ", the ledger " + ledger + " (pack: " + summary + ")");
    }

    @Test
    void bad_input_in_the_url_gets_a_clear_message_and_no_trace() {
        browser.open(regulatorConsole, "/bond?isin=XS0000000000");
        String error = errorShown();
        assertTrue(error.startsWith("INVALID_ARGUMENT") && error.contains("check digit"), error);
        assertNoTrace();
        browser.screenshot("bad-input");
        browser.open(regulatorConsole, "/bond?isin=" + bondId + "&recordDate=2026-02-30");
        assertTrue(errorShown().contains("not a date that exists"), errorShown());
        browser.open(regulatorConsole, "/bond?isin=" + bondId + "&recordDate=" + recordDate.plusDays(1));
        assertTrue(errorShown().startsWith("NOT_FOUND"), errorShown());
        browser.open(regulatorConsole, "/movements?asset=" + bondId + "&pageSize=1000000000");
        assertTrue(errorShown().contains("pageSize must be from 1 to 500"), errorShown());
        browser.open(regulatorConsole, "/carbon?project=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertTrue(errorShown().contains("<script>"), "shown as text: " + errorShown());
        assertTrue(browser.driver().findElements(By.cssSelector("#error script")).isEmpty(), "never as markup");
        assertNoTrace();
    }
}
