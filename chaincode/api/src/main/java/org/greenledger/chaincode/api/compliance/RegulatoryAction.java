package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;

/**
 * A regulator's action on one target (an account or an asset), with the hash of the document
 * that grounds it (a decision, a listing notice). The document itself stays off the ledger.
 *
 * @param targetId      the account id or asset id acted on
 * @param referenceHash lowercase hex SHA-256 of the grounding document
 */
public record RegulatoryAction(String targetId, String referenceHash) {
    public RegulatoryAction {
        Check.matches("targetId", targetId, Check.ID);
        Check.matches("referenceHash", referenceHash, Check.SHA256_HEX);
    }
}
