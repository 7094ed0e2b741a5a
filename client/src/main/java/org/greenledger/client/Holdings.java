package org.greenledger.client;

import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;

/**
 * Holdings of any asset and free-of-payment transfers. Every transfer passes the compliance
 * rules; a refusal is a {@link RejectedException} whose code is the first rule broken (for
 * example {@code SANCTIONED} or {@code INSUFFICIENT_UNITS}). {@link #canTransfer} asks the same
 * question without submitting.
 */
public interface Holdings {
    /** Moves units; instructed by the sender's custodian bank. */
    UnitsMoved transfer(TransferRequest request);

    /** Whether {@link #transfer} would pass compliance now, and if not, why. */
    TransferCheck canTransfer(TransferRequest request);

    Holding holding(String assetId, String accountId);
}
