package org.greenledger.chaincode.contract.bond;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.CASH_B;
import static org.greenledger.chaincode.contract.support.Market.TREASURY;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.EntitlementStatus;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.settlement.TradeContract;
import org.greenledger.chaincode.contract.supervision.ForcedTransferContract;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against servicing a bond (record dates, coupons, maturity,
 * redemption, default) and against settling trades and court orders, on the in-memory ledger.
 * A servicing step is valid only on a bond in the right state on the right day: each step works
 * on a bond of its own, issued fresh or handed on by the step before it in the bond's life, until
 * an input is applied to it, and sets the ledger's clock to when the step is due. A trade or
 * court order is proposed fresh once an input was applied to the last one. After each applied
 * servicing input the deposit tokens each holder gained are exactly the entitlements marked paid
 * on the ledger; after each applied trade or court order the holdings changed by exactly what
 * was proposed. The counts are printed.
 */
class ServicingFuzzTest {
    private static final String HASH = "b".repeat(64);
    /** Before the market's issue date: a bond can still be created and subscribed. */
    private static final String BEFORE_ISSUE = "2026-11-22T10:00:00Z";
    /** In period 2, after period 1's coupon was paid: a bond is called with the coupon accrued since. */
    private static final String CALL_DATE = "2027-09-15T09:00:00Z";
    private static final String RECORD_DATE = "2027-06-30T09:00:00Z";
    private static final String PAYMENT_DATE = "2027-07-15T09:00:00Z";
    private static final String MATURITY = "2028-01-15T09:00:00Z";
    private static final String FIX = "coupons:FixRecordDate";
    private static final String PAY = "coupons:PayCoupon";
    private static final String CONFIRM = "coupons:ConfirmPayment";
    private static final String MATURE = "redemption:MatureBond";
    private static final String REDEEM = "redemption:RedeemBond";
    private static final String DEFAULT = "redemption:DeclareDefault";
    /**
     * Where a bond goes once a step was applied to it: on to the next step of its life, in the
     * order of its dates, so that fewer bonds need issuing. A step with no bond waiting issues one.
     */
    private static final Map<String, String> NEXT = Map.of(FIX, CONFIRM, CONFIRM, PAY, PAY, REDEEM, MATURE, DEFAULT);

    private final BondContract bonds = new BondContract();
    private final IssuanceContract issuance = new IssuanceContract();
    private final CouponContract coupons = new CouponContract();
    private final RedemptionContract redemption = new RedemptionContract();
    private final TradeContract trades = new TradeContract();
    private final ForcedTransferContract forcedTransfers = new ForcedTransferContract();
    private TestLedger ledger;
    private int bondsIssued;
    /** Per servicing step, the bonds in the state it needs; its inputs work on the first. */
    private final Map<String, Deque<String>> ready = new HashMap<>();
    /** Per settlement step, the proposal its inputs work on, until an input was applied to it. */
    private final Map<String, Proposal> pending = new HashMap<>();

    /** A trade or court order proposed, and how the holdings must change when it is applied. */
    private record Proposal(String id, Map<String, Long> change) {
    }

