package org.greenledger.chaincode.api.compliance;

/** Kinds of asset, as the regulator's sandbox caps distinguish them. */
public enum AssetClass {
    GREEN_BOND,
    DEPOSIT_TOKEN,
    CARBON_CREDIT
}
