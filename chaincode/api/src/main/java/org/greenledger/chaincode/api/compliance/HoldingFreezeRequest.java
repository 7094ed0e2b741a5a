package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * Freezes (or releases) part of a holding: the units stay with the holder but cannot move.
 *
 * @param assetId       the asset
 * @param accountId     the holder
 * @param units         positive
 * @param referenceHash SHA-256 of the grounding decision
 */
public record HoldingFreezeRequest(String assetId, String accountId, long units, String referenceHash) {
    public HoldingFreezeRequest {
        Check.matches("assetId", assetId, Check.ID);
        Check.matches("accountId", accountId, Check.ID);
        if (units <= 0) {
            throw GreenLedgerError.invalid("units", "must be positive");
        }
        Check.matches("referenceHash", referenceHash, Check.SHA256_HEX);
    }
}