    @Test
    void servicing_inputs_are_refused_with_a_code_or_pay_holders_exactly_their_entitlements() {
        Market market = new Market();
        ledger = market.ledger;
        // Hundreds of bonds are subscribed and redeemed: more than the market's cash pays for.
        market.mint(BANK_A_OPERATOR, CASH_A, "A1", 10_000_000_000L);
        market.mint(BANK_B_OPERATOR, CASH_B, "B1", 10_000_000_000L);
        market.mint(BANK_A_OPERATOR, CASH_A, TREASURY, 10_000_000_000L);
        List<Fuzz.Step> steps = List.of(
                servicing(FIX, BANK_A_OPERATOR, this::asIssued,
                        (r, bond) -> at(RECORD_DATE, Json.encode(new FixRecordDateRequest(bond, 1, chunk(r)))),
                        coupons::FixRecordDate),
                servicing(CONFIRM, BANK_A_OPERATOR, this::fixRecordDate,
                        (r, bond) -> at(PAYMENT_DATE, Json.encode(new PaymentConfirmation(bond, 1,
                                r.nextBoolean() ? "A1" : "B1", "SWIFT-MT103-" + r.nextInt(1_000_000)))),
                        coupons::ConfirmPayment),
                servicing(PAY, BANK_A_OPERATOR, this::fixRecordDate,
                        (r, bond) -> at(PAYMENT_DATE, Json.encode(new PayCouponRequest(runOf(bond), bond, 1,
                                CASH_A, chunk(r)))),
                        coupons::PayCoupon),
                servicing(REDEEM, BANK_A_OPERATOR, this::asIssued,
                        (r, bond) -> calledAt(bond) == 0
                                ? at(MATURITY, Json.encode(new RedeemRequest(bond, CASH_A, 0, null, chunk(r))))
                                : at(CALL_DATE, Json.encode(new RedeemRequest(bond, CASH_A, calledAt(bond), HASH,
                                        chunk(r)))),
                        redemption::RedeemBond),
                servicing(MATURE, BANK_A_OPERATOR, this::asIssued,
                        (r, bond) -> at(MATURITY, bond),
                        redemption::MatureBond),
                servicing(DEFAULT, REGULATOR_OPERATOR, this::asIssued,
                        (r, bond) -> at(MATURITY, Json.encode(new DefaultNotice(bond, HASH))),
                        redemption::DeclareDefault));
        String lines = new Fuzz().runFamily("servicing", ledger, steps, (input, n) -> {
            String step = steps.get(n % steps.size()).name();
            paidAsEntitled(step.equals(CONFIRM), step + " #" + n + " on " + Fuzz.shown(input));
            if (!runDone(step, ready.get(step).peek())) {
                return; // the next input of the step goes on with the same run
            }
            String used = ready.get(step).remove();
            if (NEXT.containsKey(step)) {
                ready.computeIfAbsent(NEXT.get(step), s -> new ArrayDeque<>()).add(used);
            }
        });
        System.out.println(lines);
        System.out.println("fuzz servicing used " + bondsIssued + " freshly issued bonds");
    }

    @Test
    void trades_and_court_orders_are_refused_with_a_code_or_move_exactly_what_was_proposed() {
        ledger = new Market().ledger;
        // A1 holds 2,000 units to sell to B1, who may hold as many.
        subscribe(BANK_A_OPERATOR, BOND, "A1", 2_000, CASH_A);
        issue(BOND);
        List<Fuzz.Step> steps = List.of(
                // the buyer's bank affirms, the seller's bank withdraws
                proposed("trades:SettleTrade", BANK_B_OPERATOR, (r, n) -> proposeTrade(r, n, true),
                        trades::SettleTrade),
                proposed("trades:CancelTrade", BANK_A_OPERATOR, (r, n) -> proposeTrade(r, n, false),
                        trades::CancelTrade),
                // Bank A issues the deposit token and is A1's custodian
                proposed("forcedTransfers:ApproveForcedTransfer", BANK_A_OPERATOR, this::proposeCourtOrder,
                        forcedTransfers::ApproveForcedTransfer));
        System.out.println(new Fuzz().runFamily("settlement and court orders", ledger, steps, (input, n) -> {
            String step = steps.get(n % steps.size()).name();
            assertEquals(pending.remove(step).change(), heldChanges(), step + " #" + n + " on " + Fuzz.shown(input));
        }));
    }

    /**
     * A servicing step whose template gives the first bond ready for it (with none ready, a fresh
     * one issued and brought to the step by {@code prepare}) to {@code request}, which also sets
     * the day the step is due.
     */
    private Fuzz.Step servicing(String name, TestIdentity who, Consumer<String> prepare,
            BiFunction<Random, String, String> request, BiFunction<GreenLedgerContext, String, String> tx) {
        return new Fuzz.Step(name, who, (r, n) -> {
            Deque<String> bonds = ready.computeIfAbsent(name, step -> new ArrayDeque<>());
            if (bonds.isEmpty()) {
                String bond = freshBond(r);
                prepare.accept(bond);
                bonds.add(bond);
            }
            return request.apply(r, bonds.peek());
        }, tx);
    }

