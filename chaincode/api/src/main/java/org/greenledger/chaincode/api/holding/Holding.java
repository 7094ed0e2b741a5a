package org.greenledger.chaincode.api.holding;

/**
 * What one account holds of one asset.
 *
 * @param assetId     the asset
 * @param accountId   the account
 * @param units       all units held
 * @param frozenUnits of those, units the regulator froze
 * @param lots        how many lots the units are kept in (a holder can spend lots concurrently)
 */
public record Holding(String assetId, String accountId, long units, long frozenUnits, int lots) {
}
