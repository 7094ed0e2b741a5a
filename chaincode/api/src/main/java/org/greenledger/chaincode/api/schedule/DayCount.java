package org.greenledger.chaincode.api.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Day-count conventions: the fraction of a year between two dates (ISDA 2006, section 4.16;
 * ICMA Rule 251 for ACT/ACT ICMA). Results are exact fractions.
 */
public enum DayCount {
    /** Actual days / 365, whatever the year (ISDA 4.16(d)). */
    ACT_365F,
    /** Actual days / 360 (ISDA 4.16(e)). */
    ACT_360,
    /**
     * 30/360 bond basis (ISDA 4.16(f)): 360×(Y2−Y1) + 30×(M2−M1) + (D2−D1) over 360, where a D1
     * of 31 becomes 30, and a D2 of 31 becomes 30 when D1 is (then) 30.
     */
    THIRTY_360_ISDA,
    /**
     * ACT/ACT ICMA (ICMA Rule 251): actual days / (F × actual days of the reference coupon period).
     * A regular period is exactly 1/F; a stub is measured against its notional regular period.
     */
    ACT_ACT_ICMA;

    /**
     * The year fraction from {@code start} to {@code end}.
     *
     * @param referenceStart start of the coupon period the dates lie in (ACT/ACT ICMA only)
     * @param referenceEnd   end of that period (ACT/ACT ICMA only)
     * @param frequency      the coupon frequency (ACT/ACT ICMA only)
     */
    public YearFraction yearFraction(LocalDate start, LocalDate end, LocalDate referenceStart, LocalDate referenceEnd,
            Frequency frequency) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        long days = ChronoUnit.DAYS.between(start, end);
        return switch (this) {
            case ACT_365F -> YearFraction.of(days, 365);
            case ACT_360 -> YearFraction.of(days, 360);
            case THIRTY_360_ISDA -> YearFraction.of(thirty360(start, end), 360);
            case ACT_ACT_ICMA -> YearFraction.of(days,
                    Math.multiplyExact(frequency.periodsPerYear(), ChronoUnit.DAYS.between(referenceStart, referenceEnd)));
        };
    }

    private static long thirty360(LocalDate start, LocalDate end) {
        int d1 = start.getDayOfMonth();
        int d2 = end.getDayOfMonth();
        if (d1 == 31) {
            d1 = 30;
        }
        if (d2 == 31 && d1 == 30) {
            d2 = 30;
        }
        return 360L * (end.getYear() - start.getYear()) + 30L * (end.getMonthValue() - start.getMonthValue()) + (d2 - d1);
    }
}
