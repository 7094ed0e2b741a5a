package org.greenledger.client.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ReportingPackTest {
    private final ReportingPack pack = ReportingPack.read(DemoMarket.regulator(), DemoMarket.MARKET, DemoMarket.FROM,
            DemoMarket.TO);

    @Test
    void totals_of_the_period_are_those_worked_out_by_hand() {
        Map<String, Object> summary = summary(pack.table("Summary").rows());
        assertEquals(7L, summary.get("Movements|count"));
        assertEquals(3L, summary.get("Large movements|count"));
        assertEquals(new BigDecimal("4900000000"), summary.get("Movements face value|VND"));
        assertEquals(new BigDecimal("3500000000"), summary.get("Large movements face value|VND"));
        assertEquals(new BigDecimal("2000000.00"), summary.get("Movements face value|USD"));
        assertEquals(new BigDecimal("6000000000"), summary.get("Outstanding GREEN_BOND|VND"));
        assertEquals(new BigDecimal("2000000.00"), summary.get("Outstanding GREEN_BOND|USD"));
        assertEquals(new BigDecimal("11500000000"), summary.get("Outstanding DEPOSIT_TOKEN|VND"));
        assertEquals(1L, summary.get("New issues|count"));
        assertEquals(new BigDecimal("136109589"), summary.get("Coupons paid|VND"));
        assertEquals(800L, summary.get("Credits issued|tCO2e"));
        assertEquals(250L, summary.get("Credits retired|tCO2e"));
        assertEquals(42, pack.blockHeight());
        assertEquals(7, pack.table("Movements").rows().size());
        assertEquals(2, pack.table("Coupons paid").rows().size());
        assertEquals(DemoMarket.WIND_BOND, pack.table("New issues").rows().get(0).get(0));
    }

    @Test
    void outstanding_is_split_by_issuer() {
        List<List<Object>> rows = pack.table("Outstanding").rows();
        assertTrue(rows.contains(List.of("GREEN_BOND", "BankAMSP", "VND", new BigDecimal("6000000000"))));
        assertTrue(rows.contains(List.of("GREEN_BOND", "BankBMSP", "USD", new BigDecimal("2000000.00"))));
        assertTrue(rows.contains(List.of("DEPOSIT_TOKEN", "BankAMSP", "VND", new BigDecimal("11500000000"))));
    }

    @Test
    void the_xlsx_opens_and_its_totals_match_the_pack() throws IOException {
        byte[] xlsx = PackXlsx.write(pack);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Summary", "Movements", "Large movements", "Outstanding", "New issues", "Redemptions",
                    "Coupons paid", "Credits issued", "Credits retired"), sheets);
            List<Row> summary = workbook.getFirstSheet().read();
            assertEquals("Block height", summary.get(5).getCellAsString(0).orElseThrow());
            assertEquals(0, new BigDecimal("42").compareTo(summary.get(5).getCellAsNumber(1).orElseThrow()));
            Map<String, BigDecimal> totals = new HashMap<>();
            boolean inTable = false;
            for (Row row : summary) {
                if (inTable && row.getCellCount() >= 3) {
                    totals.put(row.getCellAsString(0).orElseThrow() + "|" + row.getCellAsString(1).orElse(""),
                            row.getCellAsNumber(2).orElse(null));
                }
                inTable |= row.getCellCount() > 0 && row.getCellAsString(0).orElse("").equals("Figure");
            }
            assertEquals(0, new BigDecimal("4900000000").compareTo(totals.get("Movements face value|VND")));
            assertEquals(0, new BigDecimal("136109589").compareTo(totals.get("Coupons paid|VND")));
            assertEquals(0, new BigDecimal("250").compareTo(totals.get("Credits retired|tCO2e")));

            Sheet movements = workbook.findSheet("Movements").orElseThrow();
            List<Row> rows = movements.read();
            assertEquals(1 + 7, rows.size());
            BigDecimal vnd = BigDecimal.ZERO;
            for (Row row : rows.subList(1, rows.size())) {
                if (row.getCellAsString(7).orElseThrow().equals("VND")) {
                    vnd = vnd.add(row.getCellAsNumber(6).orElseThrow());
                }
            }
            assertEquals(0, new BigDecimal("4900000000").compareTo(vnd));
            List<Row> retired = workbook.findSheet("Credits retired").orElseThrow().read();
            assertEquals(DemoMarket.HOSTILE_BENEFICIARY, retired.get(2).getCellAsString(5).orElseThrow());
        }
    }

    @Test
    void the_csv_has_the_heading_and_every_table() {
        String csv = new String(PackCsv.write(pack), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("GreenLedger sandbox reporting pack\r\nRead by,RegulatorMSP\r\nPeriod from,2026-11-01"
                + "\r\nPeriod to,2026-11-30\r\nBlock height,42\r\n"), csv);
        assertTrue(csv.contains("\r\nMovements face value,VND,4900000000\r\n"));
        assertTrue(csv.contains("\r\nCoupons paid,VND,136109589\r\n"));
        assertTrue(csv.contains("\r\nCredits retired\r\nProject,Certificate,"));
        assertEquals(1 + 7, csv.lines().dropWhile(l -> !l.equals("Movements")).skip(1)
                .takeWhile(l -> !l.isEmpty()).count());
    }

    @Test
    void csv_quotes_separators_and_defuses_formulas() {
        assertEquals("\"a,b\"", PackCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", PackCsv.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", PackCsv.cell("=HYPERLINK(1)"));
        assertEquals("-5", PackCsv.cell(-5L));
        assertEquals("0.10", PackCsv.cell(new BigDecimal("0.10")));
    }

    @Test
    void a_bank_gets_a_pack_without_the_regulators_history() {
        ReportingPack bank = ReportingPack.read(DemoMarket.bankB(), DemoMarket.MARKET, DemoMarket.FROM, DemoMarket.TO);
        assertTrue(bank.table("Movements").rows().isEmpty());
        assertEquals("not shown to this org", summary(bank.table("Summary").rows()).get("Movements|"));
        assertTrue(bank.notes().stream().anyMatch(n -> n.contains("NOT_AUTHORIZED")), bank.notes().toString());
        assertTrue(bank.table("Outstanding").rows().isEmpty(), "the market's totals are the overseers' to read");
        assertEquals("not shown to this org", summary(bank.table("Summary").rows()).get("Outstanding|"));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        ConsoleError e = assertThrows(ConsoleError.class, () -> ReportingPack.read(DemoMarket.regulator(),
                DemoMarket.MARKET, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-01")));
        assertEquals(400, e.status);
    }

    private static Map<String, Object> summary(List<List<Object>> rows) {
        Map<String, Object> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get(0) + "|" + r.get(1), r.get(2)));
        return out;
    }
}
