package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * The outcome of the issue: what was sold and what the issuer received.
 *
 * @param unitsIssued        units delivered to investors
 * @param grossProceedsMinor cash paid by investors, in minor units
 * @param issuanceCostsMinor costs the issuer deducted
 * @param netProceedsMinor   gross less costs: what use-of-proceeds allocations must add up to
 * @param subscriptions      subscriptions settled
 * @param issuedAt           transaction time of the issue
 */
public record BondIssue(long unitsIssued, long grossProceedsMinor, long issuanceCostsMinor, long netProceedsMinor,
        int subscriptions, Instant issuedAt) {
}
