package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.money.Currency;

/**
 * The regulator's sandbox limits for one asset class in one currency, in that currency's minor
 * units of face value.
 *
 * @param assetClass            the asset class limited
 * @param currency              the currency the limits are stated in
 * @param perTransactionMaxMinor most face value one movement may carry
 * @param totalMaxMinor         most face value that may be outstanding in the class
 */
public record SandboxCap(AssetClass assetClass, Currency currency, long perTransactionMaxMinor, long totalMaxMinor) {
    public SandboxCap {
        Check.present("assetClass", assetClass);
        Check.present("currency", currency);
        if (perTransactionMaxMinor <= 0 || totalMaxMinor <= 0 || perTransactionMaxMinor > totalMaxMinor) {
            throw GreenLedgerError.invalid("cap", "needs 0 < perTransactionMaxMinor <= totalMaxMinor");
        }
    }
}
