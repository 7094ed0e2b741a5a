package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.CASH_B;
import static org.greenledger.chaincode.contract.support.Market.TREASURY;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.bond.Allotment;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.supervision.ForcedTransferContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * The issue, a record date, a payment run and a redemption, each over seven holders three at a
 * time: every chunk is its own transaction with its own event, the run's progress is on the
 * ledger, a run is resumed by sending it again, nobody is processed twice, nothing moves the
 * units while a run walks the holders, a finished run is refused or pays nobody, and the end
 * state is exactly what one transaction over every holder leaves (compared with a twin market
 * run in one chunk).
 */
class ChunkedServicingTest {
    /** Seven investors, alternately at Bank A and Bank B, and the units each subscribes for. */
    private static final Map<String, Long> HOLDERS = new TreeMap<>(Map.of("H1", 101L, "H2", 202L, "H3", 303L,
            "H4", 44L, "H5", 55L, "H6", 66L, "H7", 777L));
    private static final String RECORD_DATE = "2027-06-30T09:00:00Z";
    private static final String PAYMENT_DATE = "2027-07-15T09:00:00Z";
    private static final String MATURITY = "2028-01-17T09:00:00Z";
    private static final String CALL_DATE = "2027-09-15T09:00:00Z";
    private static final String HASH = "a".repeat(64);

    private final IssuanceContract issuance = new IssuanceContract();
    private final CouponContract coupons = new CouponContract();
    private final RedemptionContract redemption = new RedemptionContract();
    private final BondContract bonds = new BondContract();

    /** A market whose bond has the seven investors subscribed (not issued yet). */
    private static Market subscribed() {
        Market market = new Market();
        market.mint(BANK_A_OPERATOR, CASH_A, TREASURY, 1_000_000_000L);
        int n = 0;
        for (Map.Entry<String, Long> holder : HOLDERS.entrySet()) {
            boolean atA = n++ % 2 == 0;
            TestIdentity custodian = atA ? BANK_A_OPERATOR : BANK_B_OPERATOR;
            String cash = atA ? CASH_A : CASH_B;
            market.open(custodian, holder.getKey(), atA ? BANK_A : BANK_B, InvestorType.PROFESSIONAL);
            market.mint(custodian, cash, holder.getKey(), 200_000_000L);
            market.ledger.submit(custodian, ctx -> new IssuanceContract().Subscribe(ctx, Json.encode(new SubscribeRequest(
                    "S-" + holder.getKey(), BOND, holder.getKey(), holder.getValue(), cash))));
        }
        return market;
    }

