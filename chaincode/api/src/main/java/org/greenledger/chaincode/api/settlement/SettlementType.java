package org.greenledger.chaincode.api.settlement;

/** How a trade's payment is made. */
public enum SettlementType {
    /** Delivery versus payment: units and on-ledger deposit tokens move in the same transaction. */
    DVP,
    /** Free of payment: units move; the payment is made off the ledger under a recorded reference. */
    FOP
}