    /** A bond on the market bond's terms under a new ISIN, issued for a few units each to A1 and B1. */
    private String freshBond(Random r) {
        String bond = Isin.complete(String.format("VNSRV%06d", ++bondsIssued));
        ledger.setTime(Instant.parse(BEFORE_ISSUE));
        ledger.submit(BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, Json.encode(Market.terms()).replace(BOND, bond)));
        ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ReviewBond(ctx, Json.encode(new ReviewBondRequest(bond, HASH))));
        ledger.submit(ALLIANCE_OPERATOR, ctx -> bonds.ApproveBond(ctx, bond));
        ledger.submit(BANK_A_OPERATOR, ctx -> bonds.OpenSubscriptions(ctx, bond));
        subscribe(BANK_A_OPERATOR, bond, "A1", 1 + r.nextInt(3), CASH_A);
        subscribe(BANK_B_OPERATOR, bond, "B1", 1 + r.nextInt(3), CASH_B);
        issue(bond);
        return bond;
    }

    /** Issues every pending subscription in full. */
    private void issue(String bond) {
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                Json.encode(new IssueBondRequest(bond, List.of(), 0, 100))));
    }

    /** A freshly issued bond is ready for the step as it is. */
    private void asIssued(String bond) {
    }

    private void subscribe(TestIdentity custodian, String bond, String account, long units, String cash) {
        ledger.submit(custodian, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest(RequestIds.next(), bond, account, units, cash))));
    }

    private void fixRecordDate(String bond) {
        ledger.setTime(Instant.parse(RECORD_DATE));
        ledger.submit(BANK_A_OPERATOR, ctx -> coupons.FixRecordDate(ctx,
                Json.encode(new FixRecordDateRequest(bond, 1, 500))));
    }

    /** A chunk size that often leaves a fresh bond's two holders to more than one transaction. */
    private static int chunk(Random r) {
        return 1 + r.nextInt(2);
    }

    /** The payment run of a bond's first coupon: one id per bond, so its chunks go on with the same run. */
    private static String runOf(String bond) {
        return "RUN-" + bond;
    }

    /**
     * How a bond ends, the same for every chunk of its redemption: at maturity (0) for half the
     * bonds, else by a call at this price.
     */
    private static long calledAt(String bond) {
        return Math.floorMod(bond.hashCode(), 2) == 0 ? 0 : 100_000 + Math.floorMod(bond.hashCode(), 5_000);
    }

    /** Whether the run the step's last applied input belongs to is finished, so the bond moves on. */
    private boolean runDone(String step, String bond) {
        return Boolean.parseBoolean(ledger.evaluate(BANK_A_OPERATOR, ctx -> Boolean.toString(switch (step) {
            case FIX -> new EntitlementBook(ctx.ledger()).record(bond, 1).map(CouponRecord::fixed).orElse(true);
            case PAY -> new EntitlementBook(ctx.ledger()).paymentRun(bond, 1, runOf(bond)).map(RunProgress::done)
                    .orElse(true);
            case REDEEM -> Json.decode(bonds.GetBond(ctx, bond), Bond.class).status() != BondStatus.REDEEMING;
            default -> true;
        })));
    }

    /** {@code request}, with the ledger's clock set to {@code instant}. */
    private String at(String instant, String request) {
        ledger.setTime(Instant.parse(instant));
        return request;
    }

    /** A step on the id of a pending proposal; {@code propose} makes a new one once the last was applied. */
    private Fuzz.Step proposed(String name, TestIdentity who, BiFunction<Random, Integer, Proposal> propose,
            BiFunction<GreenLedgerContext, String, String> tx) {
        return new Fuzz.Step(name, who, (r, n) -> pending.computeIfAbsent(name, step -> propose.apply(r, n)).id(), tx);
    }

    /** Proposes a trade of a unit or two from A1 to B1, delivery versus payment or free of payment. */
    private Proposal proposeTrade(Random r, int n, boolean settles) {
        long units = 1 + r.nextInt(2);
        boolean dvp = r.nextInt(4) > 0;
        long price = dvp ? units * (90_000 + r.nextInt(20_000)) : 0;
        TradeRequest trade = new TradeRequest("TR-" + n, BOND, "A1", "B1", units,
                dvp ? SettlementType.DVP : SettlementType.FOP, dvp ? CASH_B : null, price,
                dvp ? null : "SWIFT-MT540-" + n);
        ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx, Json.encode(trade)));
        Map<String, Long> change = new TreeMap<>();
        if (settles) {
            change.put(held(BOND, "A1"), -units);
            change.put(held(BOND, "B1"), units);
            if (dvp) {
                change.put(held(CASH_B, "B1"), -price);
                change.put(held(CASH_B, "A1"), price);
            }
        }
        return new Proposal(trade.tradeId(), change);
    }

    /** The regulator proposes that a court order move deposit money from A1 to A2. */
    private Proposal proposeCourtOrder(Random r, int n) {
        long units = 1 + r.nextInt(1_000);
        ForcedTransfer proposal = Json.decode(ledger.submit(REGULATOR_OPERATOR, ctx -> forcedTransfers
                .ProposeForcedTransfer(ctx, Json.encode(new ForcedTransferRequest("FT-" + n, CASH_A, "A1", "A2", units,
                        HASH)))), ForcedTransfer.class);
        return new Proposal(proposal.proposalId(),
                new TreeMap<>(Map.of(held(CASH_A, "A1"), -units, held(CASH_A, "A2"), units)));
    }

    /**
     * Cash reaches a holder only as its entitlement: the deposit tokens each holder gained in the
     * last transaction are exactly the entitlements it marked PAID. A confirmation of a payment
     * made off the ledger marks one entitlement and moves no cash.
     */
    private void paidAsEntitled(boolean offLedger, String what) {
        Map<String, Long> markedPaid = new TreeMap<>();
        ledger.lastChanges().forEach((key, change) -> {
            if (key.startsWith("\u0000entitlement\u0000") && change.after() != null) {
                Entitlement after = Json.decode(new String(change.after(), UTF_8), Entitlement.class);
                boolean wasPaid = change.before() != null && Json.decode(new String(change.before(), UTF_8),
                        Entitlement.class).status() == EntitlementStatus.PAID;
                if (after.status() == EntitlementStatus.PAID && !wasPaid) {
                    markedPaid.merge(held(CASH_A, after.accountId()), after.totalMinor(), Long::sum);
                }
            }
        });
        // The issuer pays in CASH_A from its treasury: LedgerInvariants holds what left it to what the holders got.
        Map<String, Long> received = heldChanges();
        received.keySet().removeIf(k -> !k.startsWith(CASH_A + " ") || k.equals(held(CASH_A, TREASURY)));
        if (offLedger) {
            assertEquals(1, markedPaid.size(), what + ": entitlements confirmed " + markedPaid);
            assertEquals(Map.of(), received, what + ": an off-ledger payment moved cash");
        } else {
            assertEquals(markedPaid, received, what + ": cash paid other than the entitlements marked paid");
        }
    }

    /** How the last transaction changed each account's units of each asset ({@link #held}), zeros left out. */
    private Map<String, Long> heldChanges() {
        Map<String, Long> changes = new TreeMap<>();
        ledger.lastChanges().forEach((key, change) -> {
            String[] parts = key.split("\u0000");
            if (parts.length > 3 && parts[1].equals("lot")) {
                changes.merge(held(parts[2], parts[3]), units(change.after()) - units(change.before()), Long::sum);
            }
        });
        changes.values().removeIf(v -> v == 0);
        return changes;
    }

    private static String held(String assetId, String accountId) {
        return assetId + " " + accountId;
    }

    private static long units(byte[] lot) {
        return lot == null ? 0
                : JsonParser.parseString(new String(lot, UTF_8)).getAsJsonObject().get("units").getAsLong();
    }
}
