package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SustainabilityLink;
import org.greenledger.chaincode.api.bond.TargetObservation;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sustainability-linked bond on the real network: the verifier attests the performance target
 * missed before the first period starts, so the first coupon is fixed and paid 50 bp higher; it attests
 * the target met (the cure) before the second period starts, so the final coupon, paid with the
 * redemption, is back at the terms' 6%. The issuer can neither set nor clear the trigger. The
 * test reaches the record date and the maturity by moving the whole network's clock.
 */
class SustainabilityLinkedIT {
    private static final SustainabilityLink LINK = new SustainabilityLink(50, "renewable output (MWh a year)",
            "120,000 MWh in the first year");

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static long coupon(long units, String rate, CouponPeriod period) {
        return IssuedBond.coupon(units, new BigDecimal(rate), period);
    }

    @Test
    void a_missed_target_raises_the_next_coupon_and_the_cure_restores_it() {
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator");
                GreenLedger alliance = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            IssuedBond issued = new IssuedBond(bankA, bankB, verifier, alliance, LINK);
            String bondId = issued.bondId;
            List<CouponPeriod> periods = bankA.bonds().couponSchedule(bondId).periods();
            CouponPeriod first = periods.get(0);
            CouponPeriod last = periods.get(1);

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.bonds().observeTarget(
                    new TargetObservation(bondId, "OBS-ISSUER", true, "1".repeat(64))));
            verifier.bonds().observeTarget(new TargetObservation(bondId, "OBS-1", false, "0".repeat(64)));
            TestNetwork.awaitPeersInSync();

            try (NetworkClock onRecordDate = NetworkClock.atNoonOf(first.recordDate())) {
                CouponRecord stepped = bankA.bonds().fixRecordDate(new FixRecordDateRequest(bondId, 1, 100));
                assertEquals(new BigDecimal("0.065"), stepped.couponRate());
                assertTrue(stepped.stepUp().startsWith("+50 bp: performance target missed"), stepped.stepUp());
                assertEquals(coupon(100, "0.065", first) + coupon(50, "0.065", first) + coupon(300, "0.065", first),
                        stepped.couponMinor());
                // The cure, before the second period starts; the issuer still cannot clear it itself.
                assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.bonds().observeTarget(
                        new TargetObservation(bondId, "OBS-ISSUER", true, "1".repeat(64))));
                verifier.bonds().observeTarget(new TargetObservation(bondId, "OBS-2", true, "1".repeat(64)));
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(List.of(true, false), regulator.bonds().stepUpTriggers(bondId).stream()
                    .map(StepUpTrigger::on).toList());

            // Paid at the stepped-up rate on the payment date (A2's KYC has expired: it stays due).
            try (NetworkClock onPaymentDate = NetworkClock.atNoonOf(first.paymentDate())) {
                Payout paid = bankA.bonds().payCoupon(new PayCouponRequest(TestNetwork.requestId(), bondId, 1,
                        issued.cashA, 100));
                assertEquals(2, paid.paid());
                assertEquals(coupon(100, "0.065", first) + coupon(300, "0.065", first), paid.paidMinor());
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(coupon(300, "0.065", first), regulator.holdings().holding(issued.cashA, issued.b1).units());

            try (NetworkClock atMaturity = NetworkClock.atNoonOf(last.paymentDate().isAfter(issued.maturity)
                    ? last.paymentDate() : issued.maturity)) {
                bankA.bonds().mature(bondId);
                bankA.bonds().redeem(new RedeemRequest(bondId, issued.cashA, 0, null, 100));
            }
            TestNetwork.awaitPeersInSync();
            CouponRecord restored = regulator.bonds().couponRecord(new CouponPeriodRef(bondId, 2));
            assertEquals(new BigDecimal("0.06"), restored.couponRate());
            assertNull(restored.stepUp());
            assertEquals(coupon(100, "0.06", last) + coupon(50, "0.06", last) + coupon(300, "0.06", last),
                    restored.couponMinor());
        }
    }
}
