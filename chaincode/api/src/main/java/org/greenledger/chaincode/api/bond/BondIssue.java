package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * The outcome of the issue: what was sold and what the issuer received. While the bond is
 * SETTLING the amounts are those of the subscriptions settled so far.
 *
 * @param unitsIssued        units delivered to investors
 * @param grossProceedsMinor cash paid by investors, in minor units
 * @param issuanceCostsMinor costs the issuer deducts, as the latest chunk stated them (the last chunk's are final)
 * @param netProceedsMinor   gross less costs: what use-of-proceeds allocations must add up to
 *                           (0 until the last chunk)
 * @param subscriptions      subscriptions settled (allotted units or refunded in full)
 * @param issuedAt           transaction time of the last chunk, when the bond was ISSUED (null before)
 * @param settlement         how far the settlement of the book has come; its cursor is a subscription id
 */
public record BondIssue(long unitsIssued, long grossProceedsMinor, long issuanceCostsMinor, long netProceedsMinor,
        int subscriptions, Instant issuedAt, RunProgress settlement) {
}
