package org.greenledger.client.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.client.GreenLedger;

/**
 * The market overview: face value outstanding per asset class against the sandbox caps, and per
 * issuer; carbon credits in circulation; movements per day; the latest large-movement reports; and
 * the live feed of committed events, which makes the browser read this page again.
 */
final class OverviewPage implements Page {
    static final int LATEST_REPORTS = 10;
    /** Days the movements chart covers at most. */
    static final int CHART_DAYS = 366;

    private final GreenLedger ledger;
    private final Market market;
    private final java.util.function.Supplier<java.util.Optional<String>> feedTrouble;

    OverviewPage(GreenLedger ledger, Market market, java.util.function.Supplier<java.util.Optional<String>> feedTrouble) {
        this.ledger = ledger;
        this.market = market;
        this.feedTrouble = feedTrouble;
    }

    @Override
    public Response answer(Query query, Html.Reading reading) {
        Market shown = market.or(query);
        MarketFigures figures = MarketFigures.read(ledger, shown);
        StringBuilder body = new StringBuilder();
        body.append(Html.form("/", Html.input("bond", "Bonds", String.join(",", shown.bonds()), "ISIN,ISIN")
                + Html.input("token", "Deposit tokens", String.join(",", shown.depositTokens()), "token id")
                + Html.input("project", "Carbon projects", String.join(",", shown.carbonProjects()), "project id"),
                "Show"));
        body.append(Html.note(figures.listed ? "Every bond, deposit token and registered carbon project the ledger"
                + " lists (bonds: " + figures.bonds.size() + ", deposit tokens: " + figures.tokens.size()
                + ", carbon projects: " + figures.creditLedgers.size() + "); name some in the form to narrow the movements"
                + " and credits shown." : "Only the assets named are shown; empty the form to show every one the"
                + " ledger lists."));
        body.append(capsSection(figures));
        body.append(Html.section("Outstanding by issuer", Html.table(
                List.of("Asset class", "Issuer", "Currency", "Outstanding"),
                figures.outstanding.stream().<List<?>>map(o -> List.of(o.assetClass(), o.issuerMspId(),
                        o.currency().code(), major(o.faceValueMinor(), o.currency().minorUnits())))
                        .toList(), figures.outstandingRefused ? "The ledger shows the outstanding totals to the"
                        + " registry and the regulator only (NOT_AUTHORIZED for this org)." : "Nothing outstanding.")));
        body.append(creditsSection(figures));
        body.append(movementsSection(figures));
        body.append(Html.section("Live", "<ol id=\"live-events\" data-source=\"/live\"></ol>"
                + Html.note(feedTrouble.get().orElse("Events committed since this page was read appear here, and the"
                        + " figures above are read again."))));
        figures.notes.forEach(n -> body.append(Html.note(n)));
        return Response.html(Html.page("Market overview", "/", reading, body.toString()));
    }

