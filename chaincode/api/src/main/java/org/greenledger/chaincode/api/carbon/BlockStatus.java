package org.greenledger.chaincode.api.carbon;

/** A serial block is ACTIVE (held), RETIRED (claimed, never moves again) or CANCELLED by the registry. */
public enum BlockStatus {
    ACTIVE,
    RETIRED,
    CANCELLED
}
