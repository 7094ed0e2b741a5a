package org.greenledger.chaincode.api.proceeds;

import java.util.List;
import org.greenledger.chaincode.api.money.Currency;

/**
 * A bond's allocation report (ICMA GBP), computed from the ledger: allocated + unallocated = net
 * proceeds always holds.
 *
 * @param bondId           the bond
 * @param currency         the bond's currency
 * @param netProceedsMinor net proceeds of the issue
 * @param allocatedMinor   outstanding allocations
 * @param unallocatedMinor net proceeds not allocated
 * @param projects         per project, in project id order
 * @param categories       per ICMA category, in category order
 * @param covenantBreach   whether an open verifier flag sits on an allocation that still holds proceeds
 * @param openFlags        those flags
 */
public record AllocationReport(String bondId, Currency currency, long netProceedsMinor, long allocatedMinor,
        long unallocatedMinor, List<ProjectAllocation> projects, List<CategoryAllocation> categories,
        boolean covenantBreach, List<AllocationFlag> openFlags) {
}
