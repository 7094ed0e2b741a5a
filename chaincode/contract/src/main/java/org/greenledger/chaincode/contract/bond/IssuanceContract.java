package org.greenledger.chaincode.contract.bond;

import static org.greenledger.chaincode.api.Transaction.ISSUE_BOND;
import static org.greenledger.chaincode.api.Transaction.SUBSCRIBE;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.bond.Allotment;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondIssue;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionStatus;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.account.AccountVisibility;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.greenledger.chaincode.contract.movement.Movements;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The primary market, settled delivery versus payment: custodians subscribe for their clients,
 * the price moves into escrow at once, and the issue settles the subscriptions a bounded chunk
 * per transaction (units to investors, cash to the issuer, the rest refunded). Within a chunk
 * either everything happens or nothing does; the book stays closed (SETTLING) until the last.
 */
@Contract(name = Contracts.ISSUANCE, info = @Info(title = "GreenLedger bond issuance", version = "0.1.0"))
public final class IssuanceContract implements GreenLedgerContract {
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Subscribe(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        SubscribeRequest request = Requests.decode(requestJson, SUBSCRIBE);
        Account investor = new AccountBook(ctx.ledger()).get(request.investorAccountId());
        AccountVisibility.requireCustodian(investor, caller);
        return Replays.once(ctx, SUBSCRIBE, List.of(request.bondId()),
                request.subscriptionId(), request, () -> subscribe(ctx, caller, investor, request));
    }

