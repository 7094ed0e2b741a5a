package org.greenledger.chaincode.api.proceeds;

import java.math.BigDecimal;
import org.greenledger.chaincode.api.bond.IcmaCategory;

/**
 * A line of the allocation report: what a bond allocated to one project.
 *
 * @param projectId          the project
 * @param name               its name
 * @param category           its ICMA category
 * @param allocatedMinor     outstanding allocations of the bond to it
 * @param shareOfNetProceeds allocated / net proceeds, 4 decimal places HALF_EVEN
 */
public record ProjectAllocation(String projectId, String name, IcmaCategory category, long allocatedMinor,
        BigDecimal shareOfNetProceeds) {
}
