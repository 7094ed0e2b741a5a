package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;

/**
 * A step in a carbon project's lifecycle, grounded by a document (validation report,
 * registration decision, rejection reasons, withdrawal letter).
 *
 * @param projectId    the project
 * @param documentHash SHA-256 of the document
 */
public record ProjectDecision(String projectId, String documentHash) {
    public ProjectDecision {
        Check.matches("projectId", projectId, Check.ID);
        Check.matches("documentHash", documentHash, Check.SHA256_HEX);
    }
}
