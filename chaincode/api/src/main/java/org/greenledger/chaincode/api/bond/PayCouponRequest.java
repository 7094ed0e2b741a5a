package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;

/**
 * Pays every holder still DUE for a fixed period, in deposit tokens from the issuer's account.
 *
 * @param requestId   client-chosen id of this payment run: sending it again returns the first run's payout
 * @param bondId      the bond (ISIN)
 * @param period      the coupon period
 * @param cashTokenId the deposit token the issuer pays with, in the bond's currency
 */
public record PayCouponRequest(String requestId, String bondId, int period, String cashTokenId) {
    public PayCouponRequest {
        Check.matches("requestId", requestId, Check.ID);
        new CouponPeriodRef(bondId, period);
        Check.matches("cashTokenId", cashTokenId, Check.ID);
    }
}
