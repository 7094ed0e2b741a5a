package org.greenledger.chaincode.api.compliance;

import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.money.Currency;

/**
 * The face value outstanding in one asset class and currency, as the chaincode keeps it for the
 * sandbox caps: issuance and mints add to it, burns and redemptions take it down, at the
 * transaction that does so. It is the total a {@link SandboxCap}'s {@code totalMaxMinor} is
 * checked against, with each issuer's share.
 *
 * @param assetClass       GREEN_BOND or DEPOSIT_TOKEN (carbon credits have no face value)
 * @param currency         the currency of the face value
 * @param outstandingMinor the class total, in the currency's minor units
 * @param issuers          each issuer that has issued in this class and currency, in MSP ID
 *                         order, also when nothing of it is outstanding now
 */
public record Outstanding(AssetClass assetClass, Currency currency, long outstandingMinor,
        List<IssuerOutstanding> issuers) {
    public Outstanding {
        Check.present("assetClass", assetClass);
        Check.present("currency", currency);
        issuers = List.copyOf(Check.present("issuers", issuers));
    }
}
