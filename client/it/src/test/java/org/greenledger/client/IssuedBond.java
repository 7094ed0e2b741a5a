package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.VERIFIER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
import org.greenledger.chaincode.api.bond.SustainabilityLink;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;

/**
 * A green bond issued by Bank A on the real network, today: VND 100,000 a unit, 6% semi-annual
 * ACT/365F from a week from now for one year, funding RENEWABLE_ENERGY, reviewed by the
 * verifier. Bought at issue by A1 (100 units) and A2 (50 units, KYC expiring in 60 days) at
 * Bank A, and B1 (300 units) at Bank B, paid in their banks' deposit tokens; issuance costs of
 * VND 500,000. The treasury holds VND 1,000,000,000 of Bank A tokens to pay coupons and principal.
 */
final class IssuedBond {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final long DENOMINATION = 100_000;
    static final BigDecimal RATE = new BigDecimal("0.06");
    static final long COSTS = 500_000;

    final String run = TestNetwork.runId();
    final String bondId = Isin.complete("VN" + String.format(Locale.ROOT, "%9s", run).replace(' ', '0').substring(0, 9));
    final String treasury = "TREASURY-" + run;
    final String cashA = "CASH-A-" + run;
    final String cashB = "CASH-B-" + run;
    final String a1 = "A1-" + run;
    final String a2 = "A2-" + run;
    final String b1 = "B1-" + run;
    final LocalDate issueDate = TODAY.plusDays(7);
    final LocalDate kycExpiryOfA2 = TODAY.plusDays(60);
    /** Six months, two quarterly coupons: the tests reach both by moving the network clock. */
    final LocalDate maturity = issueDate.plusMonths(6);
    final LocalDate lockUpUntil;
    final SustainabilityLink link;
    final Bond bond;

    IssuedBond(GreenLedger bankA, GreenLedger bankB, GreenLedger verifier, GreenLedger alliance) {
        this(bankA, bankB, verifier, alliance, true, null);
    }

    /** With {@code issueNow} false the bond stays OPEN, with no subscriptions. */
    IssuedBond(GreenLedger bankA, GreenLedger bankB, GreenLedger verifier, GreenLedger alliance, boolean issueNow) {
        this(bankA, bankB, verifier, alliance, issueNow, null);
    }

    /** Issued, with holders locked up until {@code lockUpUntil} (inclusive), or null for none. */
    IssuedBond(GreenLedger bankA, GreenLedger bankB, GreenLedger verifier, GreenLedger alliance, boolean issueNow,
            LocalDate lockUpUntil) {
        this(bankA, bankB, verifier, alliance, issueNow, lockUpUntil, null);
    }

    /** Issued, sustainability-linked by {@code link}. */
    IssuedBond(GreenLedger bankA, GreenLedger bankB, GreenLedger verifier, GreenLedger alliance, SustainabilityLink link) {
        this(bankA, bankB, verifier, alliance, true, null, link);
    }

    private IssuedBond(GreenLedger bankA, GreenLedger bankB, GreenLedger verifier, GreenLedger alliance,
            boolean issueNow, LocalDate lockUpUntil, SustainabilityLink link) {
        this.lockUpUntil = lockUpUntil;
        this.link = link;
        bankA.accounts().open(account(treasury, BANK_A, InvestorType.INSTITUTIONAL, TODAY.plusYears(5)));
        bankA.accounts().open(account(a1, BANK_A, InvestorType.PROFESSIONAL, TODAY.plusYears(5)));
        bankA.accounts().open(account(a2, BANK_A, InvestorType.PROFESSIONAL, kycExpiryOfA2));
        bankB.accounts().open(account(b1, BANK_B, InvestorType.INSTITUTIONAL, TODAY.plusYears(5)));
        bankA.cash().createToken(new CreateDepositTokenRequest(cashA, Currency.of("VND")));
        bankB.cash().createToken(new CreateDepositTokenRequest(cashB, Currency.of("VND")));
        bankA.cash().mint(new CashRequest(TestNetwork.requestId(), cashA, a1, 100 * DENOMINATION));
        bankA.cash().mint(new CashRequest(TestNetwork.requestId(), cashA, a2, 50 * DENOMINATION));
        bankA.cash().mint(new CashRequest(TestNetwork.requestId(), cashA, treasury, 1_000_000_000));
        bankB.cash().mint(new CashRequest(TestNetwork.requestId(), cashB, b1, 300 * DENOMINATION));
        bankA.bonds().create(terms());
        TestNetwork.awaitPeersInSync();
        verifier.bonds().review(new ReviewBondRequest(bondId, "e".repeat(64)));
        TestNetwork.awaitPeersInSync();
        alliance.bonds().approve(bondId);
        TestNetwork.awaitPeersInSync();
        bankA.bonds().openSubscriptions(bondId);
        if (!issueNow) {
            bond = null;
            return;
        }
        bankA.bonds().subscribe(new SubscribeRequest("S-A1-" + run, bondId, a1, 100, cashA));
        bankA.bonds().subscribe(new SubscribeRequest("S-A2-" + run, bondId, a2, 50, cashA));
        TestNetwork.awaitPeersInSync();
        bankB.bonds().subscribe(new SubscribeRequest("S-B1-" + run, bondId, b1, 300, cashB));
        TestNetwork.awaitPeersInSync();
        bond = bankA.bonds().issue(new IssueBondRequest(bondId, List.of(), COSTS, 100));
        TestNetwork.awaitPeersInSync();
    }

    /**
     * A holding's coupon for a period at {@code rate}, ACT/365F, rounded once to whole VND
     * HALF_EVEN: worked here from the dates, not by the chaincode's code.
     */
    static long coupon(long units, BigDecimal rate, CouponPeriod period) {
        long days = ChronoUnit.DAYS.between(period.accrualStart(), period.accrualEnd());
        return BigDecimal.valueOf(units * DENOMINATION).multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(365), 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    long netProceeds() {
        return 450 * DENOMINATION - COSTS;
    }

    private static OpenAccountRequest account(String id, String custodian, InvestorType type, LocalDate kycExpiry) {
        return new OpenAccountRequest(id, custodian, type, "VN",
                new KycAttestation("5".repeat(64), KycLevel.STANDARD, kycExpiry));
    }

    private BondTerms terms() {
        ScheduleTerms schedule = new ScheduleTerms(issueDate, maturity, Frequency.QUARTERLY,
                DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING, HolidayCalendar.weekendsAnd("VN", List.of()),
                15);
        return new BondTerms(bondId, BANK_A, treasury, "Bank A Wind Green Bond", Currency.of("VND"), DENOMINATION,
                10_000, CouponType.FIXED, RATE, schedule, List.of(InvestorType.PROFESSIONAL, InvestorType.INSTITUTIONAL),
                1_000, new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "f".repeat(64), VERIFIER), lockUpUntil, link);
    }
}
