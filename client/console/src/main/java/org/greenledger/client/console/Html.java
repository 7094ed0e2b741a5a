package org.greenledger.client.console;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.greenledger.chaincode.api.money.Currency;

/**
 * Server-rendered HTML: every text from the ledger or the URL goes through {@link #escape}, and the
 * layout (navigation, the identity and block height a page was read at) is the same on every page.
 */
final class Html {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<String[]> NAVIGATION = List.of(
            new String[] {"/", "Market overview"},
            new String[] {"/bond", "Bond"},
            new String[] {"/carbon", "Carbon credits"},
            new String[] {"/movements", "Movements"},
            new String[] {"/actions", "Regulator's actions"},
            new String[] {"/pack", "Reporting pack"});

    private Html() {
    }

    /** Text made safe for element content and quoted attribute values. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page: title, navigation, the body (already HTML) and where it was read. */
    static String page(String title, String currentPath, Reading reading, String body) {
        StringBuilder nav = new StringBuilder();
        for (String[] link : NAVIGATION) {
            nav.append("<a href=\"").append(link[0]).append('"')
                    .append(link[0].equals(currentPath) ? " class=\"current\"" : "")
                    .append('>').append(escape(link[1])).append("</a>");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · GreenLedger console</title>"
                + "<link rel=\"stylesheet\" href=\"/static/console.css\">"
                + "<script src=\"/static/chart.umd.min.js\" defer></script>"
                + "<script src=\"/static/console.js\" defer></script></head><body>"
                + "<header><span class=\"brand\">GreenLedger</span><nav>" + nav + "</nav>"
                + "<span class=\"who\">" + escape(reading.mspId()) + "</span></header>"
                + "<main><h1>" + escape(title) + "</h1>" + body + "</main>"
                + "<footer>Read from the ledger as " + escape(reading.mspId()) + " at block height <span id=\"height\">"
                + (reading.blockHeight() < 0 ? "unknown" : reading.blockHeight()) + "</span>, " + escape(TIME.format(reading.at())) + ".</footer>"
                + "</body></html>";
    }

    /** A table; cells are escaped here. */
    static String table(List<String> headers, List<List<?>> rows, String emptyText) {
        if (rows.isEmpty()) {
            return "<p class=\"empty\">" + escape(emptyText) + "</p>";
        }
        StringBuilder out = new StringBuilder("<table><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<?> row : rows) {
            out.append("<tr>");
            for (Object cell : row) {
                boolean number = cell instanceof Number;
                out.append(number ? "<td class=\"num\">" : "<td>")
                        .append(escape(number ? grouped(cell) : cell)).append("</td>");
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** A small table of label and value pairs. */
    static String facts(List<String[]> pairs) {
        StringBuilder out = new StringBuilder("<dl class=\"facts\">");
        for (String[] pair : pairs) {
            out.append("<dt>").append(escape(pair[0])).append("</dt><dd>").append(escape(pair[1])).append("</dd>");
        }
        return out.append("</dl>").toString();
    }

    /** A GET form; {@code fields} is HTML built with {@link #input}. */
    static String form(String action, String fields, String button) {
        return "<form method=\"get\" action=\"" + escape(action) + "\">" + fields
                + "<button type=\"submit\">" + escape(button) + "</button></form>";
    }

    static String input(String name, String label, String value, String placeholder) {
        return "<label>" + escape(label) + " <input name=\"" + escape(name) + "\" value=\"" + escape(value)
                + "\" placeholder=\"" + escape(placeholder) + "\"></label>";
    }

    static String section(String heading, String content) {
        return "<section><h2>" + escape(heading) + "</h2>" + content + "</section>";
    }

    static String note(String text) {
        return "<p class=\"note\">" + escape(text) + "</p>";
    }

    static String link(String href, Object text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** An amount in minor units shown in the currency's major units, with its code. */
    static String money(long minor, Currency currency) {
        return grouped(BigDecimal.valueOf(minor).movePointLeft(currency.minorUnits())) + " " + currency.code();
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String grouped(Object number) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(8);
        if (number instanceof BigDecimal amount) {
            format.setMinimumFractionDigits(Math.max(0, amount.scale())); // 2,000,000.00 USD keeps its cents
        }
        return format.format(number);
    }

    /** The identity, block height and time a page was read at. */
    record Reading(String mspId, long blockHeight, Instant at) {
    }
}
