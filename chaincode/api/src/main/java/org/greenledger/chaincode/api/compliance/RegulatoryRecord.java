package org.greenledger.chaincode.api.compliance;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * A standing regulatory measure on a target: a sanctions listing or a freeze of an account, or a
 * pause of an asset. It lasts until the regulator lifts it.
 *
 * @param targetId      the account id (sanction, freeze) or asset id (pause)
 * @param referenceHash SHA-256 of the grounding document
 * @param imposedBy     MSP ID of the regulator org
 * @param imposedAt     transaction time
 */
public record RegulatoryRecord(String targetId, String referenceHash, String imposedBy, Instant imposedAt) {
    public RegulatoryRecord {
        Check.matches("targetId", targetId, Check.ID);
        Check.matches("referenceHash", referenceHash, Check.SHA256_HEX);
        Check.matches("imposedBy", imposedBy, Check.MSP_ID);
        Check.present("imposedAt", imposedAt);
    }
}
