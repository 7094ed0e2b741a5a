package org.greenledger.chaincode.contract.proceeds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.ProjectImpact;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * A bond's impact (ICMA Harmonised Framework, pro-rata approach): each financed project's attested
 * impact times the bond's share of the project's financing (what the bond has allocated to it now,
 * over the project's total financing), computed exactly and rounded once per metric; the share
 * itself is shown to 6 places.
 */
final class BondImpact {
    /** The financing share is a fraction to 6 places. */
    private static final int SHARE_SCALE = 6;

    private final Ledger ledger;

    BondImpact(Ledger ledger) {
        this.ledger = ledger;
    }

    BondImpactReport of(Bond bond, BondImpactQuery window) {
        Map<String, Long> allocated = new AllocationBook(ledger).outstandingByProject(bond.bondId());
        ProjectRegister projects = new ProjectRegister(ledger);
        ImpactBook impact = new ImpactBook(ledger);
        List<ProjectImpact> lines = new ArrayList<>();
        List<ImpactValue> bondTotal = new ArrayList<>();
        int unattested = 0;
        for (Map.Entry<String, Long> e : allocated.entrySet()) {
            GreenProject project = projects.get(e.getKey());
            long financing = project.terms().financingMinor();
            BigDecimal share = BigDecimal.valueOf(e.getValue())
                    .divide(BigDecimal.valueOf(financing), SHARE_SCALE, RoundingMode.HALF_EVEN);
            List<ImpactValue> reported = new ArrayList<>();
            int attested = 0;
            for (ImpactReport report : impact.ofProject(project.projectId())) {
                var end = report.report().periodEnd();
                if (end.isBefore(window.from()) || end.isAfter(window.to())) {
                    continue;
                }
                if (report.attested()) {
                    attested++;
                    reported.addAll(report.report().metrics());
                } else {
                    unattested++;
                }
            }
            List<ImpactValue> projectImpact = ImpactValue.totals(reported);
            List<ImpactValue> bondShare = projectImpact.stream().map(v -> v.proRata(e.getValue(), financing)).toList();
            bondTotal.addAll(bondShare);
            lines.add(new ProjectImpact(project.projectId(), project.terms().category(), e.getValue(), financing, share,
                    attested, projectImpact, bondShare));
        }
        return new BondImpactReport(bond.bondId(), window.from(), window.to(), lines, ImpactValue.totals(bondTotal),
                unattested);
    }
}
