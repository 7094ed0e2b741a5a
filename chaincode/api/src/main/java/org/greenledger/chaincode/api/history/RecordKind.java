package org.greenledger.chaincode.api.history;

/** The records whose full history the regulator can read. */
public enum RecordKind {
    ACCOUNT,
    BOND,
    DEPOSIT_TOKEN,
    GREEN_PROJECT,
    CARBON_PROJECT
}
