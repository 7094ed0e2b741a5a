package org.greenledger.chaincode.contract.compliance;

import org.greenledger.chaincode.contract.bond.BondRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** Which asset ids exist. The one place to teach about new kinds of asset (cash tokens, credits). */
public final class Assets {
    private Assets() {
    }

    public static boolean exists(Ledger ledger, String assetId) {
        return new BondRegister(ledger).exists(assetId);
    }
}
