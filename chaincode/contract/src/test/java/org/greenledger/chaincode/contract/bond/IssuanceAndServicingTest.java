package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.CASH_B;
import static org.greenledger.chaincode.contract.support.Market.DENOMINATION;
import static org.greenledger.chaincode.contract.support.Market.TREASURY;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Allotment;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscriptions settled DvP at issue, coupons to record-date holders, redemption, call and default. */
class IssuanceAndServicingTest {
    private final IssuanceContract issuance = new IssuanceContract();
    private final CouponContract coupons = new CouponContract();
    private final RedemptionContract redemption = new RedemptionContract();
    private Market market;
    private TestLedger ledger;

    @BeforeEach
    void market() {
        market = new Market();
        ledger = market.ledger;
    }

    private Subscription subscribe(TestIdentity who, String id, String account, long units, String token) {
        return Json.decode(ledger.submit(who, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest(id, BOND, account, units, token)))), Subscription.class);
    }

    private Bond issue(Allotment... allotments) {
        return Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                Json.encode(new IssueBondRequest(BOND, List.of(allotments), 1_000_000, 100)))), Bond.class);
    }

    private void at(String instant) {
        ledger.setTime(Instant.parse(instant));
    }

    private static String period(int n) {
        return Json.encode(new CouponPeriodRef(BOND, n));
    }

    private static String fix(int n) {
        return Json.encode(new FixRecordDateRequest(BOND, n, 100));
    }

    /** A1 holds 100 units and B1 300, issued and settled. */
    private void issued() {
        subscribe(BANK_A_OPERATOR, "S-A1", "A1", 100, CASH_A);
        subscribe(BANK_B_OPERATOR, "S-B1", "B1", 300, CASH_B);
        issue();
    }

    @Test
    void subscriptions_close_with_the_issue_date() {
        at("2027-01-15T23:00:00Z");
        subscribe(BANK_A_OPERATOR, "S-LAST", "A1", 10, CASH_A);
        at("2027-01-16T00:00:00Z");
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-LATE", BOND, "A1", 10, CASH_A))));
    }

    @Test
    void a_subscription_moves_the_price_into_escrow_and_a_replay_changes_nothing() {
        Subscription s = subscribe(BANK_A_OPERATOR, "S-A1", "A1", 100, CASH_A);
        assertEquals(SubscriptionStatus.PENDING, s.status());
        assertEquals(100 * DENOMINATION, s.escrowMinor());
        assertEquals(500_000_000 - 100 * DENOMINATION, market.units(CASH_A, "A1"));
        int events = ledger.eventCount();
        assertEquals(s, subscribe(BANK_A_OPERATOR, "S-A1", "A1", 100, CASH_A));
        assertEquals(events, ledger.eventCount());
        assertEquals(500_000_000 - 100 * DENOMINATION, market.units(CASH_A, "A1"));
        ledger.assertRefused(ErrorCode.REQUEST_ID_REUSED, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-A1", BOND, "A1", 101, CASH_A))));
    }

    @Test
    void subscriptions_are_refused_with_their_codes() {
        String ok = Json.encode(new SubscribeRequest("S1", BOND, "A1", 100, CASH_A));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> issuance.Subscribe(ctx, ok));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> issuance.Subscribe(ctx, ok));
        ledger.assertRefused(ErrorCode.INVESTOR_NOT_ELIGIBLE, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S2", BOND, "A2", 100, CASH_A))));
        ledger.assertRefused(ErrorCode.HOLDING_LIMIT_EXCEEDED, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S3", BOND, "A1", 2_001, CASH_A))));
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_B_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S4", BOND, "B1", 100, CASH_A))));
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().PauseAsset(ctx, Json.encode(new RegulatoryAction(BOND, "f".repeat(64)))));
        ledger.assertRefused(ErrorCode.ASSET_PAUSED, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx, ok));
    }

    @Test
    void the_issue_delivers_units_against_cash_to_the_issuer_and_refunds_what_was_not_allotted() {
        subscribe(BANK_A_OPERATOR, "S-A1", "A1", 100, CASH_A);
        subscribe(BANK_B_OPERATOR, "S-B1", "B1", 300, CASH_B);
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                Json.encode(new IssueBondRequest(BOND, List.of(new Allotment("S-A1", 100)), 0, 100))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> issuance.IssueBond(ctx,
                Json.encode(new IssueBondRequest(BOND, List.of(), 0, 100))));

        Bond bond = issue(new Allotment("S-A1", 100), new Allotment("S-B1", 250));
        assertEquals(BondStatus.ISSUED, bond.status());
        assertEquals(350, bond.issue().unitsIssued());
        assertEquals(350 * DENOMINATION, bond.issue().grossProceedsMinor());
        assertEquals(350 * DENOMINATION - 1_000_000, bond.issue().netProceedsMinor());
        assertEquals(100, market.units(BOND, "A1"));
        assertEquals(250, market.units(BOND, "B1"));
        assertEquals(500_000_000 - 250 * DENOMINATION, market.units(CASH_B, "B1"));
        assertEquals(100_000_000 + 100 * DENOMINATION, market.units(CASH_A, TREASURY));
        assertEquals(250 * DENOMINATION, market.units(CASH_B, TREASURY));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("late", BOND, "A1", 1, CASH_A))));
    }

    @Test
    void every_holding_lot_needs_its_custodian_among_the_endorsers() throws Exception {
        issued();
        String lotOfB1 = ledger.keys("lot").stream().filter(k -> k.contains(BOND) && k.contains("B1")).findFirst()
                .orElseThrow();
        SignaturePolicyEnvelope policy = ledger.endorsementPolicy(lotOfB1);
        assertEquals(BANK_B, org.hyperledger.fabric.protos.common.MSPRole.parseFrom(policy.getIdentities(0)
                .getPrincipal()).getMspIdentifier());
        assertEquals(2, policy.getRule().getNOutOf().getN());
        assertEquals(2, policy.getRule().getNOutOf().getRules(1).getNOutOf().getN(), "two of the four others: 3 of 5");
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (var identity : policy.getIdentitiesList()) {
            named.add(org.hyperledger.fabric.protos.common.MSPRole.parseFrom(identity.getPrincipal()).getMspIdentifier());
        }
        assertEquals(new java.util.TreeSet<>(List.of(ALLIANCE, BANK_A, BANK_B, VERIFIER, REGULATOR)), named,
                "every member org, also those the bootstrap registered together");
    }

    @Test
    void a_withdrawn_subscription_and_a_cancelled_bond_refund_the_escrow() {
        subscribe(BANK_A_OPERATOR, "S-A1", "A1", 100, CASH_A);
        subscribe(BANK_B_OPERATOR, "S-B1", "B1", 300, CASH_B);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> issuance.WithdrawSubscription(ctx, BOND, "S-B1"));
        ledger.submit(BANK_B_OPERATOR, ctx -> issuance.WithdrawSubscription(ctx, BOND, "S-B1"));
        assertEquals(500_000_000, market.units(CASH_B, "B1"));
        ledger.submit(BANK_A_OPERATOR, ctx -> new BondContract().CancelBond(ctx, BOND));
        assertEquals(500_000_000, market.units(CASH_A, "A1"));
    }

    @Test
    void a_coupon_is_fixed_at_the_record_date_and_paid_to_those_holders() {
        issued();
        ledger.assertRefused(ErrorCode.NOT_DUE, BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(1)));
        at("2027-06-30T09:00:00Z");
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(2)));
        CouponRecord record = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(1))),
                CouponRecord.class);
        // 600,000 × 181/365 per 100 units: 297,534.2 -> 297,534; for 300 units 892,602.7 -> 892,603
        assertEquals(297_534 + 892_603, record.couponMinor());
        assertEquals(2, record.holders());
        // a trade after the record date does not change who is paid
        ledger.submit(BANK_B_OPERATOR, ctx -> new HoldingContract().Transfer(ctx,
                Json.encode(new TransferRequest(RequestIds.next(), BOND, "B1", "A1", 300, "after record date"))));
        String pay = Json.encode(new PayCouponRequest(RequestIds.next(), BOND, 1, CASH_A, 100));
        ledger.assertRefused(ErrorCode.NOT_DUE, BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx, pay));
        at("2027-07-15T09:00:00Z");
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().FreezeAccount(ctx, Json.encode(new RegulatoryAction("B1", "f".repeat(64)))));
        Payout payout = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx, pay)), Payout.class);
        assertEquals(1, payout.paid());
        assertEquals(ErrorCode.ACCOUNT_FROZEN, payout.blocked().get(0).code());
        assertEquals(500_000_000 - 100 * DENOMINATION + 297_534, market.units(CASH_A, "A1"));
        ledger.submit(BANK_A_OPERATOR, ctx -> coupons.ConfirmPayment(ctx,
                Json.encode(new PaymentConfirmation(BOND, 1, "B1", "SWIFT-MT103-0042"))));
        List<Entitlement> register = List.of(Json.decode(ledger.evaluate(REGULATOR_OPERATOR,
                ctx -> coupons.GetHolderRegister(ctx, period(1))), Entitlement[].class));
        assertEquals(List.of("A1", "B1"), register.stream().map(Entitlement::accountId).toList());
        assertEquals(List.of(100L, 300L), register.stream().map(Entitlement::units).toList());
        assertTrue(register.stream().allMatch(e -> e.status() == EntitlementStatus.PAID));
        assertEquals("SWIFT-MT103-0042", register.get(1).paymentReference());
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(1)));
    }

    @Test
    void redemption_at_maturity_pays_par_and_the_final_coupon_and_retires_the_units() {
        issued();
        String redeem = Json.encode(new RedeemRequest(BOND, CASH_A, 0, null, 100));
        ledger.assertRefused(ErrorCode.NOT_DUE, BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, redeem));
        at("2028-01-15T09:00:00Z");
        ledger.submit(BANK_A_OPERATOR, ctx -> redemption.MatureBond(ctx, BOND));
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_B_OPERATOR, ctx -> new HoldingContract().Transfer(ctx,
                Json.encode(new TransferRequest(RequestIds.next(), BOND, "B1", "A1", 1, "after maturity"))));
        assertEquals(400 * DENOMINATION, outstandingGreenBonds(), "what the sandbox cap counts");
        Payout payout = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, redeem)), Payout.class);
        assertEquals(0, outstandingGreenBonds(), "redeemed units no longer count against the cap");
        // final period 184 days: 100 units 302,465.8 -> 302,466; 300 units 907,397.3 -> 907,397
        assertEquals(400 * DENOMINATION + 302_466 + 907_397, payout.paidMinor());
        assertEquals(0, market.units(BOND, "A1"));
        assertEquals(0, market.units(BOND, "B1"));
        assertEquals(300 * DENOMINATION + 907_397, market.units(CASH_A, "B1"));
        Bond bond = Json.decode(ledger.evaluate(REGULATOR_OPERATOR, ctx -> new BondContract().GetBond(ctx, BOND)), Bond.class);
        assertEquals(BondStatus.REDEEMED, bond.status());
    }

    @Test
    void a_call_pays_the_call_price_and_the_accrued_coupon_and_a_default_is_the_regulators() {
        issued();
        at("2027-03-16T09:00:00Z");
        Payout payout = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx,
                Json.encode(new RedeemRequest(BOND, CASH_A, 101_000, "a".repeat(64), 100)))), Payout.class);
        // 60 days accrued of 181: 400 units × 100,000 × 6% × 60/365, per holder: 98,630.1 -> 98,630 and 295,890.4 -> 295,890
        assertEquals(400 * 101_000 + 98_630 + 295_890, payout.paidMinor());
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, REGULATOR_OPERATOR, ctx -> redemption.DeclareDefault(ctx,
                Json.encode(new DefaultNotice(BOND, "b".repeat(64)))));
    }

    @Test
    void only_the_regulator_declares_a_default_and_the_bond_stops_trading() {
        issued();
        String notice = Json.encode(new DefaultNotice(BOND, "b".repeat(64)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> redemption.DeclareDefault(ctx, notice));
        Bond bond = Json.decode(ledger.submit(REGULATOR_OPERATOR, ctx -> redemption.DeclareDefault(ctx, notice)), Bond.class);
        assertEquals(BondStatus.DEFAULTED, bond.status());
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_B_OPERATOR, ctx -> new HoldingContract().Transfer(ctx,
                Json.encode(new TransferRequest(RequestIds.next(), BOND, "B1", "A1", 1, "after default"))));
    }

    /** Bank A's green bonds outstanding in VND, as the issued totals (all shards) the sandbox cap reads. */
    private long outstandingGreenBonds() {
        return Long.parseLong(ledger.evaluate(REGULATOR_OPERATOR, ctx -> String.valueOf(ctx.ledger()
                .readAll("issued", Long.class, "GREEN_BOND", "VND", BANK_A).stream().mapToLong(Long::longValue).sum())));
    }
}
