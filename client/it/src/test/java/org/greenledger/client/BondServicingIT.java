package org.greenledger.client;

import static org.greenledger.client.IssuedBond.DENOMINATION;
import static org.greenledger.client.IssuedBond.RATE;
import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.history.RecordKind;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bond's life after issue on the real network: the coupon paid to the holders fixed at the
 * record date, an investor whose KYC attestation expired refused and left DUE until its bank
 * renews it, then maturity and redemption at par with the final coupon, the units retired, and
 * the regulator's history of it all. The record date, the payment runs and the redemption each
 * take two holders a transaction, so every run is resumed from the ledger's progress once.
 *
 * <p>The chaincode's clock is the transaction timestamp, which every endorser bounds by its own
 * clock. To reach a coupon date the test moves the whole test network's clock there
 * ({@link NetworkClock}): the chaincode services and this client together.
 */
class BondServicingIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static long coupon(long units, CouponPeriod period) {
        return IssuedBond.coupon(units, RATE, period);
    }

    @Test
    void coupons_reach_the_record_date_holders_and_maturity_redeems_and_retires_the_units() {
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator");
                GreenLedger alliance = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            IssuedBond issued = new IssuedBond(bankA, bankB, verifier, alliance);
            String bondId = issued.bondId;
            List<CouponPeriod> periods = bankA.bonds().couponSchedule(bondId).periods();
            assertEquals(2, periods.size());
            CouponPeriod first = periods.get(0);
            CouponPeriod last = periods.get(1);
            CouponPeriodRef period1 = new CouponPeriodRef(bondId, 1);
            // Two holders a transaction: each run over the three holders takes two chunks.
            FixRecordDateRequest fixing = new FixRecordDateRequest(bondId, 1, 2);

            // Too early: nothing is fixed or paid before its date.
            assertRejected(ErrorCode.NOT_DUE, () -> bankA.bonds().fixRecordDate(fixing));

            try (NetworkClock onRecordDate = NetworkClock.atNoonOf(first.recordDate())) {
                assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.bonds().fixRecordDate(fixing));
                CouponRecord record = bankA.bonds().fixRecordDate(fixing);
                assertEquals(3, record.holders());
                assertEquals(450, record.units());
                assertEquals(2, record.fixing().chunks());
                assertRejected(ErrorCode.INVALID_STATE, () -> bankA.bonds().fixRecordDateChunk(fixing));
                assertRejected(ErrorCode.NOT_DUE, () -> bankA.bonds().payCoupon(
                        new PayCouponRequest(TestNetwork.requestId(), bondId, 1, issued.cashA, 100)));
            }
            TestNetwork.awaitPeersInSync();

            // On the payment date A2's KYC has expired: A2 cannot receive, cannot be sent units, stays DUE.
            Payout firstRun;
            try (NetworkClock onPaymentDate = NetworkClock.atNoonOf(first.paymentDate())) {
                assertRejected(ErrorCode.KYC_EXPIRED, () -> bankA.holdings().transfer(
                        new TransferRequest(TestNetwork.requestId(), bondId, issued.a1, issued.a2, 1, "gift")));
                PayCouponRequest run = new PayCouponRequest(TestNetwork.requestId(), bondId, 1, issued.cashA, 2);
                firstRun = bankA.bonds().payCoupon(run);
                TestNetwork.awaitPeersInSync();
                Payout again = bankA.bonds().payCoupon(run);
                assertEquals(0, again.paid(), "the same run sent again pays nobody twice");
                assertEquals(firstRun.progress(), again.progress());
            }
            assertEquals(2, firstRun.paid());
            assertEquals(2, firstRun.progress().chunks());
            assertEquals(coupon(100, first) + coupon(300, first), firstRun.paidMinor());
            assertEquals(1, firstRun.blocked().size());
            assertEquals(issued.a2, firstRun.blocked().get(0).accountId());
            assertEquals(ErrorCode.KYC_EXPIRED, firstRun.blocked().get(0).code());
            TestNetwork.awaitPeersInSync();
            assertEquals(coupon(300, first), regulator.holdings().holding(issued.cashA, issued.b1).units());
            assertEquals(100, regulator.holdings().holding(bondId, issued.a1).units(), "the refused transfer moved nothing");
            List<Entitlement> register = regulator.bonds().holderRegister(period1);
            assertEquals(EntitlementStatus.DUE, register.stream().filter(e -> e.accountId().equals(issued.a2))
                    .findFirst().orElseThrow().status());

            // Maturity: A2's bank renews its KYC, the missed coupon is paid, then par and the final coupon.
            LocalDate maturity = issued.maturity;
            try (NetworkClock atMaturity = NetworkClock.atNoonOf(last.paymentDate().isAfter(maturity)
                    ? last.paymentDate() : maturity)) {
                bankA.accounts().updateKyc(new UpdateKycRequest(issued.a2,
                        new KycAttestation("6".repeat(64), KycLevel.STANDARD, maturity.plusYears(1))));
                Payout late = bankA.bonds().payCoupon(new PayCouponRequest(TestNetwork.requestId(), bondId, 1, issued.cashA, 100));
                assertEquals(1, late.paid());
                assertEquals(coupon(50, first), late.paidMinor());
                assertEquals(BondStatus.MATURED, bankA.bonds().mature(bondId).status());
                assertRejected(ErrorCode.NOT_IN_CIRCULATION, () -> bankA.holdings().transfer(
                        new TransferRequest(TestNetwork.requestId(), bondId, issued.a1, issued.a2, 1, "after maturity")));
                Payout redemption = bankA.bonds().redeem(new RedeemRequest(bondId, issued.cashA, 0, null, 2));
                assertEquals(3, redemption.paid());
                assertEquals(450 * DENOMINATION + coupon(100, last) + coupon(50, last) + coupon(300, last),
                        redemption.paidMinor());
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(BondStatus.REDEEMED, regulator.bonds().get(bondId).status());
            assertEquals(0, regulator.holdings().holding(bondId, issued.b1).units(), "redeemed units are retired");
            assertEquals(coupon(300, first) + coupon(300, last) + 300 * DENOMINATION,
                    regulator.holdings().holding(issued.cashA, issued.b1).units());

            // The regulator's history: the units delivered at issue, then retired, in time order.
            List<UnitsMoved> moves = regulator.history().assetMovements(bondId, 100, "").movements();
            assertEquals(6, moves.size());
            assertTrue(moves.subList(0, 3).stream().allMatch(m -> m.fromAccountId() == null), "issue deliveries");
            assertTrue(moves.subList(3, 6).stream().allMatch(m -> m.toAccountId() == null), "retirements");
            // The issue took one transaction (never SETTLING on the ledger); the record date two, which
            // closed the register from the first and opened it again at the last; the redemption two.
            assertEquals(List.of("DRAFT", "REVIEWED", "APPROVED", "OPEN", "ISSUED", "ISSUED (register closed for period 1)",
                    "ISSUED", "MATURED", "REDEEMING", "REDEEMED"),
                    regulator.history().recordHistory(RecordKind.BOND, bondId).stream()
                            .map(c -> Json.decode(c.value(), Bond.class))
                            .map(b -> b.status().name() + (b.registerClosedFor() == 0 ? ""
                                    : " (register closed for period " + b.registerClosedFor() + ")")).toList());
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.history().assetMovements(bondId, 100, ""));
        }
    }
}
