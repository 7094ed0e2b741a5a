package org.greenledger.chaincode.api.document;

/** What a registered document is. */
public enum DocumentKind {
    PROSPECTUS,
    GREEN_BOND_FRAMEWORK,
    SECOND_PARTY_OPINION,
    ALLOCATION_REPORT,
    IMPACT_REPORT,
    VERIFICATION_STATEMENT,
    PROJECT_EVIDENCE,
    OTHER
}
