package org.greenledger.chaincode.api.proceeds;

import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * The issuer reports a project's impact over a period (at most one report per project and start
 * date), for the verifier to attest.
 *
 * @param projectId    the project
 * @param periodStart  first day of the period
 * @param periodEnd    last day of the period (not before the start)
 * @param metrics      the impact achieved, each metric once
 * @param evidenceHash SHA-256 of the monitoring data behind it
 */
public record ReportImpactRequest(String projectId, LocalDate periodStart, LocalDate periodEnd,
        List<ImpactValue> metrics, String evidenceHash) implements Idempotent {
    public ReportImpactRequest {
        Check.matches("projectId", projectId, Check.ID);
        Check.present("periodStart", periodStart);
        Check.present("periodEnd", periodEnd);
        if (periodEnd.isBefore(periodStart)) {
            throw GreenLedgerError.invalid("periodEnd", "is before periodStart");
        }
        metrics = ImpactValue.canonical("metrics", metrics);
        Check.matches("evidenceHash", evidenceHash, Check.SHA256_HEX);
    }
}
