package org.greenledger.client.demo;

import static org.greenledger.client.demo.Narrator.done;
import static org.greenledger.client.demo.Narrator.line;
import static org.greenledger.client.demo.Narrator.refused;
import static org.greenledger.client.demo.Narrator.sha;
import static org.greenledger.client.demo.Narrator.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.ProjectAllocation;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.TradeRequest;

/**
 * The green bond: drafted by Bank A, reviewed, approved and opened; investors at both banks
 * subscribe delivery versus payment in their banks' deposit tokens; the issue settles; Bank A's
 * investor sells to Bank B's; Bank A allocates the net proceeds to a solar park.
 */
final class BondStory {
    static final String GREEN_PROJECT_PREFIX = "GP-SOLAR-";
    static final String SOLAR_PARK = "Ninh Thuan Solar Park";
    private static final long DENOMINATION = 100_000;

    private final Cast cast;
    private final String bondId;
    private final String treasury;
    private final String cashA;
    private final String cashB;

    BondStory(Cast cast) {
        this.cast = cast;
        this.bondId = Isin.complete("VN" + String.format(Locale.ROOT, "%9s", cast.run()).replace(' ', '0').substring(0, 9));
        this.treasury = "TREASURY-A-" + cast.run();
        this.cashA = issuerCash(cast.run());
        this.cashB = bankBCash(cast.run());
    }

    /** The deposit token of Bank A in this run: its investor pays with it, the issuer pays coupons with it. */
    static String issuerCash(String run) {
        return "CASH-A-" + run;
    }

    /** The deposit token of Bank B in this run: its investor pays with it. */
    static String bankBCash(String run) {
        return "CASH-B-" + run;
    }

    /** Runs the bond's story; returns the bond's id. */
    String run() {
        BondTerms terms = draft();
        schedule(terms);
        issue();
        trade();
        allocate();
        return bondId;
    }

