package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;

/**
 * Impact of green projects (ICMA harmonised impact reporting): the issuer reports a period once
 * it has ended, the project's verifier attests it (after which the report's key needs the
 * verifier's endorsement, so no majority without the verifier can rewrite it), and a bond's
 * impact report gives each financed project's attested impact times the bond's share of its
 * financing. Writes need {@code gl.role} {@code operator} or {@code admin}; reads are open to
 * every member. Both writes are keyed by the project and period: the same request sent again
 * returns the record (replay-safe).
 *
 * <pre>{@code
 * issuer.impact().report(new ReportImpactRequest("SOLAR-1", start, end, metrics, evidenceHash));
 * verifier.impact().attest(new AttestImpactRequest("SOLAR-1", start, statementHash));
 * BondImpactReport report = investor.impact().bondImpact(new BondImpactQuery(isin, from, to));
 * }</pre>
 */
public interface Impact {
    /**
     * Reports, or corrects before attestation, a project's impact over an ended period (the ISSUER
     * org that registered the project). Periods of one project never overlap, so no tonne is
     * counted twice.
     *
     * @param request the project, the period's first and last day, the metrics (tCO2e avoided,
     *                MWh generated, MW added, ...) and the evidence's hash
     * @return the report, unattested
     * @throws RejectedException {@code NOT_AUTHORIZED} for another issuer's project;
     *                           {@code NOT_DUE} until the day after the period ends;
     *                           {@code INVALID_STATE} to change an attested period;
     *                           {@code INVALID_ARGUMENT} for a period overlapping another;
     *                           {@code NOT_FOUND} for an unknown project
     */
    ImpactReport report(ReportImpactRequest request);

    /**
     * Attests a reported period (the VERIFIER org the project names).
     *
     * @param request the project, the period's first day and the hash of the verification statement
     * @return the report, attested
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other org; {@code NOT_FOUND} if the
     *                           period was not reported; {@code INVALID_STATE} if it was attested
     *                           with another statement
     */
    ImpactReport attest(AttestImpactRequest request);

    /**
     * Lists a project's impact reports, attested or not.
     *
     * @param projectId the green project
     * @return its reports, oldest period first
     * @throws RejectedException {@code NOT_FOUND} for an unknown project
     */
    List<ImpactReport> reports(String projectId);

    /**
     * The bond's pro-rata share of the attested impact of the periods ending in the window: per
     * project, its attested metrics times the bond's share of the project's financing.
     *
     * @param query the bond and the window's first and last day
     * @return the bond's impact per project and in total
     * @throws RejectedException {@code INVALID_STATE} for a bond not issued yet (it has no proceeds)
     */
    BondImpactReport bondImpact(BondImpactQuery query);
}
