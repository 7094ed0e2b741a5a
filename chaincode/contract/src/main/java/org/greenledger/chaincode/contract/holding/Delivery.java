package org.greenledger.chaincode.contract.holding;

import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.MovementCheck;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * One leg of a settlement: units move from one holder to another only if every compliance rule
 * passes, else the whole transaction is refused (so a DvP never keeps one leg without the other).
 */
public final class Delivery {
    private final Ledger ledger;
    private final HoldingBook holdings;

    public Delivery(Ledger ledger) {
        this.ledger = ledger;
        this.holdings = new HoldingBook(ledger);
    }

    public UnitsMoved transfer(AssetRules asset, String from, String to, long units, String reference) {
        MovementCheck.enforce(MovementCheck.facts(ledger, asset, from, to, units));
        holdings.debit(asset.assetId(), from, units);
        holdings.credit(asset.assetId(), to, units);
        return new Movements(ledger).record(asset, from, to, units, reference);
    }
}
