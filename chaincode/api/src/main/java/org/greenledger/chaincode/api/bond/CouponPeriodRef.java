package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * One coupon period of one bond.
 *
 * @param bondId the bond (ISIN)
 * @param period the period's number in the coupon schedule, from 1
 */
public record CouponPeriodRef(String bondId, int period) {
    public CouponPeriodRef {
        Isin.check("bondId", bondId);
        if (period < 1) {
            throw GreenLedgerError.invalid("period", "must be 1 or more");
        }
    }
}
