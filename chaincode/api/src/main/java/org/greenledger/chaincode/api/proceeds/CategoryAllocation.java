package org.greenledger.chaincode.api.proceeds;

import java.math.BigDecimal;
import org.greenledger.chaincode.api.bond.IcmaCategory;

/**
 * A line of the allocation report: what a bond allocated to one ICMA category.
 *
 * @param category           the category
 * @param allocatedMinor     outstanding allocations to its projects
 * @param shareOfNetProceeds allocated / net proceeds, 4 decimal places HALF_EVEN
 */
public record CategoryAllocation(IcmaCategory category, long allocatedMinor, BigDecimal shareOfNetProceeds) {
}
