package org.greenledger.chaincode.contract.proceeds;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.contract.governance.KeyEndorsement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Impact reports, one key per project and period start (ISO dates sort in time order); an
 * attested report carries its verifier in the key-level endorsement policy.
 */
final class ImpactBook {
    private static final String IMPACT = "impact";

    private final Ledger ledger;

    ImpactBook(Ledger ledger) {
        this.ledger = ledger;
    }

    Optional<ImpactReport> find(String projectId, java.time.LocalDate periodStart) {
        return ledger.read(key(projectId, periodStart), ImpactReport.class);
    }

    /** The project's reports, oldest period first. */
    List<ImpactReport> ofProject(String projectId) {
        return ledger.readAll(IMPACT, ImpactReport.class, projectId);
    }

    /** Writes the report; an attested one needs its verifier's endorsement to change from then on. */
    void save(ImpactReport report) {
        String key = key(report.report().projectId(), report.report().periodStart());
        ledger.write(key, report);
        if (report.attested()) {
            new KeyEndorsement(ledger).require(key, report.verifierMspId());
        }
    }

    private String key(String projectId, java.time.LocalDate periodStart) {
        return ledger.key(IMPACT, projectId, periodStart.toString());
    }
}
