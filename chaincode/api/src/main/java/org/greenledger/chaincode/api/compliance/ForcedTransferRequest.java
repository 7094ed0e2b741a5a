package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * A transfer ordered by a court, proposed by the regulator.
 *
 * @param requestId      client-chosen id of this request: sending it again returns the first proposal
 * @param assetId        the asset
 * @param fromAccountId  the account the units are taken from (frozen or sanctioned or not)
 * @param toAccountId    the account that receives them
 * @param units          positive
 * @param courtOrderHash SHA-256 of the court order
 */
public record ForcedTransferRequest(String requestId, String assetId, String fromAccountId, String toAccountId, long units,
        String courtOrderHash) implements Idempotent {
    public ForcedTransferRequest {
        Check.matches("requestId", requestId, Check.ID);
        Check.matches("assetId", assetId, Check.ID);
        Check.matches("fromAccountId", fromAccountId, Check.ID);
        Check.matches("toAccountId", toAccountId, Check.ID);
        if (fromAccountId.equals(toAccountId)) {
            throw GreenLedgerError.invalid("toAccountId", "must differ from fromAccountId");
        }
        if (units <= 0) {
            throw GreenLedgerError.invalid("units", "must be positive");
        }
        Check.matches("courtOrderHash", courtOrderHash, Check.SHA256_HEX);
    }
}
