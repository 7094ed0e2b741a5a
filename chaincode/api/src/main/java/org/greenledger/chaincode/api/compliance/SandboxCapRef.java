package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Positional;

/**
 * The sandbox cap of one asset class in one currency, or the outstanding total that cap is
 * checked against ({@link Outstanding}).
 *
 * @param assetClass the asset class the cap limits
 * @param currency   ISO 4217 code
 */
public record SandboxCapRef(AssetClass assetClass, String currency) implements Positional {
}
