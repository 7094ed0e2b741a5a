package org.greenledger.chaincode.api.proceeds;

import java.time.LocalDate;
import java.util.List;

/**
 * A bond's impact report: for each project it finances, the attested impact of the periods that
 * end within [from, to], times the bond's share of the project's financing.
 *
 * @param bondId            the bond
 * @param from              first day of the reporting window
 * @param to                last day of the reporting window
 * @param projects          per project, in project id order
 * @param totals            the bond's impact per metric
 * @param unattestedReports periods in the window reported but not attested (not counted)
 */
public record BondImpactReport(String bondId, LocalDate from, LocalDate to, List<ProjectImpact> projects,
        List<ImpactValue> totals, int unattestedReports) {
}
