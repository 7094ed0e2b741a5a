package org.greenledger.chaincode.api.carbon;

import java.math.BigDecimal;
import java.util.List;

/**
 * The credits attributable to a green bond: for each carbon project that is a green project the
 * bond finances, the credits delivered to its developer times the bond's share of the project's
 * financing, and the credits already retired as this bond's impact claim.
 *
 * @param bondId              the bond
 * @param projects            per carbon project, in project id order
 * @param attributableTonnes  sum of the attributable shares, 3 decimal places
 * @param claimedTonnes       tonnes retired as this bond's impact claim
 */
public record BondCredits(String bondId, List<ProjectShare> projects, BigDecimal attributableTonnes,
        long claimedTonnes) {
    /**
     * @param carbonProjectId    the carbon project
     * @param greenProjectId     the green project it is
     * @param financingShare     the bond's outstanding allocations / the project's financing, 6 places
     * @param deliveredTonnes    credits delivered to the developer (buffer excluded)
     * @param attributableTonnes deliveredTonnes x allocated / financing, 3 places HALF_EVEN
     */
    public record ProjectShare(String carbonProjectId, String greenProjectId, BigDecimal financingShare,
            long deliveredTonnes, BigDecimal attributableTonnes) {
    }
}
