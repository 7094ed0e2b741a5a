package org.greenledger.chaincode.contract.movement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.carbon.BlockStatus;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.SerialRange;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.ComplianceRule;
import org.greenledger.chaincode.contract.compliance.MovementFacts;
import org.greenledger.chaincode.contract.compliance.Refusal;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * The only code that changes who holds what: bond units and deposit tokens in lots ({@link
 * HoldingBook}) and carbon credits in serial blocks ({@link CreditBlocks}). Each method is one kind
 * of movement; it reads the movement's facts once, applies the compliance rules that kind of
 * movement must pass (DOMAIN section 2), writes through the store, keeps the issued totals the
 * sandbox caps look at, and records the movement for the regulator. The stores' writers are
 * package-private, so a new transaction cannot move units without coming through here.
 *
 * <p>Which rules each kind applies:
 * <ul>
 * <li>transfer, issuance, destruction, paying into escrow, a payer's side of a payment run:
 *     every rule ({@link ComplianceRule});
 * <li>release of escrow to the issuer, the payee's side of a payment, a court order: the
 *     receiver's rules only (a court order overrides the sender's freeze and sanction);
 * <li>a refund of escrow, a redemption, a registry's cancellation of credits: none (the units
 *     go back to their owner or cease by the asset's own terms), though a block the regulator
 *     froze is never cancelled.
 * </ul>
 */
public final class MovementCore {
    private final Ledger ledger;
    private final HoldingBook holdings;
    private final CreditBlocks blocks;
    private final Movements record;

    public MovementCore(Ledger ledger) {
        this.ledger = ledger;
        this.holdings = new HoldingBook(ledger);
        this.blocks = new CreditBlocks(ledger);
        this.record = new Movements(ledger);
    }

    /** Units to be issued to one account; {@code reference} goes into the movement record. */
    public record Allotment(String accountId, long units, String reference) {
    }

    /** One payment of a payment run. */
    public record Payment(String accountId, long amountMinor) {
    }

    /** A payment the compliance rules kept from its payee (it stays due). */
    public record Blocked(Payment payment, Refusal refusal) {
    }

    /** What a payment run paid, in the order given, and what it could not. */
    public record PaymentRun(List<Payment> paid, long totalMinor, List<Blocked> blocked) {
    }

    // ---------------------------------------------------------------- units held in lots

    /**
     * One leg of a delivery: units of an asset from one holder to another.
     *
     * @param fromLots the sender's lots the client named to spend, or null (see {@link HoldingBook})
     */
    public record Leg(AssetRules asset, String from, String to, long units, String reference, List<String> fromLots) {
        public Leg(AssetRules asset, String from, String to, long units, String reference) {
            this(asset, from, to, units, reference, null);
        }
    }

    /** A holder's transfer: every rule; {@code fromLots} as in {@link Leg}. */
    public UnitsMoved transfer(AssetRules asset, String from, String to, long units, String reference,
            List<String> fromLots) {
        return deliver(List.of(new Leg(asset, from, to, units, reference, fromLots))).get(0);
    }

