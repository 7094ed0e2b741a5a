package org.greenledger.chaincode.contract.movement;

import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.MovementFacts;
import org.greenledger.chaincode.contract.compliance.Party;
import org.greenledger.chaincode.contract.compliance.RegulatoryRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Reads a movement's facts from the ledger, touching only the keys of the asset and the two
 * accounts concerned, and applies the compliance rules to them.
 */
final class MovementCheck {
    private MovementCheck() {
    }

    /**
     * The facts of a movement that creates units (issuance): no sender.
     *
     * @param toAccountId the receiver
     */
    static MovementFacts issuanceFacts(Ledger ledger, AssetRules asset, String toAccountId, long units) {
        return facts(ledger, asset, null, toAccountId, units, null);
    }

    /**
     * The facts the receiver's rules look at (a payment to a holder, escrow released to the
     * issuer): no sender, and no sandbox cap or class total, which only issuance checks; so a
     * payment run does not read the class's issued totals and never conflicts with a mint.
     */
    static MovementFacts receiverFacts(Ledger ledger, AssetRules asset, String toAccountId, long units) {
        RegulatoryRegister regulator = new RegulatoryRegister(ledger);
        return new MovementFacts(asset, units, null, party(ledger, regulator, asset, toAccountId,
                receiverHolding(ledger, asset, toAccountId)), regulator.pause(asset.assetId()).isPresent(), null, 0,
                ledger.today());
    }

    /**
     * The facts of a movement out of a sender's holding.
     *
     * @param sender      what the sender can move: the lots drawn for a debit, a holding, or one
     *                    serial block of credits
     * @param toAccountId the receiver, or null when units are destroyed or leave into escrow
     */
    static MovementFacts facts(Ledger ledger, AssetRules asset, Holding sender, String toAccountId, long units) {
        return facts(ledger, asset, sender.accountId(), toAccountId, units, sender);
    }

    private static MovementFacts facts(Ledger ledger, AssetRules asset, String fromAccountId, String toAccountId,
            long units, Holding sender) {
        RegulatoryRegister regulator = new RegulatoryRegister(ledger);
        var cap = asset.currency() == null ? null
                : regulator.sandboxCap(asset.assetClass(), asset.currency()).orElse(null);
        long outstanding = fromAccountId == null && cap != null
                ? new IssuedTotals(ledger).classTotal(asset.assetClass(), asset.currency())
                : 0;
        return new MovementFacts(asset, units,
                fromAccountId == null ? null : party(ledger, regulator, asset, fromAccountId, sender),
                toAccountId == null ? null : party(ledger, regulator, asset, toAccountId,
                        receiverHolding(ledger, asset, toAccountId)),
                regulator.pause(asset.assetId()).isPresent(), cap, outstanding, ledger.today());
    }

    /**
     * Without a per-account limit the receiver's holding is not read, so payments into one
     * account do not conflict with each other.
     */
    private static Holding receiverHolding(Ledger ledger, AssetRules asset, String accountId) {
        return asset.perAccountLimitUnits() < Long.MAX_VALUE ? new HoldingBook(ledger).holding(asset.assetId(), accountId)
                : new Holding(asset.assetId(), accountId, 0, 0, 0);
    }

    private static Party party(Ledger ledger, RegulatoryRegister regulator, AssetRules asset, String accountId,
            Holding holding) {
        return new Party(accountId, new AccountBook(ledger).find(accountId).orElse(null),
                regulator.sanction(accountId).isPresent(), holding.units(), holding.frozenUnits());
    }
}
