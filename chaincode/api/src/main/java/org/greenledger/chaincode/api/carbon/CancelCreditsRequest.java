package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * The registry cancels the first {@code quantity} serials of a block: exported to another
 * registry, a reversal covered by the buffer pool, or an error corrected.
 *
 * @param cancellationId client-chosen id; also the request id
 * @param block          the block
 * @param quantity       tonnes (positive, at most the block's)
 * @param reasonHash     SHA-256 of the decision
 */
public record CancelCreditsRequest(String cancellationId, BlockRef block, long quantity, String reasonHash)
        implements Idempotent {
    public CancelCreditsRequest {
        Check.matches("cancellationId", cancellationId, Check.ID);
        Check.present("block", block);
        if (quantity <= 0) {
            throw GreenLedgerError.invalid("quantity", "must be positive");
        }
        Check.matches("reasonHash", reasonHash, Check.SHA256_HEX);
    }
}
