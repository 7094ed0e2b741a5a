package org.greenledger.client.console;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondIssue;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.carbon.Article6;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.CorrespondingAdjustment;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.Sector;
import org.greenledger.chaincode.api.carbon.SerialRange;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.IssuerOutstanding;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.CategoryAllocation;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.ProjectAllocation;
import org.greenledger.chaincode.api.proceeds.ProjectImpact;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;

/**
 * A small market in the in-memory ledger, with figures worked out by hand for the tests (period:
 * November 2026). Bank A's solar bond (VND, issued in May, first coupon fixed on 11 November and
 * paid to two of three holders), Bank B's wind bond (USD, issued 5 November), Bank A's deposit
 * token, and a solar park's carbon credits.
 *
 * <p>November: 7 movements (3 large): VND 4,900,000,000 (large 3,500,000,000), USD 2,000,000.00
 * (all large). Outstanding: bonds VND 6,000,000,000 (Bank A), USD 2,000,000.00 (Bank B); deposit
 * token VND 11,500,000,000. Coupons paid VND 136,109,589. Credits issued 800, retired 250.
 */
final class DemoMarket {
    static final String SOLAR_BOND = Isin.complete("VNGLSOLAR28");
    static final String WIND_BOND = Isin.complete("XSGLWIND029");
    static final String CASH = "CASH-A-VND";
    static final String PROJECT = "SOLAR-1";
    static final Market MARKET = new Market(List.of(SOLAR_BOND, WIND_BOND), List.of(CASH), List.of(PROJECT));
    static final LocalDate FROM = LocalDate.parse("2026-11-01");
    static final LocalDate TO = LocalDate.parse("2026-11-30");
    static final String HOSTILE_BENEFICIARY = "<script>alert('x')</script> Coop";

    private static final Currency VND = Currency.of("VND");
    private static final Currency USD = Currency.of("USD");
    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsAnd("VN", List.of());

    private DemoMarket() {
    }

    static InMemoryLedger regulator() {
        InMemoryLedger ledger = new InMemoryLedger("RegulatorMSP", true);
        fill(ledger);
        return ledger;
    }

    static InMemoryLedger bankB() {
        InMemoryLedger ledger = new InMemoryLedger("BankBMSP", false);
        fill(ledger);
        return ledger;
    }

    private static Instant at(String time) {
        return Instant.parse(time);
    }

