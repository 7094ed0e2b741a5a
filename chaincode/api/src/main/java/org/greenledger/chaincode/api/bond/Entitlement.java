package org.greenledger.chaincode.api.bond;

import java.time.Instant;

/**
 * What one holder is owed for one period: a coupon, or at the bond's end its principal and final
 * (or accrued) coupon. One key per holder and period, so paying one holder never conflicts with
 * paying another.
 *
 * @param bondId           the bond
 * @param period           the coupon period
 * @param accountId        the holder at the record date
 * @param units            units held at the record date
 * @param couponMinor      coupon owed, in minor units
 * @param principalMinor   principal owed (0 except at redemption or call)
 * @param status           DUE or PAID
 * @param paymentReference how it was paid: the cash token and transaction, or the paying agent's reference
 * @param paidAt           transaction time of payment (null while DUE)
 */
public record Entitlement(String bondId, int period, String accountId, long units, long couponMinor,
        long principalMinor, EntitlementStatus status, String paymentReference, Instant paidAt) {
    public long totalMinor() {
        return Math.addExact(couponMinor, principalMinor);
    }

    public Entitlement paid(String reference, Instant at) {
        return new Entitlement(bondId, period, accountId, units, couponMinor, principalMinor, EntitlementStatus.PAID,
                reference, at);
    }
}
