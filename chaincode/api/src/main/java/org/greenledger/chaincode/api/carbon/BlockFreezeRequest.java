package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;

/**
 * The regulator freezes or unfreezes one block of credits (part of a holder's credits).
 *
 * @param block        the block
 * @param decisionHash SHA-256 of the regulator's decision
 */
public record BlockFreezeRequest(BlockRef block, String decisionHash) {
    public BlockFreezeRequest {
        Check.present("block", block);
        Check.matches("decisionHash", decisionHash, Check.SHA256_HEX);
    }
}
