package org.greenledger.chaincode.api.bond;

/** How a bond pays interest. */
public enum CouponType {
    /** A fixed annual rate, paid on the coupon schedule. */
    FIXED,
    /** No coupons; the return is the discount to par. */
    ZERO
}
