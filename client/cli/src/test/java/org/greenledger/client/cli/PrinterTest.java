package org.greenledger.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.YearFraction;
import org.junit.jupiter.api.Test;

class PrinterTest {
    record Line(String project, long amountMinor) {
    }

    record Report(String bondId, Currency currency, Terms terms, List<Line> lines) {
    }

    record Terms(String name, int years, String isin) {
    }

    private static String print(Printer.Format format, Object value) {
        StringWriter text = new StringWriter();
        new Printer(new PrintWriter(text), format).print(value);
        return text.toString();
    }

    @Test
    void aListIsOneRowPerRecord() {
        assertEquals("""
                project  amountMinor
                -------  -----------
                SOLAR-1  150000
                WIND-22  7
                """, print(Printer.Format.table, List.of(new Line("SOLAR-1", 150000), new Line("WIND-22", 7))));
    }

    @Test
    void aRecordIsOneRowPerFieldWithNestedRecordsFlattenedAndListsBeneath() {
        Report report = new Report("XS1", Currency.of("EUR"), new Terms("Green", 5, "XS1"),
                List.of(new Line("SOLAR-1", 1)));
        assertEquals("""
                field        value
                -----------  -----------------------------
                bondId       XS1
                currency     {"code":"EUR","minorUnits":2}
                terms.name   Green
                terms.years  5
                terms.isin   XS1

                lines (1)
                project  amountMinor
                -------  -----------
                SOLAR-1  1
                """, print(Printer.Format.table, report));
    }

    @Test
    void aRecordThatSaysHowItReadsIsPrintedSo() {
        record Period(int number, YearFraction yearFraction) {
        }
        record Schedule(List<Period> periods) {
        }
        assertEquals("""
                periods (1)
                number  yearFraction
                ------  ------------
                1       182/365
                """, print(Printer.Format.table, new Schedule(List.of(new Period(1, YearFraction.of(182, 365))))));
    }

    @Test
    void jsonIsTheChaincodesEncodingIndented() {
        assertEquals("""
                {
                  "project": "SOLAR-1",
                  "amountMinor": 150000
                }
                """, print(Printer.Format.json, new Line("SOLAR-1", 150000)));
    }
}
