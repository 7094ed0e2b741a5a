package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.DENOMINATION;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SustainabilityLink;
import org.greenledger.chaincode.api.bond.TargetObservation;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import org.greenledger.chaincode.contract.proceeds.ProceedsContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The market's bond made sustainability-linked with a 50 bp step-up: 6% semi-annual ACT/365F,
 * issued 15 Jan 2027 to A1 (100 units) and B1 (300), periods 15 Jan - 15 Jul 2027 (181 days) and
 * 15 Jul 2027 - 15 Jan 2028 (184 days). The step-up applies to a period that starts while a
 * trigger is on; only the verifier's observation, or the covenant's flag and cure, move it.
 */
class SustainabilityLinkedTest {
    private static final SustainabilityLink LINK = new SustainabilityLink(50, "tCO2e avoided a year",
            "120,000 tCO2e a year by 2027");
    private final BondContract bonds = new BondContract();
    private final CouponContract coupons = new CouponContract();
    private Market market;
    private TestLedger ledger;

    @BeforeEach
    void issued() {
        market = new Market(LINK);
        ledger = market.ledger;
        market.issue();
    }

    private String observation(String id, boolean met) {
        return Json.encode(new TargetObservation(BOND, id, met, (met ? "1" : "0").repeat(64)));
    }

    private CouponRecord fix(int period) {
        return Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx,
                Json.encode(new FixRecordDateRequest(BOND, period, 100)))), CouponRecord.class);
    }

    private Payout redeem() {
        ledger.setTime(Instant.parse("2028-01-17T09:00:00Z"));
        RedemptionContract redemption = new RedemptionContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> redemption.MatureBond(ctx, BOND));
        return Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx,
                Json.encode(new RedeemRequest(BOND, CASH_A, 0, null, 100)))), Payout.class);
    }

    /** VND 10,000,000 of the proceeds allocated as AL-1 to a solar project (what a flag can then sit on). */
    private ProceedsContract allocatedToSolar() {
        ProceedsContract proceeds = new ProceedsContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx, Json.encode(new RegisterProjectRequest(
                "SOLAR-1", "SOLAR-1 project", IcmaCategory.RENEWABLE_ENERGY, "VN", "Ninh Thuan", VERIFIER,
                Currency.of("VND"), 60_000_000, List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED,
                        new BigDecimal("1000"))), "a".repeat(64)))));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-1", BOND, "SOLAR-1", 10_000_000))));
        return proceeds;
    }

    @Test
    void a_missed_target_steps_up_the_periods_that_start_after_it_and_the_cure_restores_the_rest() {
        // Only the reviewer named in the framework decides; the issuer cannot set or clear the trigger.
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> bonds.ObserveTarget(ctx,
                observation("OBS-1", true)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> bonds.ObserveTarget(ctx,
                observation("OBS-1", false)));
        ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ObserveTarget(ctx, observation("OBS-1", false)));
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, VERIFIER_OPERATOR, ctx -> bonds.ObserveTarget(ctx,
                observation("OBS-1", true)));

        ledger.setTime(Instant.parse("2027-07-01T09:00:00Z"));
        CouponRecord first = fix(1);
        assertEquals(new BigDecimal("0.065"), first.couponRate());
        assertTrue(first.stepUp().startsWith("+50 bp: performance target missed since 2026-11-22T10:00:00Z"),
                first.stepUp());
        // 6.5% for 181/365: A1 100 x 100,000 x 0.065 = 650,000 x 181/365 = 322,328.77 -> 322,329;
        // B1 1,950,000 x 181/365 = 966,986.30 -> 966,986
        assertEquals(322_329 + 966_986, first.couponMinor());

        // The cure, attested before the second period starts on 15 July, restores its rate.
        ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ObserveTarget(ctx, observation("OBS-2", true)));
        List<StepUpTrigger> history = List.of(Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> bonds.GetStepUpTriggers(ctx, BOND)), StepUpTrigger[].class));
        assertEquals(List.of(true, false), history.stream().map(StepUpTrigger::on).toList());
        Payout redemption = redeem();
        // 6% for 184/365: 600,000 x 184/365 = 302,465.75 -> 302,466; 1,800,000 x 184/365 = 907,397.26 -> 907,397
        assertEquals(400 * DENOMINATION + 302_466 + 907_397, redemption.paidMinor());
        CouponRecord last = Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> coupons.GetCouponRecord(ctx,
                Json.encode(new CouponPeriodRef(BOND, 2)))), CouponRecord.class);
        assertEquals(new BigDecimal("0.06"), last.couponRate());
        assertNull(last.stepUp());
    }

    @Test
    void a_green_covenant_breach_steps_up_until_the_flagged_proceeds_are_released() {
        ProceedsContract proceeds = allocatedToSolar();
        ledger.submit(VERIFIER_OPERATOR, ctx -> proceeds.FlagAllocation(ctx,
                Json.encode(new FlagRequest(BOND, "AL-1", "b".repeat(64)))));
        ledger.setTime(Instant.parse("2027-07-01T09:00:00Z"));
        CouponRecord first = fix(1);
        assertEquals(new BigDecimal("0.065"), first.couponRate());
        assertTrue(first.stepUp().contains("green covenant in breach"), first.stepUp());

        // The issuer cures by moving the flagged proceeds out of the ineligible allocation.
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.ReleaseAllocation(ctx,
                Json.encode(new ReleaseRequest(BOND, "AL-1", 10_000_000))));
        assertEquals(400 * DENOMINATION + 302_466 + 907_397, redeem().paidMinor());
    }

    /**
     * Each trigger keeps its own history: a miss stamped a few seconds before a breach that
     * committed first (clocks within the proposal window) is not lost when the breach is cured.
     */
    @Test
    void a_change_of_one_trigger_never_loses_the_other() {
        ProceedsContract proceeds = allocatedToSolar();
        ledger.setTime(Instant.parse("2026-12-01T10:00:05Z"));
        ledger.submit(VERIFIER_OPERATOR, ctx -> proceeds.FlagAllocation(ctx,
                Json.encode(new FlagRequest(BOND, "AL-1", "b".repeat(64)))));
        ledger.setTime(Instant.parse("2026-12-01T10:00:03Z"));
        ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ObserveTarget(ctx, observation("OBS-1", false)));
        ledger.setTime(Instant.parse("2026-12-02T10:00:00Z"));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.ReleaseAllocation(ctx,
                Json.encode(new ReleaseRequest(BOND, "AL-1", 10_000_000))));
        ledger.setTime(Instant.parse("2027-07-01T09:00:00Z"));
        CouponRecord first = fix(1);
        assertEquals(new BigDecimal("0.065"), first.couponRate());
        assertTrue(first.stepUp().startsWith("+50 bp: performance target missed since 2026-12-01T10:00:03Z"),
                first.stepUp());
        assertTrue(!first.stepUp().contains("covenant"), "the covenant was cured before the period began");
    }

    @Test
    void a_plain_bond_has_no_target_to_observe_and_a_step_up_is_bounded() {
        Market plain = new Market();
        plain.ledger.assertRefused(ErrorCode.INVALID_STATE, VERIFIER_OPERATOR, ctx -> bonds.ObserveTarget(ctx,
                observation("OBS-1", false)));
        for (int basisPoints : new int[] {0, 501}) {
            assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class,
                    () -> new SustainabilityLink(basisPoints, "kpi", "target")).code());
        }
    }
}
