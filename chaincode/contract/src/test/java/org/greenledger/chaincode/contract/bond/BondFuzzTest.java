package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.CASH_B;
import static org.greenledger.chaincode.contract.support.Market.DENOMINATION;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Allotment;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondIssue;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against a bond's write transactions before and at issue, on
 * a fresh {@link Market} per family. Every template gives a request that would apply at that
 * moment, on a bond taken as far through its lifecycle as the transaction needs. After each
 * applied input the bond is in the status that transaction must produce; at issue every investor
 * holds exactly the units allotted; and every investor's cash is exactly what its subscriptions
 * took less what cancellations, withdrawals and issues gave back. The counts are printed.
 */
class BondFuzzTest {
    private static final String OPINION = "d".repeat(64);
    /** Enough cash that the escrow of thousands of refused inputs never runs an investor dry. */
    private static final long PLENTY = 100_000_000_000L;

    private final BondContract bonds = new BondContract();
    private final IssuanceContract issuance = new IssuanceContract();
    private final Market market = new Market();
    private final TestLedger ledger = market.ledger;
    /** Each investor's cash as it must be: less every subscription placed, plus what was given back. */
    private final Map<String, Long> cash = new HashMap<>();
    /** The subscriptions placed on each bond. */
    private final Map<String, List<SubscribeRequest>> placed = new HashMap<>();

    @Test
    void every_generated_lifecycle_request_is_refused_with_a_code_or_moves_the_bond_where_it_must() {
        List<Fuzz.Step> steps = List.of(
                new Fuzz.Step("bonds:CreateBond", BANK_A_OPERATOR, (r, n) -> Json.encode(termsOf(bondId(n))),
                        bonds::CreateBond),
                new Fuzz.Step("bonds:ReviewBond", VERIFIER_OPERATOR, (r, n) -> Json.encode(new ReviewBondRequest(
                        bondAt(bondId(n), BondStatus.DRAFT), String.format("%064x", n))), bonds::ReviewBond),
                new Fuzz.Step("bonds:ApproveBond", ALLIANCE_OPERATOR, (r, n) -> bondAt(bondId(n), BondStatus.REVIEWED),
                        bonds::ApproveBond),
                new Fuzz.Step("bonds:OpenSubscriptions", BANK_A_OPERATOR,
                        (r, n) -> bondAt(bondId(n), BondStatus.APPROVED), bonds::OpenSubscriptions),
                new Fuzz.Step("bonds:CancelBond", BANK_A_OPERATOR, this::cancellable, bonds::CancelBond));
        // Fuzz hands input n to steps.get(n % steps.size()): what each step must leave, in the same order.
        List<BondStatus> produced = List.of(BondStatus.DRAFT, BondStatus.REVIEWED, BondStatus.APPROVED,
                BondStatus.OPEN, BondStatus.CANCELLED);
        System.out.println(new Fuzz().runFamily("bond lifecycle", ledger, steps, (input, n) -> {
            int step = n % steps.size();
            String what = steps.get(step).name() + " #" + n + " on " + Fuzz.shown(input);
            String bondId = input.startsWith("{") ? arg(input, "bondId") : input;
            Bond bond = bond(bondId);
            assertEquals(produced.get(step), bond.status(), what);
            switch (step) {
                case 0 -> assertEquals(Json.decode(input, BondTerms.class).withDefaults(), bond.terms(),
                        what + ": not the terms asked for (with the schedule's defaults decided)");
                case 1 -> assertEquals(arg(input, "opinionDocumentHash"), bond.review().opinionDocumentHash(), what);
                case 2 -> assertEquals(ALLIANCE, bond.approvedBy(), what);
                case 4 -> {
                    assertTrue(subscriptions(bondId).stream().allMatch(s -> s.status() == SubscriptionStatus.REFUNDED),
                            what + ": a subscription left pending");
                    placed.getOrDefault(bondId, List.of()).forEach(s -> assertRepaid(s, s.units() * DENOMINATION, what));
                }
                default -> {
                }
            }
        }));
    }