    private static String capsSection(MarketFigures figures) {
        Map<MarketFigures.CapKey, Long> byClass = figures.outstandingByClass();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> used = new ArrayList<>();
        List<List<?>> rows = new ArrayList<>();
        java.util.Set<MarketFigures.CapKey> keys = new java.util.LinkedHashSet<>(figures.caps.keySet());
        keys.addAll(byClass.keySet());
        for (MarketFigures.CapKey key : keys) {
            int scale = key.currency().minorUnits();
            // A class and currency nobody issued in has nothing outstanding; a refused read shows nothing.
            Long out = byClass.containsKey(key) ? byClass.get(key) : figures.outstandingRefused ? null : 0L;
            SandboxCap cap = figures.caps.get(key);
            BigDecimal share = cap == null || out == null ? null
                    : BigDecimal.valueOf(out).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(cap.totalMaxMinor()), 1, java.math.RoundingMode.HALF_EVEN);
            if (share != null) {
                labels.add(key.assetClass() + " " + key.currency().code());
                used.add(share);
            }
            rows.add(List.of(key.assetClass(), key.currency().code(), out == null ? "not shown" : major(out, scale),
                    cap == null ? "no cap" : major(cap.totalMaxMinor(), scale),
                    cap == null ? "" : major(cap.perTransactionMaxMinor(), scale),
                    share == null ? "" : share + " %"));
        }
        // A share of each cap, so that classes in different currencies compare on one axis.
        String chart = labels.isEmpty() ? "" : Charts.bars("caps-chart", "Outstanding as % of the sandbox cap",
                labels, List.of(Charts.Series.bar("% of the cap used", used)));
        return Html.section("Outstanding per asset class against the sandbox caps", chart + Html.table(
                List.of("Asset class", "Currency", "Outstanding", "Cap (total)", "Cap per transaction", "Of the cap"),
                rows, "No sandbox cap set and nothing outstanding.")
                + Html.note(figures.outstandingRefused ? "The ledger shows the outstanding totals to the registry and"
                        + " the regulator only (NOT_AUTHORIZED for this org): the caps are shown without them."
                        : "Outstanding as the chaincode keeps it for the caps (issues and mints less burns and"
                        + " redemptions, per issuer), over the whole market whatever assets are named."));
    }

    private static String creditsSection(MarketFigures figures) {
        List<List<?>> rows = new ArrayList<>();
        for (ProjectCreditLedger l : figures.creditLedgers) {
            rows.add(List.of(l.projectId(), l.issuedUnits(), l.bufferUnits(), l.retiredUnits(),
                    l.cancelledUnits(), l.issuedUnits() - l.retiredUnits() - l.cancelledUnits()));
        }
        return Html.section("Carbon credits (tCO2e)", Html.table(
                List.of("Project", "Issued", "Buffer pool", "Retired", "Cancelled", "In circulation"), rows,
                "No registered carbon project."));
    }

    private static String movementsSection(MarketFigures figures) {
        if (figures.historyRefused) {
            return Html.section("Movements", Html.note("The ledger shows the movement history to the regulator"
                    + " only (NOT_AUTHORIZED for this org)."));
        }
        TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
        for (MarketFigures.Movement m : figures.movements) {
            long[] counts = perDay.computeIfAbsent(LocalDate.ofInstant(m.moved().at(), ZoneOffset.UTC),
                    d -> new long[2]);
            counts[0]++;
            if (m.moved().reportable()) {
                counts[1]++;
            }
        }
        String chart = "";
        if (!perDay.isEmpty()) {
            // Every day from the first movement (at most a year back from the last) to the last, quiet days as 0.
            LocalDate last = perDay.lastKey();
            LocalDate first = perDay.firstKey();
            if (first.isBefore(last.minusDays(CHART_DAYS - 1))) {
                first = last.minusDays(CHART_DAYS - 1);
            }
            List<String> days = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            List<Long> large = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                long[] counts = perDay.getOrDefault(d, new long[2]);
                days.add(d.toString());
                all.add(counts[0]);
                large.add(counts[1]);
            }
            chart = Charts.line("movements-chart", "Movements per day (UTC)", days, List.of(
                    Charts.Series.line("Movements", all), Charts.Series.line("Large movements", large)));
        }
        List<MarketFigures.Movement> large = figures.movements.stream().filter(m -> m.moved().reportable()).toList();
        List<List<?>> rows = new ArrayList<>();
        for (int i = large.size() - 1; i >= 0 && rows.size() < LATEST_REPORTS; i--) {
            MarketFigures.Movement m = large.get(i);
            rows.add(List.of(Html.time(m.moved().at()), m.moved().assetId(), sender(m.moved().fromAccountId()),
                    receiver(m.moved().toAccountId()), m.moved().units(),
                    Html.money(m.moved().faceValueMinor(), m.currency()), m.moved().transactionId()));
        }
        return Html.section("Movements per day", chart.isEmpty() ? Html.note("No movement recorded.") : chart)
                + Html.section("Latest large-movement reports", Html.table(List.of("Time", "Asset", "From", "To",
                        "Units", "Face value", "Transaction"), rows, "No movement at or above the reporting threshold."));
    }

    /** A movement's sender: none when units were issued (minted, delivered at issue). */
    static String sender(String accountId) {
        return accountId == null ? "(issued)" : accountId;
    }

    /** A movement's receiver: none when units were destroyed (burned, redeemed, retired). */
    static String receiver(String accountId) {
        return accountId == null ? "(destroyed)" : accountId;
    }

    static BigDecimal major(long minor, int minorUnits) {
        return BigDecimal.valueOf(minor).movePointLeft(minorUnits);
    }
}