    private BondTerms draft() {
        step("6. Bank A publishes its green bond framework and drafts a bond under it; the verifier reviews it, the registry approves it");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        cast.bankA().accounts().open(new OpenAccountRequest(treasury, "BankAMSP", InvestorType.INSTITUTIONAL, "VN",
                new KycAttestation(sha("bank-a-treasury"), KycLevel.ENHANCED, today.plusYears(5))));
        LocalDate issueDate = today.plusDays(30);
        BondTerms terms = new BondTerms(bondId, "BankAMSP", treasury, "Bank A Solar Green Bond", Currency.of("VND"),
                DENOMINATION, 50_000, CouponType.FIXED, new BigDecimal("0.058"),
                new ScheduleTerms(issueDate, issueDate.plusYears(3), Frequency.SEMI_ANNUAL, DayCount.ACT_365F,
                        BusinessDayConvention.MODIFIED_FOLLOWING, HolidayCalendar.weekendsAnd("VN", List.of()), 15),
                List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 10_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY, IcmaCategory.ENERGY_EFFICIENCY),
                        sha("bank-a-green-framework.pdf"), "VerifierMSP"), null);
        String created = cast.bankA().bonds().create(terms).status().name();
        cast.settle();
        done(String.format(Locale.ROOT, "%s     %s %s, up to VND %,d at %s%%", created, bondId, terms.name(),
                terms.maxFaceValueMinor(), terms.couponRate().movePointRight(2).toPlainString()));
        cast.bankA().documents().register(new RegisterDocumentRequest(bondId, DocumentKind.GREEN_BOND_FRAMEWORK,
                sha("bank-a-green-framework.pdf"), "https://bank-a.example/green/framework-2026.pdf"));
        cast.settle();
        done(cast.verifier().bonds().review(new ReviewBondRequest(bondId, sha("second-party-opinion.pdf"))).status()
                + "  second-party opinion by VerifierMSP");
        cast.verifier().documents().register(new RegisterDocumentRequest(bondId, DocumentKind.SECOND_PARTY_OPINION,
                sha("second-party-opinion.pdf"), "https://verifier.example/spo/bank-a-2026.pdf"));
        cast.settle();
        for (Document document : cast.regulator().documents().of(bondId)) {
            line("%-21s by %-11s sha256 %s…  %s", document.request().kind(), document.registeredBy(),
                    document.request().sha256().substring(0, 12), document.request().uri());
        }
        done(cast.registry().bonds().approve(bondId).status() + "  by the registry");
        cast.settle();
        refused(ErrorCode.NOT_AUTHORIZED, "Bank B opens Bank A's bond",
                () -> cast.bankB().bonds().openSubscriptions(bondId));
        done(cast.bankA().bonds().openSubscriptions(bondId).status() + "      subscriptions open");
        return terms;
    }

    private void schedule(BondTerms terms) {
        step("7. The coupon schedule, derived from the terms (VND 100,000,000 held: 1,000 units)");
        for (CouponPeriod period : cast.bankA().bonds().couponSchedule(bondId).periods()) {
            line("#%d %s -> %s  pays %s  record %s  %-9s VND %,d", period.number(), period.accrualStart(),
                    period.accrualEnd(), period.paymentDate(), period.recordDate(), period.yearFraction(),
                    CouponSchedule.couponAmount(1_000, terms.denominationMinor(), terms.couponRate(),
                            period.yearFraction()));
        }
    }

    private void issue() {
        step("8. Investors at both banks subscribe, paying in their bank's deposit tokens; the issue settles DvP");
        cast.bankA().cash().createToken(new CreateDepositTokenRequest(cashA, Currency.of("VND")));
        cast.bankB().cash().createToken(new CreateDepositTokenRequest(cashB, Currency.of("VND")));
        cast.bankA().cash().mint(new CashRequest("DEP-A-" + cast.run(), cashA, cast.investorA(), 20_000_000));
        cast.bankB().cash().mint(new CashRequest("DEP-B-" + cast.run(), cashB, cast.investorB(), 50_000_000));
        cast.settle();
        refused(ErrorCode.NOT_AUTHORIZED, "Bank B subscribes for Bank A's client", () -> cast.bankB().bonds()
                .subscribe(new SubscribeRequest("S-X-" + cast.run(), bondId, cast.investorA(), 10, cashB)));
        cast.bankA().bonds().subscribe(new SubscribeRequest("S-A-" + cast.run(), bondId, cast.investorA(), 150, cashA));
        cast.bankB().bonds().subscribe(new SubscribeRequest("S-B-" + cast.run(), bondId, cast.investorB(), 400, cashB));
        cast.settle();
        Bond issued = cast.bankA().bonds().issue(new IssueBondRequest(bondId, List.of(), 500_000, 100));
        cast.settle();
        line("%s  %,d units; gross VND %,d, costs %,d, net proceeds %,d", issued.status(),
                issued.issue().unitsIssued(), issued.issue().grossProceedsMinor(), issued.issue().issuanceCostsMinor(),
                issued.issue().netProceedsMinor());
        holdings("after the issue");
    }

    private void trade() {
        step("9. Bank A's investor sells 50 units to Bank B's, delivery versus payment in one transaction");
        TradeRequest sale = new TradeRequest("T-" + cast.run(), bondId, cast.investorA(), cast.investorB(), 50,
                SettlementType.DVP, cashB, 5_050_000, null);
        cast.bankA().trades().propose(sale);
        cast.settle();
        done(cast.bankB().trades().settle(sale.tradeId()).status() + " by Bank B");
        cast.settle();
        holdings("after the trade");
    }

    private void allocate() {
        step("10. Bank A allocates the net proceeds to a solar park; the framework decides what is eligible");
        long net = cast.regulator().bonds().get(bondId).issue().netProceedsMinor();
        String solar = GREEN_PROJECT_PREFIX + cast.run();
        String metro = "GP-METRO-" + cast.run();
        cast.bankA().proceeds().registerProject(new RegisterProjectRequest(solar, SOLAR_PARK,
                IcmaCategory.RENEWABLE_ENERGY, "VN", "Ninh Thuan", "VerifierMSP", Currency.of("VND"), 5 * net,
                List.of(new ImpactValue(ImpactMetric.MWH_RENEWABLE_GENERATED, new BigDecimal("75000")),
                        new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("48000"))),
                sha("solar-feasibility")));
        cast.bankA().proceeds().registerProject(new RegisterProjectRequest(metro, "Hanoi Metro Line",
                IcmaCategory.CLEAN_TRANSPORTATION, "VN", "Hanoi", "VerifierMSP", Currency.of("VND"), 10 * net,
                List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("30000"))), sha("metro-study")));
        refused(ErrorCode.CATEGORY_NOT_ELIGIBLE, "proceeds to a clean-transport project", () -> cast.bankA().proceeds()
                .allocate(new AllocationRequest("AL-M-" + cast.run(), bondId, metro, 1_000_000)));
        refused(ErrorCode.PROCEEDS_EXCEEDED, "more than the net proceeds", () -> cast.bankA().proceeds()
                .allocate(new AllocationRequest("AL-X-" + cast.run(), bondId, solar, net + 1)));
        cast.bankA().proceeds().allocate(new AllocationRequest("AL-S-" + cast.run(), bondId, solar, net * 3 / 5));
        cast.settle();
        AllocationReport report = cast.regulator().proceeds().allocationReport(bondId);
        line("net proceeds VND %,d = allocated %,d + unallocated %,d", report.netProceedsMinor(),
                report.allocatedMinor(), report.unallocatedMinor());
        for (ProjectAllocation p : report.projects()) {
            line("%-22s %-18s VND %,d (%s of net)", p.name(), p.category(), p.allocatedMinor(),
                    p.shareOfNetProceeds().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
    }

    private void holdings(String when) {
        line("%s: %s holds %d units, %s holds %d units", when, cast.investorA(),
                cast.regulator().holdings().holding(bondId, cast.investorA()).units(), cast.investorB(),
                cast.regulator().holdings().holding(bondId, cast.investorB()).units());
    }
}
