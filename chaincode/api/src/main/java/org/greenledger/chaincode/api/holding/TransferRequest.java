package org.greenledger.chaincode.api.holding;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * Moves units of an asset between two accounts, free of payment (any payment happens off the
 * ledger, under the recorded reference).
 *
 * @param requestId        client-chosen id of this request: sending it again returns the first result
 * @param assetId          the asset (bond ISIN, deposit token id)
 * @param fromAccountId    the sender
 * @param toAccountId      the receiver
 * @param units            positive
 * @param paymentReference the off-ledger payment's reference (free text, at most 140 characters)
 */
public record TransferRequest(String requestId, String assetId, String fromAccountId, String toAccountId, long units,
        String paymentReference) {
    public TransferRequest {
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
        Check.text("paymentReference", paymentReference, 140);
    }
}
