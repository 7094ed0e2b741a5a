package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * An investor's subscription to a bond open for subscriptions, paid for with a deposit token:
 * the price (units × denomination) leaves the investor's account into escrow at once, and is
 * paid to the issuer, or refunded, when the bond is issued.
 *
 * @param subscriptionId    client-chosen id; also the request id: replaying it changes nothing
 * @param bondId            the bond (ISIN)
 * @param investorAccountId the subscribing account, held by the calling custodian
 * @param units             units applied for (positive)
 * @param cashTokenId       the deposit token that pays, in the bond's currency
 */
public record SubscribeRequest(String subscriptionId, String bondId, String investorAccountId, long units,
        String cashTokenId) implements Idempotent {
    public SubscribeRequest {
        Check.matches("subscriptionId", subscriptionId, Check.ID);
        Isin.check("bondId", bondId);
        Check.matches("investorAccountId", investorAccountId, Check.ID);
        if (units <= 0) {
            throw GreenLedgerError.invalid("units", "must be positive");
        }
        Check.matches("cashTokenId", cashTokenId, Check.ID);
    }
}
