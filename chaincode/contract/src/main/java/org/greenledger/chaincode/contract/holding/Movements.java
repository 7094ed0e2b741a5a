package org.greenledger.chaincode.contract.holding;

import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.RegulatoryRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** Builds the movement record of an event, flagging what the regulator must see. */
public final class Movements {
    private Movements() {
    }

    public static UnitsMoved moved(Ledger ledger, AssetRules asset, String from, String to, long units, String reference) {
        long faceValue = Math.multiplyExact(units, asset.unitValueMinor());
        boolean reportable = asset.currency() != null && new RegulatoryRegister(ledger)
                .reportingThreshold(asset.currency()).map(t -> faceValue >= t.thresholdMinor()).orElse(false);
        return new UnitsMoved(asset.assetId(), from, to, units, faceValue, reference, reportable, ledger.txId());
    }
}
