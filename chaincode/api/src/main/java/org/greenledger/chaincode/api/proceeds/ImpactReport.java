package org.greenledger.chaincode.api.proceeds;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * A project's impact over one period as the issuer reported it, and the verifier's attestation.
 * Only attested reports count in a bond's impact report.
 *
 * @param report        what the issuer reported
 * @param reportedBy    the issuer org
 * @param reportedAt    transaction time of the report
 * @param verifierMspId the attesting VERIFIER org (null until attested)
 * @param statementHash SHA-256 of the verification statement (null until attested)
 * @param attestedAt    transaction time of the attestation (null until attested)
 */
public record ImpactReport(ReportImpactRequest report, String reportedBy, Instant reportedAt, String verifierMspId,
        String statementHash, Instant attestedAt) {
    public ImpactReport {
        Check.present("report", report);
        Check.matches("reportedBy", reportedBy, Check.MSP_ID);
        Check.present("reportedAt", reportedAt);
    }

    public boolean attested() {
        return attestedAt != null;
    }

    public ImpactReport attestedBy(String verifier, String statement, Instant at) {
        return new ImpactReport(report, reportedBy, reportedAt, verifier, statement, at);
    }
}
