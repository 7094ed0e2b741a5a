package org.greenledger.client.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The reporting pack as an XLSX workbook (written by fastexcel): a sheet per table, the summary
 * first with the org, period and block height above its totals. Amounts and counts are numbers.
 */
final class PackXlsx {
    private PackXlsx() {
    }

    static byte[] write(ReportingPack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "GreenLedger console", "1.0");
            for (ReportingPack.Table table : pack.tables()) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                int row = 0;
                if (table == pack.tables().get(0)) {
                    row = heading(sheet, pack);
                }
                header(sheet, row++, table.columns());
                for (List<Object> cells : table.rows()) {
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Number n) {
                            sheet.value(row, c, n);
                        } else {
                            sheet.value(row, c, value == null ? "" : value.toString());
                        }
                    }
                    row++;
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.width(c, 20);
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int heading(Worksheet sheet, ReportingPack pack) {
        String[][] lines = {
            {"GreenLedger sandbox reporting pack", ""},
            {"Read by", pack.mspId()},
            {"Period from", pack.from().toString()},
            {"Period to", pack.to().toString()},
            {"Read at", pack.readAt().toString()}};
        int row = 0;
        for (String[] line : lines) {
            sheet.value(row, 0, line[0]);
            sheet.value(row, 1, line[1]);
            row++;
        }
        sheet.value(row, 0, "Block height");
        sheet.value(row, 1, pack.blockHeight());
        row++;
        for (String note : pack.notes()) {
            sheet.value(row, 0, "Note");
            sheet.value(row, 1, note);
            row++;
        }
        return row + 1;
    }

    private static void header(Worksheet sheet, int row, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c, columns.get(c));
            sheet.style(row, c).bold().set();
        }
    }
}
