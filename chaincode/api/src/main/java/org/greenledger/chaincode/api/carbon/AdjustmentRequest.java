package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;

/**
 * The registry records that the host country applied the corresponding adjustment for a block
 * of authorized units.
 *
 * @param block          the block
 * @param evidenceHash   SHA-256 of the host country's report
 */
public record AdjustmentRequest(BlockRef block, String evidenceHash) {
    public AdjustmentRequest {
        Check.present("block", block);
        Check.matches("evidenceHash", evidenceHash, Check.SHA256_HEX);
    }
}
