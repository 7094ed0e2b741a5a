package org.greenledger.chaincode.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A bond's coupon periods, derived from its {@link ScheduleTerms}: the same terms always give the
 * same schedule. As is usual for bonds, periods accrue between unadjusted dates ({@link Rolls}),
 * and only payment dates are moved to business days. A first stub ends at the terms' first
 * regular date; a final stub starts at their last regular date, or, without one, where the rolls
 * pass the maturity (an implied short final stub). Under ACT/ACT ICMA a stub is measured against
 * the notional regular periods it lies in (ICMA Rule 251): a first stub against those that end at
 * the first regular date, a final stub against those that start at its first day; a long stub is
 * the sum of its parts in two notional periods.
 *
 * @param endOfMonth whether the regular dates are month ends
 * @param periods    the periods in order, numbered from 1
 */
public record CouponSchedule(boolean endOfMonth, List<CouponPeriod> periods) {
    public CouponSchedule {
        periods = List.copyOf(periods);
    }

    /** The schedule of a bond that pays no coupon. */
    public static CouponSchedule none() {
        return new CouponSchedule(false, List.of());
    }

    public static CouponSchedule of(ScheduleTerms terms) {
        Rolls rolls = terms.rolls();
        List<LocalDate> dates = boundaries(terms, rolls);
        List<CouponPeriod> periods = new ArrayList<>();
        for (int i = 1; i < dates.size(); i++) {
            LocalDate start = dates.get(i - 1);
            LocalDate end = dates.get(i);
            List<LocalDate> notional = notionalPeriods(terms, rolls, start, end, i == 1);
            boolean stub = !(notional.size() == 2 && notional.get(0).equals(start) && notional.get(1).equals(end));
            YearFraction fraction = fraction(terms, start, end, notional);
            LocalDate payment = terms.paymentAdjustment().adjust(end, terms.calendar());
            LocalDate record = BusinessDayConvention.PRECEDING.adjust(
                    payment.minusDays(terms.recordDateOffsetDays()), terms.calendar());
            periods.add(new CouponPeriod(i, start, end, payment, record, fraction, stub));
        }
        return new CouponSchedule(rolls.endOfMonth(), periods);
    }

    /**
     * The year fraction accrued in {@code period} from its start to {@code to} (an early call),
     * measured as the period itself is: a stub against its notional regular periods.
     */
    public static YearFraction accrued(ScheduleTerms terms, CouponPeriod period, LocalDate to) {
        if (to.isBefore(period.accrualStart()) || to.isAfter(period.accrualEnd())) {
            throw GreenLedgerError.invalid("date", to + " is outside period " + period.number());
        }
        List<LocalDate> notional = notionalPeriods(terms, terms.rolls(), period.accrualStart(), period.accrualEnd(),
                period.number() == 1);
        return fraction(terms, period.accrualStart(), to, notional);
    }

    /** Issue date, first regular date if any, the regular dates up to the last one, maturity. */
    private static List<LocalDate> boundaries(ScheduleTerms terms, Rolls rolls) {
        List<LocalDate> dates = new ArrayList<>(List.of(terms.issueDate()));
        if (terms.firstRegularDate() != null) {
            dates.add(terms.firstRegularDate());
        }
        for (long n = 1; ; n++) {
            LocalDate roll = rolls.date(n);
            boolean beyond = terms.lastRegularDate() != null ? roll.isAfter(terms.lastRegularDate())
                    : !roll.isBefore(terms.maturityDate());
            if (beyond) {
                break;
            }
            dates.add(roll);
        }
        dates.add(terms.maturityDate());
        return dates;
    }

    /**
     * The regular (possibly notional) periods a period is measured against, as their boundaries
     * in order: the period itself when it is regular, one or two notional periods when it is a stub.
     */
    private static List<LocalDate> notionalPeriods(ScheduleTerms terms, Rolls rolls, LocalDate start, LocalDate end,
            boolean first) {
        if (first && terms.firstRegularDate() != null) {
            // Counted back from the first regular date: short if the issue date is in the last one.
            LocalDate oneBack = rolls.date(-1);
            return start.isBefore(oneBack) ? List.of(rolls.date(-2), oneBack, end) : List.of(oneBack, end);
        }
        // Counted on from the period's start, a regular date (or the issue date, the anchor).
        LocalDate oneOn = rolls.after(start, 1);
        return end.isAfter(oneOn) ? List.of(start, oneOn, rolls.after(start, 2)) : List.of(start, oneOn);
    }

    private static YearFraction fraction(ScheduleTerms terms, LocalDate start, LocalDate end, List<LocalDate> notional) {
        DayCount dayCount = terms.dayCount();
        if (dayCount != DayCount.ACT_ACT_ICMA) {
            return dayCount.yearFraction(start, end, start, end, terms.frequency());
        }
        YearFraction sum = YearFraction.of(0, 1);
        for (int i = 1; i < notional.size(); i++) {
            LocalDate from = max(start, notional.get(i - 1));
            LocalDate to = min(end, notional.get(i));
            if (from.isBefore(to)) {
                sum = sum.plus(dayCount.yearFraction(from, to, notional.get(i - 1), notional.get(i), terms.frequency()));
            }
        }
        return sum;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The coupon of a holding for one period: units × denomination × rate × year fraction, in the
     * currency's minor units, rounded once (HALF_EVEN).
     *
     * @param units               units held at the record date
     * @param denominationMinor   denomination of one unit, in minor units
     * @param annualRate          the coupon rate, for example 0.0525 for 5.25%
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