    private static void fill(InMemoryLedger l) {
        BondTerms solar = new BondTerms(SOLAR_BOND, "BankAMSP", "BANKA-TREASURY", "Bank A Solar Green Bond 2028", VND,
                1_000_000, 10_000, CouponType.FIXED, new BigDecimal("0.06"),
                new ScheduleTerms(LocalDate.parse("2026-05-15"), LocalDate.parse("2028-05-15"), Frequency.SEMI_ANNUAL,
                        DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING, CALENDAR, 5, null, null, null),
                List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL), 5_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY, IcmaCategory.ENERGY_EFFICIENCY),
                        "c".repeat(64), "VerifierMSP"), null);
        Instant mayIssue = at("2026-05-15T03:00:00Z");
        l.bonds.put(SOLAR_BOND, new Bond(solar, BondStatus.ISSUED, null, "AllianceMSP",
                new BondIssue(6_000, 6_000_000_000L, 100_000_000, 5_900_000_000L, 3, mayIssue, done(mayIssue)), null,
                null, 0, at("2026-04-01T03:00:00Z"), mayIssue));
        BondTerms wind = new BondTerms(WIND_BOND, "BankBMSP", "BANKB-TREASURY", "Bank B Offshore Wind Bond 2029", USD,
                100_000, 5_000, CouponType.FIXED, new BigDecimal("0.045"),
                new ScheduleTerms(LocalDate.parse("2026-11-05"), LocalDate.parse("2029-11-05"), Frequency.ANNUAL,
                        DayCount.ACT_ACT_ICMA, BusinessDayConvention.FOLLOWING, CALENDAR, 5, null, null, null),
                List.of(InvestorType.PROFESSIONAL), 5_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "d".repeat(64), "VerifierMSP"), null);
        Instant novIssue = at("2026-11-05T04:00:00Z");
        l.bonds.put(WIND_BOND, new Bond(wind, BondStatus.ISSUED, null, "AllianceMSP",
                new BondIssue(2_000, 200_000_000, 5_000_000, 195_000_000, 1, novIssue, done(novIssue)), null, null, 0,
                at("2026-10-01T03:00:00Z"), novIssue));

        // The first coupon of the solar bond: 184 days ACT/365F at 6 %, rounded per holding.
        Instant fixed = at("2026-11-11T09:00:00Z");
        l.couponRecords.put(SOLAR_BOND, List.of(new CouponRecord(SOLAR_BOND, 1, LocalDate.parse("2026-11-11"),
                LocalDate.parse("2026-11-16"), 3, 6_000, 181_479_452, 0, fixed, new BigDecimal("0.06"), null,
                done(fixed))));
        Instant paid = at("2026-11-16T09:00:00Z");
        l.registers.put(new CouponPeriodRef(SOLAR_BOND, 1), List.of(
                new Entitlement(SOLAR_BOND, 1, "INV-A1", 4_000, 120_986_301, 0, EntitlementStatus.PAID, "PAY-1", paid),
                new Entitlement(SOLAR_BOND, 1, "INV-A2", 500, 15_123_288, 0, EntitlementStatus.PAID, "PAY-1", paid),
                new Entitlement(SOLAR_BOND, 1, "INV-B1", 1_500, 45_369_863, 0, EntitlementStatus.DUE, null, null)));
        l.allocations.put(SOLAR_BOND, new AllocationReport(SOLAR_BOND, VND, 5_900_000_000L, 4_500_000_000L,
                1_400_000_000L, List.of(
                        new ProjectAllocation("GP-SOLAR", "Ninh Thuan Solar Park", IcmaCategory.RENEWABLE_ENERGY,
                                3_500_000_000L, new BigDecimal("0.5932")),
                        new ProjectAllocation("GP-LED", "Street lighting retrofit", IcmaCategory.ENERGY_EFFICIENCY,
                                1_000_000_000L, new BigDecimal("0.1695"))),
                List.of(new CategoryAllocation(IcmaCategory.RENEWABLE_ENERGY, 3_500_000_000L, new BigDecimal("0.5932")),
                        new CategoryAllocation(IcmaCategory.ENERGY_EFFICIENCY, 1_000_000_000L,
                                new BigDecimal("0.1695"))),
                false, List.of()));
        l.impacts.put(SOLAR_BOND, new BondImpactReport(SOLAR_BOND, LocalDate.parse("2026-05-15"),
                LocalDate.parse("2028-05-15"), List.of(new ProjectImpact("GP-SOLAR", IcmaCategory.RENEWABLE_ENERGY,
                        3_500_000_000L, 7_000_000_000L, new BigDecimal("0.5"), 1,
                        List.of(value(ImpactMetric.TCO2E_AVOIDED, "2000"), value(ImpactMetric.MWH_RENEWABLE_GENERATED,
                                "4000")),
                        List.of(value(ImpactMetric.TCO2E_AVOIDED, "1000"), value(ImpactMetric.MWH_RENEWABLE_GENERATED,
                                "2000")))),
                List.of(value(ImpactMetric.TCO2E_AVOIDED, "1000"), value(ImpactMetric.MWH_RENEWABLE_GENERATED, "2000")),
                0));

        l.tokens.put(CASH, new DepositToken(CASH, "BankAMSP", VND, at("2026-04-01T00:00:00Z")));
        l.movements.put(SOLAR_BOND, new ArrayList<>(List.of(
                moved(SOLAR_BOND, null, "INV-A1", 3_000, 1_000_000, true, "2026-05-15T03:00:00Z"),
                moved(SOLAR_BOND, null, "INV-A2", 2_000, 1_000_000, true, "2026-05-15T03:00:01Z"),
                moved(SOLAR_BOND, null, "INV-B1", 1_000, 1_000_000, true, "2026-05-15T03:00:02Z"),
                moved(SOLAR_BOND, "INV-A1", "INV-B1", 500, 1_000_000, false, "2026-11-02T10:00:00Z"),
                moved(SOLAR_BOND, "INV-A2", "INV-A1", 1_500, 1_000_000, true, "2026-11-09T14:00:00Z"),
                moved(SOLAR_BOND, "INV-B1", "INV-A2", 100, 1_000_000, false, "2026-11-20T08:00:00Z"))));
        l.movements.put(WIND_BOND, new ArrayList<>(List.of(
                moved(WIND_BOND, null, "INV-B1", 2_000, 100_000, true, "2026-11-05T04:00:00Z"))));
        l.movements.put(CASH, new ArrayList<>(List.of(
                moved(CASH, null, "INV-A1", 10_000_000_000L, 1, true, "2026-10-01T02:00:00Z"),
                moved(CASH, null, "INV-A2", 2_000_000_000L, 1, true, "2026-11-03T02:00:00Z"),
                moved(CASH, "INV-A1", "INV-A2", 300_000_000, 1, false, "2026-11-10T02:00:00Z"),
                moved(CASH, "INV-A2", null, 500_000_000, 1, false, "2026-11-25T02:00:00Z"))));

        l.caps.put("GREEN_BOND/VND", new SandboxCap(AssetClass.GREEN_BOND, VND, 5_000_000_000L, 20_000_000_000L));
        l.caps.put("DEPOSIT_TOKEN/VND", new SandboxCap(AssetClass.DEPOSIT_TOKEN, VND, 10_000_000_000L,
                50_000_000_000L));
        l.thresholds.put("VND", new ReportingThreshold(VND, 1_000_000_000L));
        l.thresholds.put("USD", new ReportingThreshold(USD, 100_000_000L));
        l.sanctions.put("INV-X9", new RegulatoryRecord("INV-X9", "a".repeat(64), "RegulatorMSP",
                at("2026-11-14T06:00:00Z")));
        l.freezes.put("INV-A2", new RegulatoryRecord("INV-A2", "9".repeat(64), "RegulatorMSP",
                at("2026-11-22T00:00:00Z")));
        // The chaincode's totals, as issues, mints, burns and redemptions left them.
        l.outstanding.add(new Outstanding(AssetClass.DEPOSIT_TOKEN, VND, 11_500_000_000L,
                List.of(new IssuerOutstanding("BankAMSP", 11_500_000_000L))));
        l.outstanding.add(new Outstanding(AssetClass.GREEN_BOND, USD, 200_000_000L,
                List.of(new IssuerOutstanding("BankBMSP", 200_000_000L))));
        l.outstanding.add(new Outstanding(AssetClass.GREEN_BOND, VND, 6_000_000_000L,
                List.of(new IssuerOutstanding("BankAMSP", 6_000_000_000L))));
        l.pauses.put(WIND_BOND, new RegulatoryRecord(WIND_BOND, "b".repeat(64), "RegulatorMSP",
                at("2026-11-19T06:00:00Z")));
        KycAttestation kyc = new KycAttestation("e".repeat(64), KycLevel.STANDARD, LocalDate.parse("2027-12-31"));
        l.accounts.put("INV-A1", new Account("INV-A1", "BankAMSP", InvestorType.PROFESSIONAL, "VN", kyc,
                AccountStatus.ACTIVE, at("2026-04-01T00:00:00Z"), at("2026-04-01T00:00:00Z")));
        l.accounts.put("INV-A2", new Account("INV-A2", "BankAMSP", InvestorType.INSTITUTIONAL, "VN", kyc,
                AccountStatus.FROZEN, at("2026-04-01T00:00:00Z"), at("2026-11-22T00:00:00Z")));
        l.accounts.put("INV-B1", new Account("INV-B1", "BankBMSP", InvestorType.PROFESSIONAL, "SG", kyc,
                AccountStatus.ACTIVE, at("2026-04-01T00:00:00Z"), at("2026-04-01T00:00:00Z")));

        l.carbonProjects.put(PROJECT, new CarbonProject(new ListCarbonProjectRequest(PROJECT, "Ninh Thuan Solar Park",
                "VCS", "ACM0002", "VN", Sector.ENERGY, "DEV-1", "GP-SOLAR", "f".repeat(64)), "BankAMSP",
                CarbonProjectStatus.REGISTERED, "VerifierMSP", "AllianceMSP", "f".repeat(64),
                at("2026-02-01T00:00:00Z"), at("2026-03-01T00:00:00Z")));
        SerialRange v2025 = new SerialRange("VN", PROJECT, 2025, 1, 1_000);
        SerialRange v2026 = new SerialRange("VN", PROJECT, 2026, 1, 800);
        l.creditLedgers.put(PROJECT, new ProjectCreditLedger(PROJECT, List.of(
                new CreditIssuance("ISS-2025", PROJECT, "AllianceMSP", v2025, "DEV-1", 950, 50, null,
                        at("2026-03-02T00:00:00Z")),
                new CreditIssuance("ISS-2026", PROJECT, "AllianceMSP", v2026, "DEV-1", 760, 40, null,
                        at("2026-11-12T00:00:00Z"))),
                List.of(new RetirementCertificate("CERT-1", v2025.head(150), "INV-A1", "Saigon Logistics JSC",
                                RetirementPurpose.VOLUNTARY, null, Article6.NOT_AUTHORIZED, "tx-r1",
                                at("2026-11-18T00:00:00Z")),
                        new RetirementCertificate("CERT-2", v2026.head(100), "INV-B1", HOSTILE_BENEFICIARY,
                                RetirementPurpose.BOND_IMPACT_CLAIM, SOLAR_BOND,
                                new Article6("LoA-VN-2026-7", CorrespondingAdjustment.PENDING), "tx-r2",
                                at("2026-11-21T00:00:00Z"))),
                List.of(), 1_800, 90, 250, 0));
    }

    private static RunProgress done(Instant at) {
        return new RunProgress(RunProgress.Status.DONE, "last", 3, 1, at, at);
    }

    private static ImpactValue value(ImpactMetric metric, String quantity) {
        return new ImpactValue(metric, new BigDecimal(quantity));
    }

    private static int tx;

    private static UnitsMoved moved(String asset, String from, String to, long units, long unitValue,
            boolean reportable, String time) {
        return new UnitsMoved(asset, from, to, units, units * unitValue, "ref-" + (++tx), reportable, "tx-" + tx,
                Instant.parse(time));
    }
}
