package org.greenledger.chaincode.api.account;

/** An account's status. Only ACTIVE accounts send or receive assets. */
public enum AccountStatus {
    ACTIVE,
    FROZEN,
    CLOSED
}
