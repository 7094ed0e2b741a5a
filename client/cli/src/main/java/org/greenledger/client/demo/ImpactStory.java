package org.greenledger.client.demo;

import static org.greenledger.client.demo.Narrator.done;
import static org.greenledger.client.demo.Narrator.line;
import static org.greenledger.client.demo.Narrator.refused;
import static org.greenledger.client.demo.Narrator.sha;
import static org.greenledger.client.demo.Narrator.step;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.ProjectImpact;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;

/**
 * The solar park's impact over last year: reported by Bank A as the issuer, attested by the
 * verifier; the bond's impact report is the park's attested impact times the bond's share of its
 * financing.
 */
final class ImpactStory {
    private final Cast cast;
    private final String bondId;
    private final String greenProject;
    private final LocalDate from;
    private final LocalDate to;

    ImpactStory(Cast cast, String bondId) {
        this.cast = cast;
        this.bondId = bondId;
        this.greenProject = BondStory.GREEN_PROJECT_PREFIX + cast.run();
        int lastYear = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
        this.from = LocalDate.of(lastYear, 1, 1);
        this.to = LocalDate.of(lastYear, 12, 31);
    }

    /** The period the impact report covers. */
    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    void run() {
        step("15. The solar park's impact for " + from.getYear() + ": reported by Bank A, attested by the verifier");
        cast.bankA().impact().report(new ReportImpactRequest(greenProject, from, to,
                List.of(new ImpactValue(ImpactMetric.MWH_RENEWABLE_GENERATED, new BigDecimal("71250.5")),
                        new ImpactValue(ImpactMetric.TCO2E_AVOIDED, new BigDecimal("45600"))),
                sha("solar-impact-" + from.getYear())));
        cast.settle();
        refused(ErrorCode.NOT_AUTHORIZED, "Bank A attests its own report", () -> cast.bankA().impact()
                .attest(new AttestImpactRequest(greenProject, from, sha("self-attestation"))));
        done("attested by " + cast.verifier().impact().attest(new AttestImpactRequest(greenProject, from,
                sha("impact-verification-statement"))).verifierMspId());
        cast.settle();
        BondImpactReport report = cast.regulator().impact().bondImpact(new BondImpactQuery(bondId, from, to));
        for (ProjectImpact project : report.projects()) {
            line("%s: the bond finances %s%% of it", project.projectId(),
                    project.financingShare().movePointRight(2).stripTrailingZeros().toPlainString());
            for (ImpactValue whole : project.projectImpact()) {
                BigDecimal share = project.bondImpact().stream().filter(v -> v.metric() == whole.metric())
                        .map(ImpactValue::quantity).findFirst().orElse(BigDecimal.ZERO);
                line("  %-24s project %12s   bond's share %10s %s", whole.metric(), whole.quantity().toPlainString(),
                        share.toPlainString(), whole.metric().unit());
            }
        }
        line("unattested reports left out: %d", report.unattestedReports());
    }
}
