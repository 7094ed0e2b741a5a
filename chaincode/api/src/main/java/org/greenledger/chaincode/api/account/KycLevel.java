package org.greenledger.chaincode.api.account;

/** The depth of the customer due diligence behind a KYC attestation. */
public enum KycLevel {
    SIMPLIFIED,
    STANDARD,
    ENHANCED
}
