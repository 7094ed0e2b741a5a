package org.greenledger.chaincode.api.carbon;

import java.time.LocalDate;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * The developer's bank submits a monitoring report: the reductions a project claims for a period
 * within one vintage year, for a verifier to verify.
 *
 * @param reportId      client-chosen id, unique within the project
 * @param projectId     the (registered) project
 * @param periodStart   first day monitored
 * @param periodEnd     last day monitored, in the same year (the vintage)
 * @param claimedTonnes whole tCO2e claimed (positive)
 * @param reportHash    SHA-256 of the monitoring report
 */
public record MonitoringReportRequest(String reportId, String projectId, LocalDate periodStart, LocalDate periodEnd,
        long claimedTonnes, String reportHash) implements Idempotent {
    public MonitoringReportRequest {
        Check.matches("reportId", reportId, Check.ID);
        Check.matches("projectId", projectId, Check.ID);
        Check.present("periodStart", periodStart);
        Check.present("periodEnd", periodEnd);
        if (periodEnd.isBefore(periodStart) || periodEnd.getYear() != periodStart.getYear()) {
            throw GreenLedgerError.invalid("periodEnd", "must not be before periodStart and in the same year (the vintage)");
        }
        SerialRange.checkVintage("periodStart", periodStart.getYear());
        if (claimedTonnes <= 0 || claimedTonnes > SerialRange.MAX_SERIAL) {
            throw GreenLedgerError.invalid("claimedTonnes", "must be between 1 and " + SerialRange.MAX_SERIAL);
        }
        Check.matches("reportHash", reportHash, Check.SHA256_HEX);
    }

    public int vintage() {
        return periodStart.getYear();
    }
}
