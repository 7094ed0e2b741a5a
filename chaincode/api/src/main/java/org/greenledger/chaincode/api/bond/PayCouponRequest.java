package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;

/**
 * Pays every holder still DUE for a fixed period, in deposit tokens from the issuer's account.
 *
 * @param bondId      the bond (ISIN)
 * @param period      the coupon period
 * @param cashTokenId the deposit token the issuer pays with, in the bond's currency
 */
public record PayCouponRequest(String bondId, int period, String cashTokenId) {
    public PayCouponRequest {
        new CouponPeriodRef(bondId, period);
        Check.matches("cashTokenId", cashTokenId, Check.ID);
    }
}
