package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pre-issue bond lifecycle across four orgs, with refusals from the wrong org and role. */
class BondsIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static BondTerms terms(String bondId, String treasury) {
        ScheduleTerms schedule = new ScheduleTerms(TODAY.plusDays(30), TODAY.plusDays(30).plusYears(3),
                Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("VN", List.of()), 15);
        return new BondTerms(bondId, BANK_A, treasury, "Bank A Solar Green Bond", Currency.of("VND"), 100_000, 50_000,
                CouponType.FIXED, new BigDecimal("0.058"), schedule, List.of(InvestorType.PROFESSIONAL), 10_000,
                new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY), "f".repeat(64), VERIFIER), null);
    }

    @Test
    void drafted_reviewed_approved_and_opened_by_the_right_orgs_only() {
        String run = TestNetwork.runId();
        String bondId = Isin.complete("XS" + String.format(Locale.ROOT, "%9s", run).replace(' ', '0').substring(0, 9));
        String treasury = "TREASURY-" + run;

        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator");
                GreenLedger alliance = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            bankA.accounts().open(new OpenAccountRequest(treasury, BANK_A, InvestorType.INSTITUTIONAL, "VN",
                    new KycAttestation("e".repeat(64), KycLevel.ENHANCED, TODAY.plusYears(2))));
            TestNetwork.awaitPeersInSync();

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.bonds().create(terms(bondId, treasury)));
            Bond draft = bankA.bonds().create(terms(bondId, treasury));
            assertEquals(BondStatus.DRAFT, draft.status());
            TestNetwork.awaitPeersInSync();

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.bonds().review(new ReviewBondRequest(bondId, "a".repeat(64))));
            assertRejected(ErrorCode.INVALID_TRANSITION, () -> alliance.bonds().approve(bondId));
            assertEquals(BondStatus.REVIEWED, verifier.bonds().review(new ReviewBondRequest(bondId, "a".repeat(64))).status());
            TestNetwork.awaitPeersInSync();

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> verifier.bonds().approve(bondId));
            assertEquals(BondStatus.APPROVED, alliance.bonds().approve(bondId).status());
            TestNetwork.awaitPeersInSync();

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.bonds().openSubscriptions(bondId));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.bonds().cancel(bondId));
            Bond open = bankA.bonds().openSubscriptions(bondId);
            assertEquals(BondStatus.OPEN, open.status());
            TestNetwork.awaitPeersInSync();

            assertEquals(open, regulator.bonds().get(bondId), "refusals changed nothing");
            CouponSchedule schedule = regulator.bonds().couponSchedule(bondId);
            assertEquals(6, schedule.periods().size());
            assertEquals(TODAY.plusDays(30).plusYears(3), schedule.periods().get(5).accrualEnd());
        }
    }
}
