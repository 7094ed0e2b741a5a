package org.greenledger.chaincode.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A bond's coupon periods, derived from its {@link ScheduleTerms}: the same terms always give the
 * same schedule. As is usual for bonds, periods accrue between unadjusted dates rolled from the
 * issue date (each the issue date plus a whole number of periods, so a 31st stays the month's
 * last day where it can), and only payment dates are moved to business days. If the maturity is
 * not on a roll date, the final period is a short stub ending at maturity.
 */
public record CouponSchedule(List<CouponPeriod> periods) {
    public CouponSchedule {
        periods = List.copyOf(periods);
    }

    public static CouponSchedule of(ScheduleTerms terms) {
        List<CouponPeriod> periods = new ArrayList<>();
        int months = terms.frequency().months();
        LocalDate start = terms.issueDate();
        for (int n = 1; start.isBefore(terms.maturityDate()); n++) {
            LocalDate roll = terms.issueDate().plusMonths((long) n * months);
            boolean stub = roll.isAfter(terms.maturityDate());
            LocalDate end = stub ? terms.maturityDate() : roll;
            // The reference period of a regular period is itself; of the final short stub, the
            // notional regular period that starts where the stub starts and runs on to the next
            // roll date (ICMA Rule 251), not the one that ends at maturity.
            LocalDate referenceEnd = stub ? roll : end;
            YearFraction fraction = terms.dayCount().yearFraction(start, end, start, referenceEnd, terms.frequency());
            LocalDate payment = terms.paymentAdjustment().adjust(end, terms.calendar());
            LocalDate record = BusinessDayConvention.PRECEDING.adjust(
                    payment.minusDays(terms.recordDateOffsetDays()), terms.calendar());
            periods.add(new CouponPeriod(n, start, end, payment, record, fraction, stub));
            start = end;
        }
        return new CouponSchedule(periods);
    }

    /**
     * The coupon of a holding for one period: units × denomination × rate × year fraction, in the
     * currency's minor units, rounded once (HALF_EVEN).
     *
     * @param units               units held at the record date
     * @param denominationMinor   denomination of one unit, in minor units
     * @param annualRate          the fixed coupon rate, for example 0.0525 for 5.25%
     */
    public static long couponAmount(long units, long denominationMinor, BigDecimal annualRate, YearFraction fraction) {
        if (units < 0 || denominationMinor <= 0 || annualRate.signum() < 0) {
            throw GreenLedgerError.invalid("coupon", "needs units >= 0, denomination > 0 and rate >= 0");
        }
        BigDecimal perPeriod = BigDecimal.valueOf(units).multiply(BigDecimal.valueOf(denominationMinor)).multiply(annualRate);
        try {
            return fraction.applyTo(perPeriod);
        } catch (ArithmeticException e) {
            throw GreenLedgerError.invalid("coupon", "amount exceeds the ledger's range");
        }
    }
}