    /** The market with the bond issued to the seven in one chunk. */
    private Market issued() {
        Market market = subscribed();
        market.ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, issue(List.of(), 500)));
        return market;
    }

    private static String issue(List<Allotment> allotments, int chunk) {
        return Json.encode(new IssueBondRequest(BOND, allotments, 1_000_000, chunk));
    }

    private static String fix(int chunk) {
        return Json.encode(new FixRecordDateRequest(BOND, 1, chunk));
    }

    private static String pay(String runId, int chunk) {
        return Json.encode(new PayCouponRequest(runId, BOND, 1, CASH_A, chunk));
    }

    private static String redeem(int chunk) {
        return Json.encode(new RedeemRequest(BOND, CASH_A, 0, null, chunk));
    }

    private static String call(int chunk) {
        return Json.encode(new RedeemRequest(BOND, CASH_A, 101_000, HASH, chunk));
    }

    /** Sends {@code tx} until {@code done} says the run is finished; returns each chunk's result, one event each. */
    private static <T> List<T> chunks(TestLedger ledger, Function<GreenLedgerContext, String> tx, Class<T> type,
            java.util.function.Predicate<T> done) {
        List<T> results = new ArrayList<>();
        do {
            int events = ledger.eventCount();
            results.add(Json.decode(ledger.submit(BANK_A_OPERATOR, tx), type));
            assertEquals(events + 1, ledger.eventCount(), "one event per chunk");
        } while (!done.test(results.get(results.size() - 1)) && results.size() < 20);
        return results;
    }

    /** What every account holds of the bond and of both deposit tokens. */
    private static Map<String, Long> holdings(Market market) {
        Map<String, Long> held = new TreeMap<>();
        List<String> accounts = new ArrayList<>(HOLDERS.keySet());
        accounts.add(TREASURY);
        for (String account : accounts) {
            for (String asset : List.of(BOND, CASH_A, CASH_B)) {
                held.put(asset + " " + account, market.units(asset, account));
            }
        }
        return held;
    }

    private static Bond bond(TestLedger ledger) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> new BondContract().GetBond(ctx, BOND)), Bond.class);
    }

    private static List<Entitlement> register(TestLedger ledger, int period) {
        return List.of(Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> new CouponContract().GetHolderRegister(ctx,
                Json.encode(new CouponPeriodRef(BOND, period)))), Entitlement[].class));
    }

    private static String transfer(String from, String to) {
        return Json.encode(new TransferRequest(RequestIds.next(), BOND, from, to, 1, "while a run walks the holders"));
    }

    /** A chunk size refused for its range, whatever the run: 0 and one over the cap. */
    private static void chunkSizeRefused(TestLedger ledger, String valid, String field,
            java.util.function.BiFunction<GreenLedgerContext, String, String> tx) {
        for (int size : new int[] {0, RunProgress.MAX_CHUNK + 1}) {
            String input = valid.replace("\"" + field + "\":3", "\"" + field + "\":" + size);
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> tx.apply(ctx, input));
        }
    }

    @Test
    void the_issue_settles_three_subscriptions_a_transaction_and_ends_as_one_transaction_would() {
        Market market = subscribed();
        TestLedger ledger = market.ledger;
        chunkSizeRefused(ledger, issue(List.of(), 3), "maxSubscriptions", issuance::IssueBond);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> issuance.IssueBond(ctx, issue(List.of(), 3)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> issuance.IssueBond(ctx, issue(List.of(), 3)));
        // Allotments name exactly the pending subscriptions of the chunk: H1, H2, H3 first.
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                issue(List.of(new Allotment("S-H1", 101), new Allotment("S-H2", 202), new Allotment("S-H4", 44)), 3)));

        Bond first = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, issue(List.of(), 3))),
                Bond.class);
        assertEquals(BondStatus.SETTLING, first.status());
        assertEquals(new RunProgress(RunProgress.Status.IN_PROGRESS, "S-H3", 3, 1, first.issue().settlement().startedAt(),
                first.issue().settlement().updatedAt()), first.issue().settlement());
        assertEquals(101 + 202 + 303, first.issue().unitsIssued());
        assertNull(first.issue().issuedAt());
        // The book is closed while it settles: no new subscription, no withdrawal, no cancellation, no trading.
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-LATE", BOND, "A1", 10, CASH_A))));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_B_OPERATOR, ctx -> issuance.WithdrawSubscription(ctx, BOND,
                "S-H6"));
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, BANK_A_OPERATOR, ctx -> bonds.CancelBond(ctx, BOND));
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_A_OPERATOR, ctx -> new HoldingContract().Transfer(ctx,
                transfer("H1", "H3")));

        // After a "crash" the same request goes on where the ledger says: H4 to H6, then H7.
        List<Bond> rest = chunks(ledger, ctx -> issuance.IssueBond(ctx, issue(List.of(), 3)), Bond.class,
                b -> b.status() == BondStatus.ISSUED);
        assertEquals(List.of(BondStatus.SETTLING, BondStatus.ISSUED), rest.stream().map(Bond::status).toList());
        Bond issued = rest.get(1);
        assertEquals(new RunProgress(RunProgress.Status.DONE, "S-H7", 7, 3, first.issue().settlement().startedAt(),
                issued.issue().settlement().updatedAt()), issued.issue().settlement());
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                issue(List.of(), 3)));

        Market oneShot = issued();
        Bond expected = bond(oneShot.ledger);
        assertEquals(expected.issue().unitsIssued(), issued.issue().unitsIssued());
        assertEquals(expected.issue().grossProceedsMinor(), issued.issue().grossProceedsMinor());
        assertEquals(expected.issue().netProceedsMinor(), issued.issue().netProceedsMinor());
        assertEquals(expected.issue().subscriptions(), issued.issue().subscriptions());
        assertEquals(holdings(oneShot), holdings(market));
    }

    @Test
    void an_issue_in_chunks_takes_the_allotments_of_each_chunk() {
        Market market = subscribed();
        TestLedger ledger = market.ledger;
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, issue(List.of(new Allotment("S-H1", 100),
                new Allotment("S-H2", 0), new Allotment("S-H3", 3), new Allotment("S-H4", 44)), 4)));
        Bond bond = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, issue(List.of(
                new Allotment("S-H5", 5), new Allotment("S-H6", 66), new Allotment("S-H7", 700)), 4))), Bond.class);
        assertEquals(BondStatus.ISSUED, bond.status());
        assertEquals(100 + 3 + 44 + 5 + 66 + 700, bond.issue().unitsIssued());
        assertEquals(0, market.units(BOND, "H2"));
        assertEquals(200_000_000L, market.units(CASH_B, "H2"), "allotted nothing: refunded in full");
        assertEquals(700, market.units(BOND, "H7"));
        assertEquals(SubscriptionStatus.SETTLED, Json.decode(ledger.evaluate(BANK_A_OPERATOR,
                ctx -> issuance.GetSubscription(ctx, BOND, "S-H2")), org.greenledger.chaincode.api.bond.Subscription.class)
                .status());
    }

    @Test
    void a_record_date_is_fixed_three_holders_a_transaction_with_the_register_closed_meanwhile() {
        Market market = issued();
        TestLedger ledger = market.ledger;
        ledger.setTime(Instant.parse(RECORD_DATE));
        chunkSizeRefused(ledger, fix(3), "maxHolders", coupons::FixRecordDate);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(3)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> coupons.FixRecordDate(ctx, fix(3)));

        CouponRecord first = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(3))),
                CouponRecord.class);
        assertEquals(3, first.holders());
        assertEquals("H3", first.fixing().cursor());
        assertEquals(1, bond(ledger).registerClosedFor());
        // Nothing moves between a holder fixed and one not reached: not a transfer, not a court order.
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_A_OPERATOR, ctx -> new HoldingContract().Transfer(ctx,
                transfer("H1", "H5")));
        ForcedTransfer order = Json.decode(ledger.submit(REGULATOR_ADMIN, ctx -> new ForcedTransferContract()
                .ProposeForcedTransfer(ctx, Json.encode(new ForcedTransferRequest(RequestIds.next(), BOND, "H1", "H5",
                        1, HASH)))), ForcedTransfer.class);
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_A_OPERATOR, ctx -> new ForcedTransferContract()
                .ApproveForcedTransfer(ctx, order.proposalId()));
        // Not paid before it is fixed, and the bond does not end while it is being fixed.
        ledger.setTime(Instant.parse(PAYMENT_DATE));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx,
                pay(RequestIds.next(), 3)));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, call(3)));

        List<CouponRecord> rest = chunks(ledger, ctx -> coupons.FixRecordDate(ctx, fix(3)), CouponRecord.class,
                CouponRecord::fixed);
        CouponRecord fixed = rest.get(rest.size() - 1);
        assertEquals(2, rest.size());
        assertEquals(new RunProgress(RunProgress.Status.DONE, "H7", 7, 3, first.fixing().startedAt(),
                fixed.fixing().updatedAt()), fixed.fixing());
        assertEquals(0, bond(ledger).registerClosedFor(), "the register opens with the last chunk");
        ledger.submit(BANK_A_OPERATOR, ctx -> new HoldingContract().Transfer(ctx, transfer("H1", "H5")));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(3)));

        Market oneShot = issued();
        oneShot.ledger.setTime(Instant.parse(RECORD_DATE));
        CouponRecord expected = Json.decode(oneShot.ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx,
                fix(500))), CouponRecord.class);
        assertEquals(expected.holders(), fixed.holders());
        assertEquals(expected.units(), fixed.units());
        assertEquals(expected.couponMinor(), fixed.couponMinor());
        assertEquals(register(oneShot.ledger, 1), register(ledger, 1));
        assertEquals(1, expected.fixing().chunks());
        assertEquals(0, bond(oneShot.ledger).registerClosedFor(), "a fixing in one transaction never closes the register");
    }

    @Test
    void a_payment_run_pays_three_holders_a_transaction_resumes_and_never_pays_twice() {
        Market market = issued();
        TestLedger ledger = market.ledger;
        ledger.setTime(Instant.parse(RECORD_DATE));
        ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(500)));
        ledger.setTime(Instant.parse(PAYMENT_DATE));
        // H5's account is frozen: the cash cannot reach it, it stays DUE.
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().FreezeAccount(ctx,
                Json.encode(new RegulatoryAction("H5", "f".repeat(64)))));
        String run = RequestIds.next();
        chunkSizeRefused(ledger, pay(run, 3), "maxHolders", coupons::PayCoupon);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> coupons.PayCoupon(ctx, pay(run, 3)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> coupons.PayCoupon(ctx, pay(run, 3)));

        Payout first = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx, pay(run, 3))),
                Payout.class);
        assertEquals(3, first.paid());
        assertEquals(RunProgress.Status.IN_PROGRESS, first.progress().status());
        // The run's id is the run: another token under it is another request.
        ledger.assertRefused(ErrorCode.REQUEST_ID_REUSED, BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx,
                Json.encode(new PayCouponRequest(run, BOND, 1, CASH_B, 3))));
        // Resumed with another chunk size, as an operator may after a crash.
        List<Payout> rest = chunks(ledger, ctx -> coupons.PayCoupon(ctx, pay(run, 2)), Payout.class,
                p -> p.progress().done());
        Payout total = first;
        for (Payout chunk : rest) {
            total = total.andThen(chunk);
        }
        assertEquals(List.of(3, 2, 2), List.of(first.progress().processed(), rest.get(0).progress().processed() - 3,
                rest.get(1).progress().processed() - 5));
        assertEquals(6, total.paid());
        assertEquals(List.of("H5"), total.blocked().stream().map(Payout.Blocked::accountId).toList());
        assertEquals(ErrorCode.ACCOUNT_FROZEN, total.blocked().get(0).code());

        // The finished run sent again pays nobody and changes nothing.
        Payout again = Json.decode(ledger.assertUnchangedBy(BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx, pay(run, 3))),
                Payout.class);
        assertEquals(0, again.paid());
        assertEquals(total.progress(), again.progress());

        Market oneShot = issued();
        oneShot.ledger.setTime(Instant.parse(RECORD_DATE));
        oneShot.ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx, fix(500)));
        oneShot.ledger.setTime(Instant.parse(PAYMENT_DATE));
        oneShot.ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().FreezeAccount(ctx,
                Json.encode(new RegulatoryAction("H5", "f".repeat(64)))));
        Payout expected = Json.decode(oneShot.ledger.submit(BANK_A_OPERATOR, ctx -> coupons.PayCoupon(ctx,
                pay(RequestIds.next(), 500))), Payout.class);
        assertEquals(expected.paid(), total.paid());
        assertEquals(expected.paidMinor(), total.paidMinor());
        assertEquals(expected.blocked(), total.blocked());
        assertEquals(holdings(oneShot), holdings(market));

        // A new run pays whoever is still due, once: H5 after its account is unfrozen.
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().UnfreezeAccount(ctx,
                Json.encode(new RegulatoryAction("H5", "f".repeat(64)))));
        List<Payout> late = chunks(ledger, ctx -> coupons.PayCoupon(ctx, pay("LATE-H5", 4)), Payout.class,
                p -> p.progress().done());
        assertEquals(List.of(0, 1), late.stream().map(Payout::paid).toList());
        assertEveryEntitlementPaid(ledger);
    }

    private static void assertEveryEntitlementPaid(TestLedger ledger) {
        assertEquals(List.of(EntitlementStatus.PAID), register(ledger, 1).stream().map(Entitlement::status).distinct()
                .toList());
    }

    /** Entitlements as owed and settled, without the transaction ids and times that differ between two ledgers. */
    private static List<Entitlement> withoutPaymentReferences(List<Entitlement> register) {
        return register.stream().map(e -> new Entitlement(e.bondId(), e.period(), e.accountId(), e.units(),
                e.couponMinor(), e.principalMinor(), e.status(), null, null)).toList();
    }

    @Test
    void a_redemption_pays_and_retires_three_holders_a_transaction_and_nothing_moves_meanwhile() {
        Market market = issued();
        TestLedger ledger = market.ledger;
        ledger.setTime(Instant.parse(MATURITY));
        chunkSizeRefused(ledger, redeem(3), "maxHolders", redemption::RedeemBond);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> redemption.RedeemBond(ctx, redeem(3)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> redemption.RedeemBond(ctx, redeem(3)));

        Payout first = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, redeem(3))),
                Payout.class);
        assertEquals(3, first.paid());
        assertEquals(BondStatus.REDEEMING, bond(ledger).status());
        assertEquals(0, market.units(BOND, "H1"));
        // No unit moves from a holder not reached to one already redeemed, not even by court order.
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_A_OPERATOR, ctx -> new HoldingContract().Transfer(ctx,
                transfer("H5", "H1")));
        ForcedTransfer order = Json.decode(ledger.submit(REGULATOR_ADMIN, ctx -> new ForcedTransferContract()
                .ProposeForcedTransfer(ctx, Json.encode(new ForcedTransferRequest(RequestIds.next(), BOND, "H5", "H1",
                        1, HASH)))), ForcedTransfer.class);
        ledger.assertRefused(ErrorCode.NOT_IN_CIRCULATION, BANK_A_OPERATOR, ctx -> new ForcedTransferContract()
                .ApproveForcedTransfer(ctx, order.proposalId()));
        // The redemption under way is the one that goes on: not a call, not a default.
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, call(3)));
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, REGULATOR_OPERATOR, ctx -> redemption.DeclareDefault(ctx,
                Json.encode(new org.greenledger.chaincode.api.bond.DefaultNotice(BOND, HASH))));

        List<Payout> rest = chunks(ledger, ctx -> redemption.RedeemBond(ctx, redeem(3)), Payout.class,
                p -> p.progress().done());
        Payout total = first;
        for (Payout chunk : rest) {
            total = total.andThen(chunk);
        }
        Bond redeemed = bond(ledger);
        assertEquals(BondStatus.REDEEMED, redeemed.status());
        assertEquals(7, redeemed.closure().holdersPaid());
        assertEquals(7, total.paid());
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx,
                redeem(3)));
        assertEquals(0L, outstanding(ledger), "every unit redeemed no longer counts against the sandbox cap");

        Market oneShot = issued();
        oneShot.ledger.setTime(Instant.parse(MATURITY));
        Payout expected = Json.decode(oneShot.ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx,
                redeem(500))), Payout.class);
        assertEquals(expected.paidMinor(), total.paidMinor());
        assertEquals(holdings(oneShot), holdings(market));
        assertEquals(withoutPaymentReferences(register(oneShot.ledger, 2)), withoutPaymentReferences(register(ledger, 2)));
    }

    @Test
    void a_call_in_chunks_pays_the_accrued_coupon_of_the_call_date_in_every_chunk() {
        Market market = issued();
        TestLedger ledger = market.ledger;
        ledger.setTime(Instant.parse(CALL_DATE));
        Payout first = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, call(4))),
                Payout.class);
        // The rest is paid a week later: still what accrued to the call date.
        ledger.setTime(Instant.parse(CALL_DATE).plusSeconds(7 * 86_400));
        Payout second = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx, call(4))),
                Payout.class);
        assertEquals(BondStatus.CALLED, bond(ledger).status());

        Market oneShot = issued();
        oneShot.ledger.setTime(Instant.parse(CALL_DATE));
        Payout expected = Json.decode(oneShot.ledger.submit(BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx,
                call(500))), Payout.class);
        assertEquals(expected.paidMinor(), first.andThen(second).paidMinor());
        assertEquals(holdings(oneShot), holdings(market));
    }

    @Test
    void a_redemption_begins_only_if_the_issuer_could_pay_every_holder() {
        Market market = issued();
        TestLedger ledger = market.ledger;
        ledger.setTime(Instant.parse(MATURITY));
        long cash = market.units(CASH_A, TREASURY);
        ledger.submit(BANK_A_OPERATOR, ctx -> new org.greenledger.chaincode.contract.cash.CashContract().Burn(ctx,
                Json.encode(new org.greenledger.chaincode.api.cash.CashRequest(RequestIds.next(), CASH_A, TREASURY,
                        cash - 1_000))));
        // One chunk of H1 alone could be paid, the whole redemption could not: nothing is retired.
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_A_OPERATOR, ctx -> redemption.RedeemBond(ctx,
                redeem(1)));
    }

    /** Bank A's green bonds outstanding in VND, as the issued total the sandbox cap reads. */
    private static long outstanding(TestLedger ledger) {
        return Long.parseLong(ledger.evaluate(REGULATOR_OPERATOR, ctx -> String.valueOf(ctx.ledger().read(
                ctx.ledger().key("issued", "GREEN_BOND", "VND", BANK_A), Long.class).orElse(0L))));
    }
}
