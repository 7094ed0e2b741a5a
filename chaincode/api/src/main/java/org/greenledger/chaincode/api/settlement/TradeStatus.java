package org.greenledger.chaincode.api.settlement;

/** Where a trade stands. */
public enum TradeStatus {
    /** Instructed by the seller's custodian, waiting for the buyer's. */
    PROPOSED,
    /** Both legs settled in one transaction. */
    SETTLED,
    /** Withdrawn by either custodian before settlement. */
    CANCELLED
}
