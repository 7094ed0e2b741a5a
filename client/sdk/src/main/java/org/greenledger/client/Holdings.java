package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.HoldingLot;
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
    /**
     * Moves units; instructed by the sender's custodian bank. Unless the request names the
     * sender's lots to spend, this connection names them: transfers from one account that are in
     * flight at the same time spend different lots, so they do not conflict on the ledger (a
     * transfer waits for a lot if all are taken by others in flight). The request id makes a
     * retry safe whichever lots it names.
     */
    UnitsMoved transfer(TransferRequest request);

    /**
     * The account's lots of the asset (its custodian and the overseers): what a caller choosing
     * its own {@link TransferRequest#fromLots()} picks from.
     */
    List<HoldingLot> lots(String assetId, String accountId);

    /** Whether {@link #transfer} would pass compliance now, and if not, why. */
    TransferCheck canTransfer(TransferRequest request);

    Holding holding(String assetId, String accountId);
}
