package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * The holder's bank transfers the first {@code quantity} serials of one of its client's blocks.
 *
 * @param transferId  client-chosen id; also the request id: replaying it changes nothing
 * @param block       the block the serials come from
 * @param toAccountId the receiver
 * @param quantity    tonnes (positive, at most the block's)
 */
public record TransferCreditsRequest(String transferId, BlockRef block, String toAccountId, long quantity)
        implements Idempotent {
    public TransferCreditsRequest {
        Check.matches("transferId", transferId, Check.ID);
        Check.present("block", block);
        Check.matches("toAccountId", toAccountId, Check.ID);
        if (quantity <= 0) {
            throw GreenLedgerError.invalid("quantity", "must be positive");
        }
    }
}
