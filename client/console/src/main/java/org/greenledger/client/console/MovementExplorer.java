package org.greenledger.client.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.client.GreenLedger;

/**
 * The movements of one asset or one account, one ledger page at a time (oldest first, the ledger's
 * bookmark to go on), filtered by date, counterparty and large movements only. Filters apply to the
 * page the ledger returned, so a filtered page may show fewer rows than its size.
 */
final class MovementExplorer implements Page {
    static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_BOOKMARK = 1_000;

    private final GreenLedger ledger;

    MovementExplorer(GreenLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Response answer(Query query, Html.Reading reading) {
        Optional<String> asset = query.id("asset");
        Optional<String> account = query.accountId("account");
        Optional<LocalDate> from = query.date("from");
        Optional<LocalDate> to = query.date("to");
        Optional<String> counterparty = query.accountId("counterparty");
        boolean largeOnly = query.text("large").isPresent();
        int pageSize = query.pageSize(DEFAULT_PAGE_SIZE);
        String bookmark = query.text("bookmark").orElse("");
        if (bookmark.length() > MAX_BOOKMARK) {
            throw ConsoleError.badRequest("bookmark is longer than " + MAX_BOOKMARK + " characters");
        }
        if (asset.isPresent() && account.isPresent()) {
            throw ConsoleError.badRequest("give an asset or an account, not both");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ConsoleError.badRequest("to (" + to.get() + ") is before from (" + from.get() + ")");
        }
        String form = Html.form("/movements", Html.input("asset", "Asset", asset.orElse(""), "ISIN or token id")
                + Html.input("account", "or account", account.orElse(""), "account id")
                + Html.input("from", "From", from.map(LocalDate::toString).orElse(""), "YYYY-MM-DD")
                + Html.input("to", "To", to.map(LocalDate::toString).orElse(""), "YYYY-MM-DD")
                + Html.input("counterparty", "Counterparty", counterparty.orElse(""), "account id")
                + Html.input("pageSize", "Page size", String.valueOf(pageSize), "1-" + Query.MAX_PAGE_SIZE)
                + "<label><input type=\"checkbox\" name=\"large\" value=\"1\"" + (largeOnly ? " checked" : "")
                + "> large movements only</label>", "Show");
        if (asset.isEmpty() && account.isEmpty()) {
            return Response.html(Html.page("Movements", "/movements", reading, form));
        }
        MovementPage page = asset.isPresent()
                ? ledger.history().assetMovements(asset.get(), pageSize, bookmark)
                : ledger.history().accountMovements(account.get(), pageSize, bookmark);
        List<List<?>> rows = page.movements().stream()
                .filter(m -> !largeOnly || m.reportable())
                .filter(m -> from.isEmpty() || !day(m).isBefore(from.get()))
                .filter(m -> to.isEmpty() || !day(m).isAfter(to.get()))
                .filter(m -> counterparty.isEmpty() || counterparty.get().equals(m.fromAccountId())
                        || counterparty.get().equals(m.toAccountId()))
                .<List<?>>map(m -> List.of(Html.time(m.at()), m.assetId(), OverviewPage.sender(m.fromAccountId()),
                        OverviewPage.receiver(m.toAccountId()), m.units(), m.faceValueMinor(),
                        m.reportable() ? "large" : "", m.reference() == null ? "" : m.reference(), m.transactionId()))
                .toList();
        StringBuilder body = new StringBuilder(form);
        body.append(Html.section((asset.isPresent() ? "Asset " + asset.get() : "Account " + account.get()),
                Html.table(List.of("Time", "Asset", "From", "To", "Units", "Face value (minor units)", "Report",
                        "Reference", "Transaction"), rows, "No movement on this page matches.")
                        + Html.note(page.movements().size() + " movements read from the ledger on this page, "
                                + rows.size() + " shown.")));
        if (page.bookmark() != null && !page.bookmark().isEmpty() && page.movements().size() == pageSize) {
            body.append("<p>").append(Html.link(nextPage(query, page.bookmark()), "Next page")).append("</p>");
        }
        return Response.html(Html.page("Movements", "/movements", reading, body.toString()));
    }

    private static LocalDate day(UnitsMoved m) {
        return LocalDate.ofInstant(m.at(), ZoneOffset.UTC);
    }

    private static String nextPage(Query query, String bookmark) {
        StringBuilder href = new StringBuilder("/movements?bookmark=").append(encode(bookmark));
        for (String name : List.of("asset", "account", "from", "to", "counterparty", "pageSize", "large")) {
            query.text(name).ifPresent(v -> href.append('&').append(name).append('=').append(encode(v)));
        }
        return href.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
