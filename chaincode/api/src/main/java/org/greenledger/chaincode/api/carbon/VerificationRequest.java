package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A verifier verifies a monitoring report: the tonnes it can confirm, at most those claimed.
 *
 * @param projectId      the project
 * @param reportId       the report
 * @param verifiedTonnes whole tCO2e verified (positive)
 * @param statementHash  SHA-256 of the verification statement
 */
public record VerificationRequest(String projectId, String reportId, long verifiedTonnes, String statementHash) {
    public VerificationRequest {
        Check.matches("projectId", projectId, Check.ID);
        Check.matches("reportId", reportId, Check.ID);
        if (verifiedTonnes <= 0) {
            throw GreenLedgerError.invalid("verifiedTonnes", "must be positive");
        }
        Check.matches("statementHash", statementHash, Check.SHA256_HEX);
    }
}
