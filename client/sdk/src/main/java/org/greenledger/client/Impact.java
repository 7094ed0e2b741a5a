package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;

/**
 * Impact of green projects: the issuer reports a period once it has ended, the project's verifier
 * attests it (after which only a majority including the verifier can change it), and a bond's
 * impact report gives each financed project's attested impact times the bond's share of its
 * financing.
 *
 * <pre>{@code
 * issuer.impact().report(new ReportImpactRequest("SOLAR-1", start, end, metrics, evidenceHash));
 * verifier.impact().attest(new AttestImpactRequest("SOLAR-1", start, statementHash));
 * BondImpactReport report = investor.impact().bondImpact(new BondImpactQuery(isin, from, to));
 * }</pre>
 */
public interface Impact {
    /** Reports, or corrects before attestation, a project's impact over an ended period (its issuer). */
    ImpactReport report(ReportImpactRequest request);

    /** Attests a reported period (the project's verifier). */
    ImpactReport attest(AttestImpactRequest request);

    /** The project's reports, oldest period first. */
    List<ImpactReport> reports(String projectId);

    /** The bond's pro-rata share of the attested impact of the periods ending in the window. */
    BondImpactReport bondImpact(BondImpactQuery query);
}
