package org.greenledger.chaincode.api.bond;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The holders fixed at a record date for one period: the basis of the payment and of the holder
 * register at that date. Fixed a chunk of holders per transaction: the counts and totals are
 * those of the holders fixed so far, final once {@link #fixing} is DONE.
 *
 * @param bondId           the bond
 * @param period           the period (the final one at redemption, the current one at a call)
 * @param recordDate       the scheduled record date (the redemption or call date at the end)
 * @param paymentDate      the adjusted payment date
 * @param holders          holders with units at the record date
 * @param units            units outstanding at the record date
 * @param couponMinor      coupons owed in total
 * @param principalMinor   principal owed in total (0 for a coupon)
 * @param fixedAt          transaction time of the last chunk of the fixing
 * @param couponRate       the annual rate the coupons were computed at (the terms' rate, plus a step-up)
 * @param stepUp           why the rate was stepped up, or null when it was not
 * @param fixing           how far the fixing has come; the next chunk starts after its cursor
 */
public record CouponRecord(String bondId, int period, LocalDate recordDate, LocalDate paymentDate, int holders,
        long units, long couponMinor, long principalMinor, Instant fixedAt, BigDecimal couponRate,
        String stepUp, RunProgress fixing) {
    public boolean fixed() {
        return fixing != null && fixing.done();
    }
}