    private static Subscription subscribe(GreenLedgerContext ctx, Caller caller, Account investor,
            SubscribeRequest request) {
        // A subscription recorded before request ids were remembered is never written over.
        if (new SubscriptionBook(ctx.ledger()).find(request.bondId(), request.subscriptionId()).isPresent()) {
            throw ContractError.alreadyExists("subscription", request.subscriptionId());
        }
        Bond bond = new BondRegister(ctx.ledger()).get(request.bondId());
        if (bond.status() != BondStatus.OPEN) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is " + bond.status()
                    + ", not OPEN for subscriptions");
        }
        // The subscription window closes with the issue date: an investor cannot come in after it.
        if (ctx.ledger().today().isAfter(bond.terms().schedule().issueDate())) {
            throw new ContractError(ErrorCode.INVALID_STATE, "subscriptions to " + bond.bondId() + " closed on its "
                    + "issue date " + bond.terms().schedule().issueDate() + " (transaction date "
                    + ctx.ledger().today() + ")");
        }
        if (request.units() > bond.terms().maxUnits()) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "units exceed the issue's " + bond.terms().maxUnits());
        }
        AssetRules cash = PayingAgent.paymentToken(ctx.ledger(), bond, request.cashTokenId());
        long price = Sums.times("the subscription price", request.units(), bond.terms().denominationMinor());
        MovementCore core = new MovementCore(ctx.ledger());
        core.requireIssuable(Assets.rulesOf(bond), investor.accountId(), request.units());
        core.intoEscrow(cash, investor.accountId(), Movements.escrowOf(bond.bondId()), price,
                "subscription " + request.subscriptionId());
        Subscription subscription = new Subscription(request.subscriptionId(), bond.bondId(), investor.accountId(),
                caller.mspId(), request.units(), cash.assetId(), price, SubscriptionStatus.PENDING, 0,
                ctx.ledger().now(), null);
        new SubscriptionBook(ctx.ledger()).save(subscription);
        ctx.ledger().emit(EventType.BOND_SUBSCRIBED, subscription);
        return subscription;
    }

    /** The investor's custodian withdraws a pending subscription; the escrow goes back. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String WithdrawSubscription(GreenLedgerContext ctx, String bondId, String subscriptionId) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        Subscription subscription = new SubscriptionBook(ctx.ledger()).get(BondContract.validBondId(bondId),
                Requests.id("subscriptionId", subscriptionId, Check.ID));
        if (!subscription.custodianMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("subscription " + subscriptionId + " was placed by "
                    + subscription.custodianMspId());
        }
        if (subscription.status() != SubscriptionStatus.PENDING) {
            throw new ContractError(ErrorCode.INVALID_STATE, "subscription " + subscriptionId + " is "
                    + subscription.status());
        }
        // Once the issue has begun to settle the book is closed: the issuer allotted what it saw.
        Bond bond = new BondRegister(ctx.ledger()).get(subscription.bondId());
        if (bond.status() != BondStatus.OPEN) {
            throw new ContractError(ErrorCode.INVALID_STATE, "the book of " + bond.bondId() + " is closed: it is "
                    + bond.status());
        }
        Subscription refunded = new SubscriptionBook(ctx.ledger()).refund(subscription);
        ctx.ledger().emit(EventType.SUBSCRIPTION_REFUNDED, refunded);
        return Json.encode(refunded);
    }

    /**
     * Issues the bond a chunk of subscriptions per transaction, in subscription id order: each
     * pending subscription of the chunk settles (allotted units against cash to the issuer, the
     * rest refunded). The first chunk closes the book (SETTLING); the chunk that settles the last
     * subscription records the net proceeds and moves the bond to ISSUED. Rules over the whole
     * issue hold across chunks: units never exceed the issue's maximum (checked as they add up),
     * the compliance rules see the units delivered by earlier chunks (holding limits, the sandbox
     * cap), and the last chunk refuses an issue of no units or with costs above its gross proceeds
     * (INVALID_STATE: it may be sent again with other allotments for its own subscriptions).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String IssueBond(GreenLedgerContext ctx, String requestJson) {
        IssueBondRequest request = Requests.decode(requestJson, ISSUE_BOND);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        BondIssue before = bond.status() == BondStatus.SETTLING ? bond.issue() : null;
        if (before == null) {
            ContractError.enforce(() -> bond.moveTo(BondStatus.SETTLING, ctx.ledger().now()));
        }
        SubscriptionBook book = new SubscriptionBook(ctx.ledger());
        RunProgress progress = before == null ? null : before.settlement();
        Ledger.Chunk<Subscription> chunk = book.after(bond.bondId(), progress == null ? null : progress.cursor(),
                request.maxSubscriptions());
        List<Subscription> pending = chunk.groups().values().stream().map(g -> g.get(0).record())
                .filter(s -> s.status() == SubscriptionStatus.PENDING).toList();
        Map<Subscription, Long> allotted = allot(pending, request.allotments());
        long units = before == null ? 0 : before.unitsIssued();
        long gross = before == null ? 0 : before.grossProceedsMinor();
        for (long allottedUnits : allotted.values()) {
            units = Sums.add("the units issued", units, allottedUnits);
        }
        if (units > bond.terms().maxUnits()) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "allotments of " + units + " units exceed the issue's "
                    + bond.terms().maxUnits());
        }
        AssetRules bondRules = Assets.rulesOf(bond);
        MovementCore core = new MovementCore(ctx.ledger());
        String issuerAccount = bond.terms().issuerAccountId();
        // Everything that can refuse the chunk answers before anything is written.
        Map<Subscription, Long> prices = new LinkedHashMap<>();
        for (Map.Entry<Subscription, Long> entry : allotted.entrySet()) {
            long paid = Sums.times("a subscription's price", entry.getValue(), bond.terms().denominationMinor());
            prices.put(entry.getKey(), paid);
            gross = Sums.add("the gross proceeds", gross, paid);
            if (paid > 0) {
                core.requireMayReceive(Assets.get(ctx.ledger(), entry.getKey().cashTokenId()), issuerAccount, paid);
            }
        }
        if (!chunk.more()) {
            if (units == 0) {
                throw new ContractError(ErrorCode.INVALID_STATE, "nothing to issue: no units allotted");
            }
            // The last chunk's costs are the issue's, against the whole issue's gross proceeds.
            if (request.issuanceCostsMinor() > gross) {
                throw new ContractError(ErrorCode.INVALID_STATE, "issuance costs of " + request.issuanceCostsMinor()
                        + " exceed the issue's gross proceeds of " + gross + ": allot more in this last chunk");
            }
        }
        List<MovementCore.Allotment> bondUnits = new ArrayList<>();
        allotted.forEach((subscription, allottedUnits) -> bondUnits.add(new MovementCore.Allotment(
                subscription.investorAccountId(), allottedUnits, "subscription " + subscription.subscriptionId())));
        core.issue(bondRules, bondUnits);
        String escrow = Movements.escrowOf(bond.bondId());
        for (Map.Entry<Subscription, Long> entry : allotted.entrySet()) {
            Subscription subscription = entry.getKey();
            long paid = prices.get(subscription);
            if (paid > 0) {
                core.releaseEscrow(Assets.get(ctx.ledger(), subscription.cashTokenId()), escrow, issuerAccount, paid,
                        "subscription " + subscription.subscriptionId());
            }
            if (subscription.escrowMinor() > paid) {
                book.returnEscrow(subscription, subscription.escrowMinor() - paid);
            }
            book.save(subscription.settled(entry.getValue(), ctx.ledger().now()));
        }
        RunProgress settlement = RunProgress.after(progress, chunk.last(), chunk.groups().size(), chunk.more(),
                ctx.ledger().now());
        int settled = Math.addExact(before == null ? 0 : before.subscriptions(), allotted.size());
        Bond after;
        if (chunk.more()) {
            after = bond.settling(new BondIssue(units, gross, request.issuanceCostsMinor(), 0, settled, null, settlement),
                    ctx.ledger().now());
        } else {
            BondIssue issue = new BondIssue(units, gross, request.issuanceCostsMinor(),
                    gross - request.issuanceCostsMinor(), settled, ctx.ledger().now(), settlement);
            after = ContractError.enforce(() -> bond.settling(issue, issue.issuedAt()).issued(issue));
        }
        new BondRegister(ctx.ledger()).save(after);
        ctx.ledger().emit(EventType.BOND_ISSUED, after);
        return Json.encode(after);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetSubscription(GreenLedgerContext ctx, String bondId, String subscriptionId) {
        Caller caller = MEMBER.check(ctx);
        Subscription subscription = new SubscriptionBook(ctx.ledger()).get(BondContract.validBondId(bondId),
                Requests.id("subscriptionId", subscriptionId, Check.ID));
        Bond bond = new BondRegister(ctx.ledger()).get(bondId);
        if (!caller.mspId().equals(bond.terms().issuerMspId())) {
            AccountVisibility.requireMaySee(ctx, caller, subscription.custodianMspId());
        }
        return Json.encode(subscription);
    }

    /** The bond's book: every subscription, for the issuer, the registry and the regulator. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListSubscriptions(GreenLedgerContext ctx, String bondId) {
        Caller caller = MEMBER.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(BondContract.validBondId(bondId));
        if (!caller.mspId().equals(bond.terms().issuerMspId())) {
            AccountVisibility.requireMaySee(ctx, caller, bond.terms().issuerMspId());
        }
        return Json.encode(new SubscriptionBook(ctx.ledger()).all(bond.bondId()));
    }

    /**
     * Units per pending subscription of a chunk: as allotted, or in full when no allotment is
     * given; allotments must name exactly the chunk's pending subscriptions.
     */
    private static Map<Subscription, Long> allot(List<Subscription> pending, List<Allotment> allotments) {
        Map<Subscription, Long> allotted = new LinkedHashMap<>();
        if (allotments.isEmpty()) {
            pending.forEach(s -> allotted.put(s, s.units()));
            return allotted;
        }
        Map<String, Long> requested = new TreeMap<>();
        allotments.forEach(a -> requested.put(a.subscriptionId(), a.units()));
        for (Subscription subscription : pending) {
            Long units = requested.remove(subscription.subscriptionId());
            if (units == null) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, "allotments must list pending subscription "
                        + subscription.subscriptionId() + " of this chunk");
            }
            if (units > subscription.units()) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, "subscription " + subscription.subscriptionId()
                        + " applied for " + subscription.units() + " units, not " + units);
            }
            allotted.put(subscription, units);
        }
        if (!requested.isEmpty()) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "no pending subscriptions " + requested.keySet()
                    + " in this chunk");
        }
        return allotted;
    }
}
