package org.greenledger.chaincode.api.proceeds;

import java.math.BigDecimal;
import java.util.List;
import org.greenledger.chaincode.api.bond.IcmaCategory;

/**
 * A line of the bond impact report: one project's attested impact and the bond's share of it.
 *
 * @param projectId       the project
 * @param category        its ICMA category
 * @param allocatedMinor  the bond's outstanding allocations to it
 * @param financingMinor  the project's total financing
 * @param financingShare  allocated / financing, 6 decimal places HALF_EVEN
 * @param attestedReports attested periods counted
 * @param projectImpact   the project's attested impact over those periods
 * @param bondImpact      projectImpact x allocated / financing, computed exactly and rounded once
 */
public record ProjectImpact(String projectId, IcmaCategory category, long allocatedMinor, long financingMinor,
        BigDecimal financingShare, int attestedReports, List<ImpactValue> projectImpact, List<ImpactValue> bondImpact) {
}
