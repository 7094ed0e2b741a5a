package org.greenledger.chaincode.api.holding;

import org.greenledger.chaincode.api.Positional;

/**
 * One account's holding of one asset, as the holding reads name it.
 *
 * @param assetId   the asset (bond ISIN, deposit token id)
 * @param accountId the holder's account
 */
public record HoldingRef(String assetId, String accountId) implements Positional {
}
