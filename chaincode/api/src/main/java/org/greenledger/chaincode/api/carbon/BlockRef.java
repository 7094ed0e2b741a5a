package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * Names one block a holder holds: its project, vintage and first serial number. Naming the block
 * (rather than a quantity of a project) keeps a holder's operations on different blocks apart.
 *
 * @param holderAccountId the holder
 * @param projectId       the project
 * @param vintage         the vintage
 * @param firstSerial     the block's first serial number
 */
public record BlockRef(String holderAccountId, String projectId, int vintage, long firstSerial) {
    public BlockRef {
        if (!CreditBlock.BUFFER_POOL.equals(holderAccountId)) {
            Check.matches("holderAccountId", holderAccountId, Check.ID);
        }
        Check.matches("projectId", projectId, Check.ID);
        if (firstSerial < 1) {
            throw GreenLedgerError.invalid("firstSerial", "must be 1 or more");
        }
    }
}
