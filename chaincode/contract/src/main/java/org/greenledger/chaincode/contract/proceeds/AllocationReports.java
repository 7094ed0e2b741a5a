package org.greenledger.chaincode.contract.proceeds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.CategoryAllocation;
import org.greenledger.chaincode.api.proceeds.ProjectAllocation;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** The allocation report of an issued bond, computed from its allocations. */
final class AllocationReports {
    /** Shares of net proceeds are fractions to 4 places (a hundredth of a percent). */
    private static final int SHARE_SCALE = 4;

    private final Ledger ledger;

    AllocationReports(Ledger ledger) {
        this.ledger = ledger;
    }

    AllocationReport of(Bond bond) {
        AllocationBook book = new AllocationBook(ledger);
        ProjectRegister projects = new ProjectRegister(ledger);
        long net = bond.issue().netProceedsMinor();
        Map<String, Long> byProject = book.outstandingByProject(bond.bondId());
        Map<IcmaCategory, Long> byCategory = new EnumMap<>(IcmaCategory.class);
        List<ProjectAllocation> projectLines = byProject.entrySet().stream().map(e -> {
            var project = projects.get(e.getKey()).terms();
            return new ProjectAllocation(e.getKey(), project.name(), project.category(), e.getValue(),
                    share(e.getValue(), net));
        }).toList();
        projectLines.forEach(p -> byCategory.merge(p.category(), p.allocatedMinor(), Math::addExact));
        List<CategoryAllocation> categoryLines = byCategory.entrySet().stream()
                .map(e -> new CategoryAllocation(e.getKey(), e.getValue(), share(e.getValue(), net))).toList();
        long allocated = byProject.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
        List<AllocationFlag> breaches = book.breaches(bond.bondId(), null, null);
        return new AllocationReport(bond.bondId(), bond.terms().currency(), net, allocated, net - allocated,
                projectLines, categoryLines, !breaches.isEmpty(), breaches);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(SHARE_SCALE)
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }
}
