package org.greenledger.chaincode.api.schedule;

import java.time.LocalDate;

/**
 * One resolved coupon period.
 *
 * @param number       1 for the first period
 * @param accrualStart unadjusted start (inclusive)
 * @param accrualEnd   unadjusted end (exclusive); the next period's start
 * @param paymentDate  accrualEnd adjusted to a business day
 * @param recordDate   the day holders are fixed for this payment (a business day, not after the payment date)
 * @param yearFraction accrualStart to accrualEnd under the bond's day count
 * @param stub         true for a first or final period that is not a regular one (short or long)
 */
public record CouponPeriod(int number, LocalDate accrualStart, LocalDate accrualEnd, LocalDate paymentDate,
        LocalDate recordDate, YearFraction yearFraction, boolean stub) {
}
