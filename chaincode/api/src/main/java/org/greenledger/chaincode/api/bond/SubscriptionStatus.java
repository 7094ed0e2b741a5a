package org.greenledger.chaincode.api.bond;

/** Where a subscription stands. */
public enum SubscriptionStatus {
    /** Cash in escrow, waiting for the issue. */
    PENDING,
    /** Settled at issue: allotted units delivered against cash, the rest refunded. */
    SETTLED,
    /** Withdrawn by the investor, or the bond was cancelled; the escrow was refunded. */
    REFUNDED
}