    @Test
    void every_generated_issuance_request_is_refused_with_a_code_or_delivers_exactly_what_was_allotted() {
        market.mint(BANK_A_OPERATOR, CASH_A, "A1", PLENTY);
        market.mint(BANK_B_OPERATOR, CASH_B, "B1", PLENTY);
        // One open book for the withdrawals, apart from the market's bond, which misfits name.
        String withdrawals = bondAt(Isin.complete("VNGLWITHDRW"), BondStatus.OPEN);
        // What the next input targets: a pending subscription to withdraw, and an open bond with
        // pending subscriptions to issue. Each is kept while inputs are refused (a refusal changes
        // nothing, which Fuzz checks) and replaced, with ids of the input at hand, once one applies:
        // placing subscriptions is the dearest part of the run, and a new book for every input made
        // the family about half as slow again.
        String[] pending = {null};
        String[] book = {null};
        IssueBondRequest[] plan = {null};
        List<Fuzz.Step> steps = List.of(
                Fuzz.Step.arguments("issuance:WithdrawSubscription", BANK_A_OPERATOR, (r, n) -> {
                    if (pending[0] == null) {
                        pending[0] = "W-" + n;
                        subscribe(BANK_A_OPERATOR, new SubscribeRequest(pending[0], withdrawals, "A1", 1 + r.nextInt(20), CASH_A));
                    }
                    JsonObject args = new JsonObject();
                    args.addProperty("bondId", withdrawals);
                    args.addProperty("subscriptionId", pending[0]);
                    return args.toString();
                }, (ctx, input) -> issuance.WithdrawSubscription(ctx, arg(input, "bondId"), arg(input, "subscriptionId"))),
                new Fuzz.Step("issuance:IssueBond", BANK_A_OPERATOR, (r, n) -> {
                    if (book[0] == null) {
                        book[0] = bondAt(bondId(n), BondStatus.OPEN);
                        subscribe(BANK_A_OPERATOR, new SubscribeRequest("SA-" + n, book[0], "A1", 1 + r.nextInt(20), CASH_A));
                        subscribe(BANK_B_OPERATOR, new SubscribeRequest("SB-" + n, book[0], "B1", 1 + r.nextInt(20), CASH_B));
                        plan[0] = issuePlan(r, book[0], placed.get(book[0]));
                    }
                    return Json.encode(issueChunk(r, plan[0]));
                }, issuance::IssueBond));
        System.out.println(new Fuzz().runFamily("issuance", ledger, steps, (input, n) -> {
            String what = steps.get(n % steps.size()).name() + " #" + n + " on " + Fuzz.shown(input);
            String bondId = arg(input, "bondId");
            if (n % steps.size() == 0) {
                pending[0] = null;
                String id = arg(input, "subscriptionId");
                Subscription withdrawn = Json.decode(ledger.evaluate(BANK_A_OPERATOR,
                        ctx -> issuance.GetSubscription(ctx, bondId, id)), Subscription.class);
                assertEquals(SubscriptionStatus.REFUNDED, withdrawn.status(), what);
                SubscribeRequest s = placed.get(bondId).stream().filter(p -> p.subscriptionId().equals(id)).findFirst()
                        .orElseThrow();
                assertRepaid(s, s.units() * DENOMINATION, what);
                return;
            }
            // Each subscription the chunk settled got what it asked for (in full without allotments) and
            // paid for exactly that: the rest of its escrow came back.
            Map<String, Long> asked = allotted(input);
            List<Subscription> settled = settledBy(ledger.lastChanges());
            assertEquals(asked.isEmpty() ? settled.size() : asked.size(), settled.size(), what);
            for (Subscription s : settled) {
                assertEquals(SubscriptionStatus.SETTLED, s.status(), what);
                assertEquals(asked.getOrDefault(s.subscriptionId(), s.units()), s.allottedUnits(), what);
                assertRepaid(placed.get(bondId).stream().filter(p -> p.subscriptionId().equals(s.subscriptionId()))
                        .findFirst().orElseThrow(), (s.units() - s.allottedUnits()) * DENOMINATION, what);
            }
            Bond bond = bond(bondId);
            if (bond.status() == BondStatus.SETTLING) {
                return; // the next input settles the next chunk of the same book
            }
            book[0] = null;
            assertEquals(BondStatus.ISSUED, bond.status(), what);
            long units = 0;
            for (Subscription s : subscriptions(bondId)) {
                units += s.allottedUnits();
                assertEquals(s.allottedUnits(), market.units(bondId, s.investorAccountId()), what + ": "
                        + s.investorAccountId() + " does not hold what was allotted");
            }
            assertEquals(units, bond.issue().unitsIssued(), what);
            assertEquals(units * DENOMINATION, bond.issue().grossProceedsMinor(), what);
        }));
    }

