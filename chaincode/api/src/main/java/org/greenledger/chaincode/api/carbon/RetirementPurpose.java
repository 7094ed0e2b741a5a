package org.greenledger.chaincode.api.carbon;

/** Why credits are retired: the claim the retirement makes. */
public enum RetirementPurpose {
    VOLUNTARY,
    NDC,
    CORSIA,
    /** The tonnes are claimed as a green bond's impact; the bond must finance the project. */
    BOND_IMPACT_CLAIM
}
