package org.greenledger.chaincode.api.carbon;

/** Whether the host country has applied the corresponding adjustment for the units (Article 6). */
public enum CorrespondingAdjustment {
    NOT_REQUIRED,
    PENDING,
    APPLIED
}
