package org.greenledger.chaincode.api.carbon;

import java.time.Instant;

/**
 * A monitoring report and what became of it.
 *
 * @param request        what was submitted
 * @param submittedBy    the developer's bank
 * @param submittedAt    transaction time
 * @param verifierMspId  the verifying org (null until verified)
 * @param verifiedTonnes tonnes verified (0 until verified)
 * @param statementHash  SHA-256 of the verification statement (null until verified)
 * @param verifiedAt     transaction time of verification (null until verified)
 */
public record MonitoringReport(MonitoringReportRequest request, String submittedBy, Instant submittedAt,
        String verifierMspId, long verifiedTonnes, String statementHash, Instant verifiedAt) {
    public boolean verified() {
        return verifiedAt != null;
    }

    public MonitoringReport verifiedBy(String verifier, long tonnes, String statement, Instant at) {
        return new MonitoringReport(request, submittedBy, submittedAt, verifier, tonnes, statement, at);
    }
}
