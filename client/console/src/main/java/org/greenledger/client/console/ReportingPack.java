package org.greenledger.client.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * The sandbox reporting pack for a period: movements and large movements in it, outstanding by asset
 * class and issuer (at the block height read), new issues, redemptions, coupons paid, credits issued
 * and retired, and a summary of their totals. Amounts are in the currency's major units.
 *
 * @param mspId       the org whose identity read it
 * @param from        the period's first day (UTC)
 * @param to          the period's last day (UTC), included
 * @param blockHeight the ledger's height when the reading began
 * @param readAt      when the reading began
 * @param tables      the summary first, then the detail tables
 * @param notes       what the ledger refused this org or could not answer
 */
record ReportingPack(String mspId, LocalDate from, LocalDate to, long blockHeight, Instant readAt,
        List<Table> tables, List<String> notes) {
    /** Longest period a pack covers. */
    static final int MAX_DAYS = 3_660;

    /**
     * One table of the pack: cells are String, Long or BigDecimal.
     *
     * @param name    its name (a sheet of the XLSX)
     * @param columns column headings
     * @param rows    the rows
     */
    record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static ReportingPack read(GreenLedger ledger, Market market, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ConsoleError.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ConsoleError.badRequest("a pack covers at most " + MAX_DAYS + " days");
        }
        long height = ledger.blockHeight();
        Instant readAt = Instant.now();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        MarketFigures figures = MarketFigures.read(ledger, market);
        Builder b = new Builder(start, end);
        b.movements(figures);
        b.outstanding(figures);
        b.issuesAndRedemptions(figures);
        b.coupons(ledger, figures);
        b.credits(figures);
        List<Table> tables = new ArrayList<>();
        tables.add(b.summary());
        tables.addAll(b.tables.values());
        List<String> notes = new ArrayList<>(figures.notes);
        notes.addAll(b.notes);
        return new ReportingPack(ledger.mspId(), from, to, height, readAt, List.copyOf(tables), List.copyOf(notes));
    }

    /** Fills the tables and keeps the summary's totals as it goes. */
    private static final class Builder {
        private static final List<String> MOVEMENT_COLUMNS = List.of("Time (UTC)", "Asset", "Asset class", "From",
                "To", "Units", "Face value", "Currency", "Large", "Reference", "Transaction");
        private final Instant start;
        private final Instant end;
        private final Map<String, Table> tables = new LinkedHashMap<>();
        private final List<List<Object>> summary = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(Instant start, Instant end) {
            this.start = start;
            this.end = end;
            table("Movements", MOVEMENT_COLUMNS);
            table("Large movements", MOVEMENT_COLUMNS);
            table("Outstanding", List.of("Asset class", "Issuer", "Currency", "Outstanding"));
            table("New issues", List.of("Bond", "Issuer", "Currency", "Issued at", "Units", "Gross proceeds",
                    "Net proceeds"));
            table("Redemptions", List.of("Bond", "Outcome", "At", "Currency", "Price per unit", "Holders paid"));
            table("Coupons paid", List.of("Bond", "Period", "Account", "Units", "Currency", "Coupon", "Principal",
                    "Paid at", "Reference"));
            table("Credits issued", List.of("Project", "Issuance", "Vintage", "Serials", "Delivered", "Buffer",
                    "At"));
            table("Credits retired", List.of("Project", "Certificate", "Vintage", "Serials", "tCO2e",
                    "Beneficiary", "Purpose", "Article 6", "At"));
        }

        private void table(String name, List<String> columns) {
            tables.put(name, new Table(name, columns, new ArrayList<>()));
        }

        private boolean inPeriod(Instant at) {
            return at != null && !at.isBefore(start) && at.isBefore(end);
        }

        void movements(MarketFigures figures) {
            Map<String, BigDecimal[]> byCurrency = new LinkedHashMap<>();
            long count = 0;
            long large = 0;
            for (MarketFigures.Movement m : figures.movements) {
                if (!inPeriod(m.moved().at())) {
                    continue;
                }
                BigDecimal face = major(m.moved().faceValueMinor(), m.currency());
                List<Object> row = List.of(time(m.moved().at()), m.moved().assetId(), m.assetClass().toString(),
                        OverviewPage.sender(m.moved().fromAccountId()), OverviewPage.receiver(m.moved().toAccountId()),
                        m.moved().units(), face, m.currency().code(), m.moved().reportable() ? "yes" : "no",
                        m.moved().reference() == null ? "" : m.moved().reference(), m.moved().transactionId());
                tables.get("Movements").rows().add(row);
                count++;
                BigDecimal[] sums = byCurrency.computeIfAbsent(m.currency().code(),
                        c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(face);
                if (m.moved().reportable()) {
                    tables.get("Large movements").rows().add(row);
                    large++;
                    sums[1] = sums[1].add(face);
                }
            }
            if (figures.historyRefused) {
                summary.add(List.of("Movements", "", "not shown to this org"));
                return;
            }
            summary.add(List.of("Movements", "count", count));
            summary.add(List.of("Large movements", "count", large));
            byCurrency.forEach((code, sums) -> {
                summary.add(List.of("Movements face value", code, sums[0]));
                summary.add(List.of("Large movements face value", code, sums[1]));
            });
        }

        /** The chaincode's own totals, which the caps are checked against: the whole market, at the block read. */
        void outstanding(MarketFigures figures) {
            if (figures.outstandingRefused) {
                summary.add(List.of("Outstanding", "", "not shown to this org"));
                return;
            }
            for (MarketFigures.Outstanding o : figures.outstanding) {
                tables.get("Outstanding").rows().add(List.of(o.assetClass().toString(), o.issuerMspId(),
                        o.currency().code(), major(o.faceValueMinor(), o.currency())));
            }
            figures.outstandingByClass().forEach((key, minor) -> summary.add(List.of("Outstanding "
                    + key.assetClass(), key.currency().code(), major(minor, key.currency()))));
        }

        void issuesAndRedemptions(MarketFigures figures) {
            Map<String, BigDecimal> gross = new LinkedHashMap<>();
            long issues = 0;
            long redemptions = 0;
            for (Bond bond : figures.bonds) {
                Currency c = bond.terms().currency();
                if (bond.issue() != null && bond.issue().issuedAt() != null && inPeriod(bond.issue().issuedAt())) {
                    tables.get("New issues").rows().add(List.of(bond.bondId(), bond.terms().issuerMspId(), c.code(),
                            time(bond.issue().issuedAt()), bond.issue().unitsIssued(),
                            major(bond.issue().grossProceedsMinor(), c), major(bond.issue().netProceedsMinor(), c)));
                    gross.merge(c.code(), major(bond.issue().grossProceedsMinor(), c), BigDecimal::add);
                    issues++;
                }
                if (bond.closure() != null && EnumSet.of(BondStatus.REDEEMED, BondStatus.CALLED)
                        .contains(bond.status()) && inPeriod(bond.closure().at())) {
                    tables.get("Redemptions").rows().add(List.of(bond.bondId(), bond.status().toString(),
                            time(bond.closure().at()), c.code(), major(bond.closure().pricePerUnitMinor(), c),
                            (long) bond.closure().holdersPaid()));
                    redemptions++;
                }
            }
            summary.add(List.of("New issues", "count", issues));
            gross.forEach((code, sum) -> summary.add(List.of("New issues gross proceeds", code, sum)));
            summary.add(List.of("Redemptions", "count", redemptions));
        }

        void coupons(GreenLedger ledger, MarketFigures figures) {
            Map<String, BigDecimal[]> paid = new LinkedHashMap<>();
            for (Bond bond : figures.bonds) {
                Currency c = bond.terms().currency();
                try {
                    List<CouponRecord> records = BondPage.couponRecords(ledger, bond.bondId(),
                            ledger.bonds().couponSchedule(bond.bondId()));
                    for (CouponRecord record : records) {
                        for (Entitlement e : ledger.bonds().holderRegister(
                                new CouponPeriodRef(bond.bondId(), record.period()))) {
                            if (e.status() == EntitlementStatus.PAID && inPeriod(e.paidAt())) {
                                tables.get("Coupons paid").rows().add(List.of(bond.bondId(), (long) e.period(),
                                        e.accountId(), e.units(), c.code(), major(e.couponMinor(), c),
                                        major(e.principalMinor(), c), time(e.paidAt()),
                                        e.paymentReference() == null ? "" : e.paymentReference()));
                                BigDecimal[] sums = paid.computeIfAbsent(c.code(),
                                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                                sums[0] = sums[0].add(major(e.couponMinor(), c));
                                sums[1] = sums[1].add(major(e.principalMinor(), c));
                            }
                        }
                    }
                } catch (RejectedException e) {
                    notes.add("coupons of " + bond.bondId() + ": " + e.code() + ": " + e.reason());
                }
            }
            paid.forEach((code, sums) -> {
                summary.add(List.of("Coupons paid", code, sums[0]));
                summary.add(List.of("Principal paid", code, sums[1]));
            });
        }

        void credits(MarketFigures figures) {
            long issued = 0;
            long retired = 0;
            for (ProjectCreditLedger ledger : figures.creditLedgers) {
                for (CreditIssuance i : ledger.issuances()) {
                    if (inPeriod(i.at())) {
                        tables.get("Credits issued").rows().add(List.of(ledger.projectId(), i.issuanceId(),
                                (long) i.range().vintage(), i.range().toString(), i.deliveredUnits(), i.bufferUnits(),
                                time(i.at())));
                        issued += i.range().quantity();
                    }
                }
                for (RetirementCertificate r : ledger.retirements()) {
                    if (inPeriod(r.retiredAt())) {
                        tables.get("Credits retired").rows().add(List.of(ledger.projectId(), r.retirementId(),
                                (long) r.range().vintage(), r.serials(), r.quantityRetired(), r.beneficiary(),
                                r.purpose().toString(), CarbonPage.article6(r.article6()), time(r.retiredAt())));
                        retired += r.quantityRetired();
                    }
                }
            }
            summary.add(List.of("Credits issued", "tCO2e", issued));
            summary.add(List.of("Credits retired", "tCO2e", retired));
        }

        Table summary() {
            return new Table("Summary", List.of("Figure", "Currency or unit", "Value"), summary);
        }

        private static BigDecimal major(long minor, Currency currency) {
            return BigDecimal.valueOf(minor).movePointLeft(currency.minorUnits());
        }

        private static String time(Instant at) {
            return at.toString();
        }
    }
}
