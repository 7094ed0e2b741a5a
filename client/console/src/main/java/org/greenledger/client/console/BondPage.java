package org.greenledger.client.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.ProjectImpact;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * A bond: its terms and status, the coupon schedule, the coupon records fixed so far, the holder
 * register at a chosen record date, the allocation of its proceeds by project and ICMA category,
 * and the impact attested for its share of the projects it finances.
 */
final class BondPage implements Page {
    private final GreenLedger ledger;

    BondPage(GreenLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Response answer(Query query, Html.Reading reading) {
        Optional<String> isin = query.isin("isin");
        String form = Html.form("/bond", Html.input("isin", "ISIN", isin.orElse(""), "XS0000000000"), "Show");
        if (isin.isEmpty()) {
            return Response.html(Html.page("Bond", "/bond", reading, form));
        }
        Bond bond = ledger.bonds().get(isin.get());
        CouponSchedule schedule = ledger.bonds().couponSchedule(isin.get());
        List<CouponRecord> records = couponRecords(ledger, isin.get(), schedule);
        int period = chosenPeriod(query, schedule, records);
        BondImpactQuery impactWindow = impactWindow(query, bond);
        Currency currency = bond.terms().currency();
        String body = form + terms(bond)
                + Html.section("Coupon schedule", scheduleTable(schedule, currency, records))
                + Sections.read("Holder register", () -> register(bond, schedule, records, period))
                + Sections.read("Allocation of proceeds", () -> allocation(isin.get()))
                + Sections.read("Attested impact", () -> impact(impactWindow));
        return Response.html(Html.page("Bond " + bond.bondId(), "/bond", reading, body));
    }

    private static String terms(Bond bond) {
        BondTerms t = bond.terms();
        List<String[]> facts = new ArrayList<>(List.of(
                new String[] {"Name", t.name()},
                new String[] {"Status", bond.status().toString()},
                new String[] {"Issuer", t.issuerMspId() + " (account " + t.issuerAccountId() + ")"},
                new String[] {"Denomination", Html.money(t.denominationMinor(), t.currency())},
                new String[] {"Maximum units", Html.grouped(t.maxUnits())},
                new String[] {"Coupon", t.couponType() + " " + t.couponRate().movePointRight(2).stripTrailingZeros()
                        .toPlainString() + " %, " + t.schedule().frequency() + ", " + t.schedule().dayCount()},
                new String[] {"Issue date", t.schedule().issueDate().toString()},
                new String[] {"Maturity date", t.schedule().maturityDate().toString()},
                new String[] {"Eligible investors", t.eligibleInvestors().toString()},
                new String[] {"Green framework", t.framework().eligibleCategories() + ", reviewed by "
                        + t.framework().externalReviewerMspId()},
                new String[] {"Framework document (SHA-256)", t.framework().frameworkDocumentHash()}));
        if (bond.issue() != null) {
            facts.add(new String[] {"Units issued", Html.grouped(bond.issue().unitsIssued())});
            facts.add(new String[] {"Net proceeds", Html.money(bond.issue().netProceedsMinor(), t.currency())});
        }
        if (bond.covenantBreachedAt() != null) {
            facts.add(new String[] {"Green covenant", "in breach since " + Html.time(bond.covenantBreachedAt())});
        }
        return Html.section("Terms and status", Html.facts(facts));
    }

    /** The records fixed so far: record dates are fixed period after period, so reading stops at the first gap. */
    static List<CouponRecord> couponRecords(GreenLedger ledger, String isin, CouponSchedule schedule) {
        List<CouponRecord> records = new ArrayList<>();
        for (CouponPeriod p : schedule.periods()) {
            try {
                records.add(ledger.bonds().couponRecord(new CouponPeriodRef(isin, p.number())));
            } catch (RejectedException e) {
                if (e.code() == ErrorCode.NOT_FOUND) {
                    break;
                }
                throw e;
            }
        }
        return records;
    }

    private static int chosenPeriod(Query query, CouponSchedule schedule, List<CouponRecord> records) {
        Optional<LocalDate> recordDate = query.date("recordDate");
        if (recordDate.isPresent()) {
            return schedule.periods().stream().filter(p -> p.recordDate().equals(recordDate.get()))
                    .map(CouponPeriod::number).findFirst()
                    .orElseThrow(() -> new ConsoleError(404, "NOT_FOUND", "no coupon period has the record date "
                            + recordDate.get()));
        }
        int last = records.isEmpty() ? 1 : records.get(records.size() - 1).period();
        return query.integer("period", 1, Math.max(1, schedule.periods().size()), last);
    }

    private static String scheduleTable(CouponSchedule schedule, Currency currency, List<CouponRecord> records) {
        List<List<?>> rows = new ArrayList<>();
        for (CouponPeriod p : schedule.periods()) {
            CouponRecord r = p.number() <= records.size() ? records.get(p.number() - 1) : null;
            rows.add(List.of(p.number(), p.accrualStart().toString(), p.accrualEnd().toString(),
                    p.recordDate().toString(), p.paymentDate().toString(), p.yearFraction().toString(),
                    r == null ? "not fixed" : (r.fixed() ? "fixed" : "fixing"),
                    r == null ? "" : Html.money(r.couponMinor(), currency),
                    r == null ? "" : Html.money(r.principalMinor(), currency),
                    r == null || r.couponRate() == null ? "" : r.couponRate().toPlainString()
                            + (r.stepUp() == null ? "" : " (" + r.stepUp() + ")")));
        }
        return Html.table(List.of("Period", "Accrual start", "Accrual end", "Record date", "Payment date",
                "Year fraction", "Record", "Coupon", "Principal", "Rate applied"), rows, "No coupon (zero coupon).");
    }

    private String register(Bond bond, CouponSchedule schedule, List<CouponRecord> records, int period) {
        StringBuilder options = new StringBuilder();
        for (CouponPeriod p : schedule.periods()) {
            options.append("<option value=\"").append(p.number()).append('"')
                    .append(p.number() == period ? " selected" : "").append('>')
                    .append(Html.escape(p.recordDate() + " (period " + p.number() + ")")).append("</option>");
        }
        String form = "<form method=\"get\" action=\"/bond\"><input type=\"hidden\" name=\"isin\" value=\""
                + Html.escape(bond.bondId()) + "\"><label>Record date <select name=\"period\">" + options
                + "</select></label><button type=\"submit\">Show register</button></form>";
        if (period > records.size()) {
            return Html.section("Holder register", form + Html.note("The record date of period " + period
                    + " is not fixed yet: there is no register for it."));
        }
        Currency currency = bond.terms().currency();
        List<Entitlement> register = ledger.bonds().holderRegister(new CouponPeriodRef(bond.bondId(), period));
        List<List<?>> rows = register.stream().<List<?>>map(e -> List.of(e.accountId(), e.units(),
                Html.money(e.couponMinor(), currency), Html.money(e.principalMinor(), currency), e.status(),
                Html.time(e.paidAt()), e.paymentReference() == null ? "" : e.paymentReference())).toList();
        long units = register.stream().mapToLong(Entitlement::units).sum();
        return Html.section("Holder register at " + records.get(period - 1).recordDate(), form
                + Html.table(List.of("Account", "Units", "Coupon", "Principal", "Status", "Paid at", "Reference"),
                        rows, "No holder visible to this org.")
                + Html.note(register.size() + " holders, " + Html.grouped(units) + " units."));
    }

    private String allocation(String isin) {
        AllocationReport report = ledger.proceeds().allocationReport(isin);
        Currency c = report.currency();
        List<String> categories = report.categories().stream().map(a -> a.category().toString()).toList();
        List<BigDecimal> amounts = new ArrayList<>(report.categories().stream()
                .map(a -> OverviewPage.major(a.allocatedMinor(), c.minorUnits())).toList());
        List<String> labels = new ArrayList<>(categories);
        if (report.unallocatedMinor() > 0) {
            labels.add("Unallocated");
            amounts.add(OverviewPage.major(report.unallocatedMinor(), c.minorUnits()));
        }
        List<List<?>> rows = report.projects().stream().<List<?>>map(p -> List.of(p.projectId(), p.name(),
                p.category(), Html.money(p.allocatedMinor(), c), percent(p.shareOfNetProceeds()))).toList();
        return Html.section("Allocation of proceeds", Html.facts(List.of(
                new String[] {"Net proceeds", Html.money(report.netProceedsMinor(), c)},
                new String[] {"Allocated", Html.money(report.allocatedMinor(), c)},
                new String[] {"Unallocated", Html.money(report.unallocatedMinor(), c)},
                new String[] {"Green covenant", report.covenantBreach() ? "in breach (" + report.openFlags().size()
                        + " open flags)" : "kept"}))
                + (labels.isEmpty() ? "" : Charts.donut("allocation-chart", "Proceeds by ICMA category", labels,
                        amounts))
                + Html.table(List.of("Project", "Name", "ICMA category", "Allocated", "Share of net proceeds"), rows,
                        "Nothing allocated yet."));
    }

    /**
     * The impact window: {@code impactFrom} and {@code impactTo} when given; by default from three
     * years before the issue date, the look-back in which a green bond may refinance projects whose
     * impact was attested before it was issued, to maturity.
     */
    private static BondImpactQuery impactWindow(Query query, Bond bond) {
        LocalDate issue = bond.terms().schedule().issueDate();
        return new BondImpactQuery(bond.bondId(), query.date("impactFrom").orElse(issue.minusYears(3)),
                query.date("impactTo").orElse(bond.terms().schedule().maturityDate()));
    }

    private String impact(BondImpactQuery window) {
        LocalDate from = window.from();
        LocalDate to = window.to();
        BondImpactReport report = ledger.impact().bondImpact(window);
        List<List<?>> totals = report.totals().stream().<List<?>>map(v -> List.of(v.metric(), v.quantity(),
                v.metric().unit())).toList();
        List<List<?>> projects = new ArrayList<>();
        for (ProjectImpact p : report.projects()) {
            p.bondImpact().forEach(v -> projects.add(List.of(p.projectId(), p.category(), percent(p.financingShare()),
                    p.attestedReports(), v.metric(), v.quantity(), v.metric().unit())));
        }
        return Html.section("Attested impact " + from + " to " + to, Html.table(List.of("Metric", "Bond's share",
                "Unit"), totals, "No attested impact yet.")
                + Html.table(List.of("Project", "ICMA category", "Bond's financing share", "Attested reports",
                        "Metric", "Bond's share", "Unit"), projects, "")
                + (report.unattestedReports() > 0 ? Html.note(report.unattestedReports()
                        + " reports are not attested yet and are not counted.") : ""));
    }

    static String percent(BigDecimal share) {
        return share == null ? "" : share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN) + " %";
    }
}
