package org.greenledger.client.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.Json;

/**
 * Prints what a command returns: as JSON (the chaincode's own encoding, indented) for programs,
 * or as tables for people. Tables follow the records of {@code chaincode/api}: a list of records
 * is one row per record; a single record is one row per field, nested records flattened with
 * dotted names, and each list of records it holds printed as a table of its own beneath.
 */
final class Printer {
    /** The output formats of {@code --output}. */
    enum Format { table, json }

    private final PrintWriter out;
    private final Format format;

    Printer(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    void print(Object result) {
        if (format == Format.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(JsonParser.parseString(Json.encode(result))));
        } else if (result instanceof Collection<?> rows) {
            table(new ArrayList<>(rows));
        } else {
            record(result);
        }
        out.flush();
    }

    private void record(Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, List<?>> tables = new LinkedHashMap<>();
        flatten("", value, fields, tables);
        List<List<String>> rows = new ArrayList<>();
        fields.forEach((name, field) -> rows.add(List.of(name, cell(field))));
        boolean first = true;
        if (!rows.isEmpty()) {
            render(List.of("field", "value"), rows);
            first = false;
        }
        for (Map.Entry<String, List<?>> list : tables.entrySet()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println(list.getKey() + " (" + list.getValue().size() + ")");
            table(list.getValue());
        }
    }

    private static void flatten(String prefix, Object value, Map<String, Object> fields, Map<String, List<?>> tables) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String name = prefix + component.getName();
            if (field != null && field.getClass().isRecord() && !isScalarRecord(field)) {
                flatten(name + ".", field, fields, tables);
            } else if (field instanceof List<?> list && !list.isEmpty() && list.get(0).getClass().isRecord()) {
                tables.put(name, list);
            } else {
                fields.put(name, field);
            }
        }
    }

    private void table(List<?> rows) {
        if (rows.isEmpty()) {
            out.println("(none)");
            return;
        }
        if (!rows.get(0).getClass().isRecord()) {
            rows.forEach(row -> out.println(cell(row)));
            return;
        }
        RecordComponent[] components = rows.get(0).getClass().getRecordComponents();
        List<String> header = new ArrayList<>();
        for (RecordComponent component : components) {
            header.add(component.getName());
        }
        List<List<String>> cells = new ArrayList<>();
        for (Object row : rows) {
            List<String> line = new ArrayList<>();
            for (RecordComponent component : components) {
                line.add(cell(read(component, row)));
            }
            cells.add(line);
        }
        render(header, cells);
    }

    private void render(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(header, widths);
        line(header.stream().map(h -> "").toList(), widths, '-');
        rows.forEach(row -> line(row, widths));
    }

    private void line(List<String> cells, int[] widths) {
        line(cells, widths, ' ');
    }

    private void line(List<String> cells, int[] widths, char fill) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            text.append(cell).append(String.valueOf(fill).repeat(widths[i] - cell.length()));
            if (i < cells.size() - 1) {
                text.append("  ");
            }
        }
        out.println(text.toString().stripTrailing());
    }

    /**
     * A value as one cell: lists joined; a record that says how it reads (a serial range, a year
     * fraction) as it says; other records (a currency, a KYC attestation) as JSON.
     */
    private static String cell(Object value) {
        if (value == null || "".equals(value)) {
            return "-";
        }
        if (value.getClass().isRecord() && readsItsOwnWay(value)) {
            return value.toString();
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "-" : list.stream().map(Printer::cell).collect(Collectors.joining(","));
        }
        if (value.getClass().isRecord() || value instanceof Map<?, ?>) {
            return Json.encode(value);
        }
        return value.toString();
    }

    /** Whether a record reads its own way: a record's generated toString is "Name[field=value, ...]". */
    private static boolean readsItsOwnWay(Object record) {
        return !record.toString().startsWith(record.getClass().getSimpleName() + "[");
    }

    /** Records of a field or two (a currency, a block reference) read best on one line. */
    private static boolean isScalarRecord(Object value) {
        return readsItsOwnWay(value) || value.getClass().getRecordComponents().length <= 2;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