    /**
     * Every leg of a settlement (a DvP trade's units and cash), each through every rule: all legs
     * are checked before any moves, so a refused settlement writes nothing.
     */
    public List<UnitsMoved> deliver(List<Leg> legs) {
        List<HoldingBook.Draw> draws = new ArrayList<>();
        java.util.Set<String> senders = new java.util.HashSet<>();
        for (Leg leg : legs) {
            heldInLots(leg.asset());
            // Two legs drawing on the same holding would both see its committed lots.
            if (!senders.add(leg.asset().assetId() + "/" + leg.from())) {
                throw new IllegalStateException("two legs of one delivery debit " + leg.from() + " in " + leg.asset().assetId());
            }
            HoldingBook.Draw draw = holdings.draw(leg.asset().assetId(), leg.from(), leg.units(), leg.fromLots());
            enforce(MovementCheck.facts(ledger, leg.asset(), draw.asHolding(), leg.to(), leg.units()));
            draws.add(draw);
        }
        List<UnitsMoved> moved = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            holdings.debit(draws.get(i), leg.units());
            holdings.credit(leg.asset().assetId(), leg.to(), leg.units());
            moved.add(record.record(leg.asset(), leg.from(), leg.to(), leg.units(), leg.reference()));
        }
        return moved;
    }

    /** Refuses now if the receiver's rules keep the units from {@code to} (before an issue's writes); writes nothing. */
    public void requireMayReceive(AssetRules asset, String to, long units) {
        heldInLots(asset);
        enforceReceiver(MovementCheck.receiverFacts(ledger, asset, to, units));
    }

    /** Why a transfer would be refused now, if it would; writes nothing. */
    public Optional<Refusal> transferRefusal(AssetRules asset, String from, String to, long units) {
        heldInLots(asset);
        return ComplianceRule.firstRefusal(MovementCheck.facts(ledger, asset,
                holdings.draw(asset.assetId(), from, units, null).asHolding(), to, units));
    }

    /**
     * Creates units for the allotted accounts: every rule for each receiver, with an account's
     * allotments counted together and the whole issue against the sandbox cap; then the issuer's
     * outstanding total grows by the face value issued.
     */
    public List<UnitsMoved> issue(AssetRules asset, List<Allotment> allotments) {
        return issue(asset, allotments, false);
    }

    /**
     * A bank's mint of deposit tokens for one client: an issue of one allotment whose units land
     * spread over several lots ({@link HoldingBook#fund}), so the treasury or omnibus
     * account it funds can pay out concurrently at once.
     */
    public UnitsMoved mint(AssetRules asset, Allotment allotment) {
        return issue(asset, List.of(allotment), true).get(0);
    }

    private List<UnitsMoved> issue(AssetRules asset, List<Allotment> allotments, boolean spread) {
        heldInLots(asset);
        SortedMap<String, Long> byAccount = new TreeMap<>();
        allotments.forEach(a -> byAccount.merge(a.accountId(), a.units(), (x, y) -> Sums.add("an account's allotment", x, y)));
        long issuedBefore = 0;
        for (var receiver : byAccount.entrySet()) {
            if (receiver.getValue() > 0) {
                // A transaction does not read its own writes: what it issued already is added by hand.
                enforce(MovementCheck.issuanceFacts(ledger, asset, receiver.getKey(), receiver.getValue())
                        .withEarlierIssuance(Sums.times("the issue's face value", issuedBefore, asset.unitValueMinor())));
                issuedBefore = Sums.add("the issue's units", issuedBefore, receiver.getValue());
            }
        }
        List<UnitsMoved> moved = new ArrayList<>();
        for (Allotment allotment : allotments) {
            if (allotment.units() > 0 && spread) {
                holdings.fund(asset.assetId(), allotment.accountId(), allotment.units());
                moved.add(record.record(asset, null, allotment.accountId(), allotment.units(), allotment.reference()));
            } else if (allotment.units() > 0) {
                holdings.credit(asset.assetId(), allotment.accountId(), allotment.units());
                moved.add(record.record(asset, null, allotment.accountId(), allotment.units(), allotment.reference()));
            }
        }
        changeOutstanding(asset, issuedBefore);
        return moved;
    }

    /** Refuses now if issuing {@code units} to the account would break a rule (a subscription's check); writes nothing. */
    public void requireIssuable(AssetRules asset, String to, long units) {
        heldInLots(asset);
        enforce(MovementCheck.issuanceFacts(ledger, asset, to, units));
    }

    /** Destroys a holder's units (a withdrawal of deposits): every rule; the outstanding total shrinks. */
    public UnitsMoved destroy(AssetRules asset, String from, long units, String reference) {
        heldInLots(asset);
        HoldingBook.Draw draw = holdings.draw(asset.assetId(), from, units, null);
        enforce(MovementCheck.facts(ledger, asset, draw.asHolding(), null, units));
        holdings.debit(draw, units);
        changeOutstanding(asset, -units);
        return record.record(asset, from, null, units, reference);
    }

    /** Takes units from a holder into an escrow pseudo-account (a subscription's cash): every rule on the payer. */
    public UnitsMoved intoEscrow(AssetRules asset, String from, String escrow, long units, String reference) {
        heldInLots(asset);
        HoldingBook.Draw draw = holdings.draw(asset.assetId(), from, units, null);
        enforce(MovementCheck.facts(ledger, asset, draw.asHolding(), null, units));
        holdings.debit(draw, units);
        return record.record(asset, from, escrow, units, reference);
    }

    /** Pays escrowed units on to their new owner (the issuer, at issue): the receiver's rules. */
    public UnitsMoved releaseEscrow(AssetRules asset, String escrow, String to, long units, String reference) {
        heldInLots(asset);
        enforceReceiver(MovementCheck.receiverFacts(ledger, asset, to, units));
        holdings.credit(asset.assetId(), to, units);
        return record.record(asset, escrow, to, units, reference);
    }

    /** Returns escrowed units to the holder who paid them in: no rule, it is the holder's own money. */
    public UnitsMoved refundEscrow(AssetRules asset, String escrow, String to, long units, String reference) {
        heldInLots(asset);
        holdings.credit(asset.assetId(), to, units);
        return record.record(asset, escrow, to, units, reference);
    }

    /**
     * Pays many holders from one account (coupons, principal). A payee the receiver's rules keep
     * from the cash is skipped and reported; the payer must pass every rule for the total paid, or
     * nobody is paid.
     */
    public PaymentRun payOut(AssetRules asset, String from, List<Payment> payments, String reference) {
        heldInLots(asset);
        PaymentRun run = plan(asset, payments);
        if (run.totalMinor() > 0) {
            HoldingBook.Draw draw = holdings.draw(asset.assetId(), from, run.totalMinor(), null);
            enforce(MovementCheck.facts(ledger, asset, draw.asHolding(), null, run.totalMinor()));
            holdings.debit(draw, run.totalMinor());
        }
        for (Payment payment : run.paid()) {
            holdings.credit(asset.assetId(), payment.accountId(), payment.amountMinor());
            record.record(asset, from, payment.accountId(), payment.amountMinor(), reference);
        }
        return run;
    }

    /** Refuses now if the payer could not pay the run (before a redemption retires the units); writes nothing. */
    public void requirePayable(AssetRules asset, String from, List<Payment> payments) {
        requireMayPay(asset, from, plan(asset, payments).totalMinor());
    }

    /** Refuses now if the payer's rules keep it from paying {@code amountMinor} in all; writes nothing. */
    public void requireMayPay(AssetRules asset, String from, long amountMinor) {
        heldInLots(asset);
        if (amountMinor > 0) {
            enforce(MovementCheck.facts(ledger, asset, holdings.draw(asset.assetId(), from, amountMinor, null).asHolding(),
                    null, amountMinor));
        }
    }

    /** Who a run would pay and who the receiver's rules keep from the cash. */
    private PaymentRun plan(AssetRules asset, List<Payment> payments) {
        List<Payment> payable = new ArrayList<>();
        List<Blocked> blocked = new ArrayList<>();
        long total = 0;
        for (Payment payment : payments) {
            if (payment.amountMinor() == 0) {
                continue;
            }
            Optional<Refusal> refusal = ComplianceRule.firstReceiverRefusal(
                    MovementCheck.receiverFacts(ledger, asset, payment.accountId(), payment.amountMinor()));
            if (refusal.isPresent()) {
                blocked.add(new Blocked(payment, refusal.get()));
            } else {
                payable.add(payment);
                total = Sums.add("the payment run's total", total, payment.amountMinor());
            }
        }
        return new PaymentRun(payable, total, blocked);
    }

    /**
     * Refuses unless the account holds {@code units}, frozen or not (what a court order can
     * take); writes nothing.
     */
    public void requireSeizable(AssetRules asset, String from, long units) {
        seizable(asset, from, units);
    }

    private Holding seizable(AssetRules asset, String from, long units) {
        heldInLots(asset);
        Holding held = holdings.holding(asset.assetId(), from);
        if (held.units() < units) {
            throw new ContractError(ErrorCode.INSUFFICIENT_UNITS, "account " + from + " holds " + held.units()
                    + " units of " + asset.assetId() + ", not " + units);
        }
        return held;
    }

    /**
     * A transfer ordered by a court: frozen units are taken first, the sender's freeze, sanction,
     * the asset's pause and lock-up do not stop it, but the receiver must be allowed to hold them.
     */
    public UnitsMoved courtOrder(AssetRules asset, String from, String to, long units, String reference) {
        Holding held = seizable(asset, from, units);
        enforceReceiver(MovementCheck.facts(ledger, asset, held, to, units));
        holdings.seize(asset.assetId(), from, units);
        holdings.credit(asset.assetId(), to, units);
        return record.record(asset, from, to, units, reference);
    }

    /**
     * Retires every unit of a chunk of the asset's holders (a bond's redemption, by its terms: no
     * rule); the outstanding total shrinks.
     */
    public void redeem(AssetRules asset, HoldingBook.HolderChunk holders, String reference) {
        heldInLots(asset);
        holdings.retire(holders);
        long units = 0;
        for (Holding holder : holders.holders()) {
            record.record(asset, holder.accountId(), null, holder.units(), reference);
            units = Sums.add("the units redeemed", units, holder.units());
        }
        changeOutstanding(asset, -units);
    }

    /** The regulator sets units of a holding aside (they stay with the holder); the holding afterwards. */
    public Holding freeze(AssetRules asset, String accountId, long units) {
        heldInLots(asset);
        return holdings.freeze(asset.assetId(), accountId, units);
    }

    /** The regulator releases frozen units; the holding afterwards. */
    public Holding unfreeze(AssetRules asset, String accountId, long units) {
        heldInLots(asset);
        return holdings.unfreeze(asset.assetId(), accountId, units);
    }

    /**
     * Refuses an asset whose units are not held in lots: carbon credits move by serial block
     * (credits:TransferCredits, credits:RetireCredits), never through a holding's balance.
     */
    public static AssetRules heldInLots(AssetRules asset) {
        if (asset.assetClass() == AssetClass.CARBON_CREDIT) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "assetId " + asset.assetId() + " is a carbon project: "
                    + "its credits move by serial block (credits:TransferCredits, credits:RetireCredits)");
        }
        return asset;
    }

    // ---------------------------------------------------------------- carbon credits in serial blocks

    /**
     * Puts newly issued or imported serials with their first holder: every rule, except for the
     * registry's buffer pool (not an account).
     */
    public UnitsMoved issueBlock(AssetRules credits, CreditBlock block, String reference) {
        if (!CreditBlock.BUFFER_POOL.equals(block.holderAccountId())) {
            enforce(MovementCheck.issuanceFacts(ledger, credits, block.holderAccountId(), block.quantity()));
        }
        blocks.putActive(block, credits);
        return record.record(credits, null, block.holderAccountId(), block.quantity(), reference);
    }

    /**
     * Moves the first {@code quantity} serials of a block to another account: every rule, with
     * the block (not a balance) as what the sender can move. Returns the serials moved.
     *
     * @param firstTransferTxId what the moved block records as the first transfer of its
     *                          authorized units (Article 6)
     */
    public SerialRange transferBlock(AssetRules credits, CreditBlock block, long quantity, String to,
            String firstTransferTxId, String reference) {
        enforce(MovementCheck.facts(ledger, credits, asSender(credits, block), to, quantity));
        SerialRange moved = split(credits, block, quantity);
        blocks.putActive(block.as(moved, to, BlockStatus.ACTIVE, firstTransferTxId, ledger.now()), credits);
        record.record(credits, block.holderAccountId(), to, quantity, reference);
        return moved;
    }

    /**
     * Refuses now if moving {@code quantity} serials of the block to {@code to} (null: retiring
     * them) would break a rule; writes nothing.
     */
    public void requireBlockMovable(AssetRules credits, CreditBlock block, long quantity, String to) {
        enforce(MovementCheck.facts(ledger, credits, asSender(credits, block), to, quantity));
    }

    /**
     * Retires the first {@code quantity} serials of a block for good: every rule on the holder.
     * Returns the serials retired.
     */
    public SerialRange retireBlock(AssetRules credits, CreditBlock block, long quantity, String reference) {
        enforce(MovementCheck.facts(ledger, credits, asSender(credits, block), null, quantity));
        return end(credits, block, quantity, BlockStatus.RETIRED, reference);
    }

    /**
     * The registry cancels the first {@code quantity} serials of a block (export, reversal): no
     * compliance rule, but never out of a block the regulator froze.
     */
    public SerialRange cancelBlock(AssetRules credits, CreditBlock block, long quantity, String reference) {
        // The regulator's freeze holds against the registry too: a frozen block does not move at all.
        if (block.frozenBy() != null) {
            throw new ContractError(ErrorCode.INVALID_STATE, "block " + block.range() + " is frozen by the regulator");
        }
        return end(credits, block, quantity, BlockStatus.CANCELLED, reference);
    }

    /**
     * Rewrites an active block's attributes (a freeze, a corresponding adjustment); the holder and
     * the serials cannot change this way.
     */
    public void restateBlock(AssetRules credits, CreditBlock before, CreditBlock after) {
        if (!before.holderAccountId().equals(after.holderAccountId()) || !before.range().equals(after.range())
                || after.status() != BlockStatus.ACTIVE) {
            throw new IllegalStateException("a restated block keeps its holder and serials and stays active");
        }
        blocks.putActive(after, credits);
    }

    private SerialRange end(AssetRules credits, CreditBlock block, long quantity, BlockStatus status, String reference) {
        SerialRange ended = split(credits, block, quantity);
        blocks.putEnded(block.as(ended, block.holderAccountId(), status, block.firstTransferTxId(), ledger.now()));
        record.record(credits, block.holderAccountId(), null, quantity, reference);
        return ended;
    }

    /** What the holder of a block can move out of it: the block, not a balance read from lots. */
    private static Holding asSender(AssetRules credits, CreditBlock block) {
        return new Holding(credits.assetId(), block.holderAccountId(), block.quantity(), block.frozenQuantity(), 1);
    }

    /** Takes the first {@code quantity} serials off the block; the rest stays with the holder as a new block. */
    private SerialRange split(AssetRules credits, CreditBlock block, long quantity) {
        if (quantity < 1 || quantity > block.quantity()) {
            throw new IllegalStateException("a block of " + block.quantity() + " cannot give " + quantity);
        }
        blocks.removeActive(block);
        if (quantity < block.quantity()) {
            blocks.putActive(block.as(block.range().tail(quantity), block.holderAccountId(), BlockStatus.ACTIVE,
                    block.firstTransferTxId(), ledger.now()), credits);
        }
        return block.range().head(quantity);
    }

    // ---------------------------------------------------------------- shared

    /** Issuance and destruction change the issuer's outstanding face value (what the sandbox caps limit). */
    private void changeOutstanding(AssetRules asset, long units) {
        if (asset.currency() != null && units != 0) {
            new IssuedTotals(ledger).add(asset.assetClass(), asset.currency(), asset.issuerMspId(),
                    Sums.times("the face value issued", units, asset.unitValueMinor()));
        }
    }

    private static void enforce(MovementFacts facts) {
        ComplianceRule.firstRefusal(facts).ifPresent(MovementCore::refuse);
    }

    private static void enforceReceiver(MovementFacts facts) {
        ComplianceRule.firstReceiverRefusal(facts).ifPresent(MovementCore::refuse);
    }

    private static void refuse(Refusal refusal) {
        throw new ContractError(refusal.code(), refusal.message());
    }
}
