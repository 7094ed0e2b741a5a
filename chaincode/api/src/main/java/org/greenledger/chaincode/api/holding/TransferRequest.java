package org.greenledger.chaincode.api.holding;

import java.util.List;
import java.util.Set;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

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
 * @param fromLots         optional: up to {@value #MAX_LOTS} of the sender's lots to spend, distinct
 *                         ({@link HoldingLot#lotId()}). A hint, not a condition: if they are no longer
 *                         there or do not cover the units, the sender's whole holding is read and the
 *                         transfer happens or is refused exactly as without them. Concurrent transfers
 *                         from one account that name different lots do not conflict. The SDK fills it
 *                         in. Not part of what a request id stands for: a retry may name other lots.
 */
public record TransferRequest(String requestId, String assetId, String fromAccountId, String toAccountId, long units,
        String paymentReference, List<String> fromLots) implements Idempotent {
    /** Most lots one transfer may name. */
    public static final int MAX_LOTS = 16;

    /** A transfer that leaves the choice of the sender's lots to the ledger. */
    public TransferRequest(String requestId, String assetId, String fromAccountId, String toAccountId, long units,
            String paymentReference) {
        this(requestId, assetId, fromAccountId, toAccountId, units, paymentReference, null);
    }

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
        if (fromLots != null) {
            if (fromLots.isEmpty() || fromLots.size() > MAX_LOTS) {
                throw GreenLedgerError.invalid("fromLots", "names 1 to " + MAX_LOTS + " lots when present");
            }
            for (String lot : fromLots) {
                Check.matches("fromLots", lot, HoldingLot.LOT_ID);
            }
            if (Set.copyOf(fromLots).size() != fromLots.size()) {
                throw GreenLedgerError.invalid("fromLots", "names a lot twice");
            }
            fromLots = List.copyOf(fromLots);
        }
    }

    /** The same transfer, naming {@code lots} of the sender's (null: none). */
    public TransferRequest withLots(List<String> lots) {
        return new TransferRequest(requestId, assetId, fromAccountId, toAccountId, units, paymentReference, lots);
    }
}
