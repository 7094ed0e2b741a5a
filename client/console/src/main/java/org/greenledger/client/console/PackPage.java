package org.greenledger.client.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenledger.client.GreenLedger;

/**
 * The sandbox reporting pack for a period: shown as tables, and downloadable as CSV
 * ({@code /pack.csv}) and XLSX ({@code /pack.xlsx}) with the same parameters.
 */
final class PackPage {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GreenLedger ledger;
    private final Market market;

    PackPage(GreenLedger ledger, Market market) {
        this.ledger = ledger;
        this.market = market;
    }

    private ReportingPack read(Query query) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = query.date("from").orElse(today.withDayOfMonth(1));
        LocalDate to = query.date("to").orElse(today);
        return ReportingPack.read(ledger, market.or(query), from, to);
    }

    Page html() {
        return (query, reading) -> {
            Market shown = market.or(query);
            ReportingPack pack = read(query);
            String params = "from=" + pack.from() + "&to=" + pack.to() + shown.asQuery();
            StringBuilder body = new StringBuilder(Html.form("/pack",
                    Html.input("from", "From", pack.from().toString(), "YYYY-MM-DD")
                            + Html.input("to", "To", pack.to().toString(), "YYYY-MM-DD")
                            + Html.input("bond", "Bonds", String.join(",", shown.bonds()), "ISIN,ISIN")
                            + Html.input("token", "Deposit tokens", String.join(",", shown.depositTokens()), "id")
                            + Html.input("project", "Carbon projects", String.join(",", shown.carbonProjects()), "id"),
                    "Read"));
            body.append("<p class=\"downloads\">Download: ").append(Html.link("/pack.csv?" + params, "CSV"))
                    .append(" · ").append(Html.link("/pack.xlsx?" + params, "XLSX")).append("</p>");
            body.append(Html.note("Period " + pack.from() + " to " + pack.to() + " (UTC), read at block height "
                    + pack.blockHeight() + ". Outstanding is as at that block."));
            pack.notes().forEach(n -> body.append(Html.note(n)));
            for (ReportingPack.Table table : pack.tables()) {
                body.append(Html.section(table.name(), Html.table(table.columns(),
                        List.copyOf(table.rows()), "None in the period.")));
            }
            return Response.html(Html.page("Sandbox reporting pack", "/pack", reading, body.toString()));
        };
    }

    Page csv() {
        return (query, reading) -> {
            ReportingPack pack = read(query);
            return Response.download("text/csv; charset=utf-8", PackCsv.write(pack), fileName(pack, "csv"));
        };
    }

    Page xlsx() {
        return (query, reading) -> {
            ReportingPack pack = read(query);
            return Response.download(XLSX, PackXlsx.write(pack), fileName(pack, "xlsx"));
        };
    }

    private static String fileName(ReportingPack pack, String extension) {
        return "sandbox-pack-" + pack.mspId() + "-" + pack.from() + "-" + pack.to() + "-block-" + pack.blockHeight()
                + "." + extension;
    }
}
