package org.greenledger.chaincode.api.bond;

/** Whether a holder has been paid what it is entitled to. */
public enum EntitlementStatus {
    /** Owed; a payment to this holder was not possible yet (for example the account is frozen). */
    DUE,
    /** Paid on the ledger in deposit tokens, or confirmed paid off the ledger by the paying agent. */
    PAID
}
