package org.greenledger.client.console;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The reporting pack as one CSV file (RFC 4180): a heading block (org, period, block height), then
 * each table under its name, separated by a blank line. Text that a spreadsheet would run as a
 * formula is prefixed with an apostrophe.
 */
final class PackCsv {
    private PackCsv() {
    }

    static byte[] write(ReportingPack pack) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("GreenLedger sandbox reporting pack"));
        line(out, List.of("Read by", pack.mspId()));
        line(out, List.of("Period from", pack.from().toString()));
        line(out, List.of("Period to", pack.to().toString()));
        line(out, List.of("Block height", pack.blockHeight()));
        line(out, List.of("Read at", pack.readAt().toString()));
        pack.notes().forEach(n -> line(out, List.of("Note", n)));
        for (ReportingPack.Table table : pack.tables()) {
            out.append("\r\n");
            line(out, List.of(table.name()));
            line(out, List.copyOf(table.columns()));
            table.rows().forEach(row -> line(out, row));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