    /** A new ISIN (check digit included) for each input number: no input finds its bond taken. */
    private static String bondId(int n) {
        return Isin.complete(String.format("VNGL%07d", n));
    }

    /** The market's bond terms under another ISIN: Bank A issues, the verifier reviews. */
    private static BondTerms termsOf(String bondId) {
        BondTerms t = Market.terms();
        return new BondTerms(bondId, t.issuerMspId(), t.issuerAccountId(), t.name(), t.currency(), t.denominationMinor(),
                t.maxUnits(), t.couponType(), t.couponRate(), t.schedule(), t.eligibleInvestors(),
                t.perAccountLimitUnits(), t.framework(), t.lockUpUntil());
    }

    /** Creates the bond and takes it through its lifecycle up to {@code status} (DRAFT to OPEN). */
    private String bondAt(String bondId, BondStatus status) {
        ledger.submit(BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, Json.encode(termsOf(bondId))));
        if (status.compareTo(BondStatus.REVIEWED) >= 0) {
            ledger.submit(VERIFIER_OPERATOR, ctx -> bonds.ReviewBond(ctx, Json.encode(new ReviewBondRequest(bondId, OPINION))));
        }
        if (status.compareTo(BondStatus.APPROVED) >= 0) {
            ledger.submit(ALLIANCE_OPERATOR, ctx -> bonds.ApproveBond(ctx, bondId));
        }
        if (status.compareTo(BondStatus.OPEN) >= 0) {
            ledger.submit(BANK_A_OPERATOR, ctx -> bonds.OpenSubscriptions(ctx, bondId));
        }
        return bondId;
    }

    /** A bond in any status it may be cancelled from; an open one has a pending subscription, to be refunded. */
    private String cancellable(Random random, int n) {
        BondStatus status = List.of(BondStatus.DRAFT, BondStatus.REVIEWED, BondStatus.APPROVED, BondStatus.OPEN)
                .get(random.nextInt(4));
        String bondId = bondAt(bondId(n), status);
        if (status == BondStatus.OPEN) {
            subscribe(BANK_A_OPERATOR, new SubscribeRequest("C-" + n, bondId, "A1", 1 + random.nextInt(5), CASH_A));
        }
        return bondId;
    }

    /** Places the subscription through the investor's custodian; its price leaves the investor's cash. */
    private void subscribe(TestIdentity custodian, SubscribeRequest s) {
        cash.computeIfAbsent(s.investorAccountId(), account -> market.units(s.cashTokenId(), account));
        ledger.submit(custodian, ctx -> issuance.Subscribe(ctx, Json.encode(s)));
        cash.merge(s.investorAccountId(), -s.units() * DENOMINATION, Long::sum);
        placed.computeIfAbsent(s.bondId(), b -> new ArrayList<>()).add(s);
    }

    /** The subscription's investor got {@code minor} of its escrow back: it holds exactly the cash it must. */
    private void assertRepaid(SubscribeRequest s, long minor, String what) {
        long expected = cash.merge(s.investorAccountId(), minor, Long::sum);
        assertEquals(expected, market.units(s.cashTokenId(), s.investorAccountId()), what + ": cash of "
                + s.investorAccountId());
    }

    /**
     * The whole issue as planned when the book was placed: every subscription in full (no
     * allotments) or in part, at least one unit in all; costs up to the gross.
     */
    private static IssueBondRequest issuePlan(Random random, String bondId, List<SubscribeRequest> book) {
        SubscribeRequest a = book.get(0);
        SubscribeRequest b = book.get(1);
        List<Allotment> allotments = random.nextBoolean() ? List.of() : List.of(
                new Allotment(a.subscriptionId(), 1 + random.nextLong(a.units())),
                new Allotment(b.subscriptionId(), random.nextLong(b.units() + 1)));
        long units = allotments.isEmpty() ? a.units() + b.units() : allotments.stream().mapToLong(Allotment::units).sum();
        return new IssueBondRequest(bondId, allotments, random.nextLong(units * DENOMINATION + 1), RunProgress.MAX_CHUNK);
    }

    /**
     * The next chunk of the planned issue, one or two subscriptions, with the allotments of the
     * subscriptions it will settle and the planned costs; the last chunk allots in
     * full whatever the plan said if the costs need it (an input applied before may have allotted
     * less than planned).
     */
    private IssueBondRequest issueChunk(Random random, IssueBondRequest plan) {
        Bond bond = bond(plan.bondId());
        BondIssue soFar = bond.issue();
        String cursor = soFar == null ? null : soFar.settlement().cursor();
        long costs = plan.issuanceCostsMinor();
        long gross = soFar == null ? 0 : soFar.grossProceedsMinor();
        int size = 1 + random.nextInt(2);
        List<Subscription> remaining = subscriptions(plan.bondId()).stream()
                .filter(s -> cursor == null || s.subscriptionId().compareTo(cursor) > 0).toList();
        List<Subscription> chunk = remaining.stream().limit(size).toList();
        long planned = 0;
        List<Allotment> allotments = new ArrayList<>();
        for (Subscription s : chunk) {
            long units = plan.allotments().stream().filter(a -> a.subscriptionId().equals(s.subscriptionId()))
                    .mapToLong(Allotment::units).findFirst().orElse(s.units());
            allotments.add(new Allotment(s.subscriptionId(), units));
            planned += units;
        }
        boolean fallsShort = remaining.size() <= size && gross + planned * DENOMINATION < costs;
        return new IssueBondRequest(plan.bondId(), plan.allotments().isEmpty() || fallsShort ? List.of() : allotments,
                costs, size);
    }

    /** Units per subscription an applied chunk asked for; empty when it allotted its subscriptions in full. */
    private static Map<String, Long> allotted(String input) {
        JsonElement listed = JsonParser.parseString(input).getAsJsonObject().get("allotments");
        Map<String, Long> allotted = new HashMap<>();
        if (listed != null && !listed.isJsonNull()) {
            listed.getAsJsonArray().forEach(a -> allotted.put(a.getAsJsonObject().get("subscriptionId").getAsString(),
                    a.getAsJsonObject().get("units").getAsLong()));
        }
        return allotted;
    }

    /** The subscriptions the last transaction settled, as it left them. */
    private static List<Subscription> settledBy(Map<String, TestLedger.KeyChange> changes) {
        List<Subscription> settled = new ArrayList<>();
        changes.forEach((key, change) -> {
            if (key.startsWith("\u0000subscription\u0000") && change.after() != null) {
                Subscription after = Json.decode(new String(change.after(), java.nio.charset.StandardCharsets.UTF_8),
                        Subscription.class);
                if (after.status() == SubscriptionStatus.SETTLED) {
                    settled.add(after);
                }
            }
        });
        return settled;
    }

    /**
     * A named argument of a generated input, as text; "" where the input is no JSON object or the
     * value is missing or not a scalar, so that misfits still reach the contract.
     */
    private static String arg(String input, String name) {
        try {
            JsonElement parsed = JsonParser.parseString(input);
            JsonElement value = parsed.isJsonObject() ? parsed.getAsJsonObject().get(name) : null;
            return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
        } catch (JsonParseException e) {
            return "";
        }
    }

    private Bond bond(String bondId) {
        return Json.decode(ledger.evaluate(BANK_A_OPERATOR, ctx -> bonds.GetBond(ctx, bondId)), Bond.class);
    }

    private List<Subscription> subscriptions(String bondId) {
        return List.of(Json.decode(ledger.evaluate(BANK_A_OPERATOR, ctx -> issuance.ListSubscriptions(ctx, bondId)),
                Subscription[].class));
    }
}
