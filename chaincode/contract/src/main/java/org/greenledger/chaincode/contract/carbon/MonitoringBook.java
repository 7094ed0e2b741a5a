package org.greenledger.chaincode.contract.carbon;

import java.util.Optional;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.governance.KeyEndorsement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** Monitoring reports, one key each under the project; a verified one needs its verifier to change. */
final class MonitoringBook {
    private static final String REPORT = "monitoringReport";

    private final Ledger ledger;

    MonitoringBook(Ledger ledger) {
        this.ledger = ledger;
    }

    Optional<MonitoringReport> find(String projectId, String reportId) {
        return ledger.read(ledger.key(REPORT, projectId, reportId), MonitoringReport.class);
    }

    MonitoringReport get(String projectId, String reportId) {
        return find(projectId, reportId).orElseThrow(() -> ContractError.notFound("monitoring report", reportId));
    }

    void save(MonitoringReport report) {
        String key = ledger.key(REPORT, report.request().projectId(), report.request().reportId());
        ledger.write(key, report);
        if (report.verified()) {
            new KeyEndorsement(ledger).require(key, report.verifierMspId());
        }
    }
}
