package org.greenledger.chaincode.api.account;

/** The investor classification of an account's owner; assets may restrict eligibility by it. */
public enum InvestorType {
    RETAIL,
    PROFESSIONAL,
    INSTITUTIONAL
}
