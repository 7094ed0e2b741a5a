package org.greenledger.chaincode.api.governance;

/** Where a two-party proposal (role change, forced transfer) stands. */
public enum ProposalStatus {
    PENDING,
    APPROVED
}
