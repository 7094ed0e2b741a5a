package org.greenledger.chaincode.api.governance;

/** Where a governance proposal stands. */
public enum ProposalStatus {
    PENDING,
    APPROVED
}
