package org.greenledger.chaincode.api.schedule;

import java.time.LocalDate;

/**
 * A bond's regular coupon dates: the anchor (the first regular date, or the issue date) plus a
 * whole number of periods, each counted from the anchor and not from the previous date, so a
 * 31st stays the month's last day where the month allows. With the end-of-month rule every
 * regular date is its month's last day (an issue on 28 February 2027 rolls to 31 August, then to
 * 29 February 2028); without it, the anchor's day number is kept where the month has it.
 *
 * @param anchor     the regular date the others are counted from
 * @param frequency  the length of a period
 * @param endOfMonth whether regular dates are month ends
 */
public record Rolls(LocalDate anchor, Frequency frequency, boolean endOfMonth) {
    public static boolean isMonthEnd(LocalDate date) {
        return date.getDayOfMonth() == date.lengthOfMonth();
    }

    /** The regular date {@code n} periods from the anchor (negative: before it). */
    public LocalDate date(long n) {
        LocalDate date = anchor.plusMonths(n * frequency.months());
        return endOfMonth ? date.withDayOfMonth(date.lengthOfMonth()) : date;
    }

    /** The regular date {@code n} periods after {@code rollDate}, which must be a regular date. */
    public LocalDate after(LocalDate rollDate, long n) {
        return date(indexOf(rollDate) + n);
    }

    public boolean isRollDate(LocalDate date) {
        return date(indexOf(date)).equals(date);
    }

    /** The number of periods from the anchor to the regular date at or just before {@code date}. */
    private long indexOf(LocalDate date) {
        long months = (date.getYear() - anchor.getYear()) * 12L + date.getMonthValue() - anchor.getMonthValue();
        long n = Math.floorDiv(months, frequency.months());
        // The month count can overshoot by one period when the day number is earlier in the month.
        while (date(n).isAfter(date)) {
            n--;
        }
        while (!date(n + 1).isAfter(date)) {
            n++;
        }
        return n;
    }
}
