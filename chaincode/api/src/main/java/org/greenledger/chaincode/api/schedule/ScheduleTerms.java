package org.greenledger.chaincode.api.schedule;

import java.time.LocalDate;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * The terms a coupon schedule is derived from.
 *
 * @param issueDate             first accrual date
 * @param maturityDate          last accrual date
 * @param frequency             coupon frequency
 * @param dayCount              accrual convention
 * @param paymentAdjustment     how payment dates move off non-business days (accrual dates never move)
 * @param calendar              the market's business days
 * @param recordDateOffsetDays  calendar days before the payment date at which holders are fixed
 *                              (then moved to the preceding business day); 0 to 60
 * @param firstRegularDate      the end of a first stub, as a term sheet names it, or null when the
 *                              first period is regular; after the issue date and less than two
 *                              regular periods from it (short if less than one, long otherwise).
 *                              Regular dates roll from it.
 * @param lastRegularDate       the start of a final stub, or null; a regular date (rolled from the
 *                              first regular date, or the issue date) before maturity and less than
 *                              two regular periods from it. Without it, a maturity off the roll
 *                              makes an implied short final stub.
 * @param endOfMonth            whether regular dates fall on the last day of their month; allowed
 *                              only when the rolls start on a month's last day. Null in a request
 *                              means the default, on for a month-end anchor, which a bond's
 *                              creation writes into its terms ({@link #withDefaults()}); null in
 *                              terms stored before the rule existed means off, as they were rolled
 */
public record ScheduleTerms(LocalDate issueDate, LocalDate maturityDate, Frequency frequency, DayCount dayCount,
        BusinessDayConvention paymentAdjustment, HolidayCalendar calendar, int recordDateOffsetDays,
        LocalDate firstRegularDate, LocalDate lastRegularDate, Boolean endOfMonth) {
    /** Longest bond term the ledger accepts, which also bounds every schedule's size. */
    public static final int MAX_TERM_YEARS = 50;

    public ScheduleTerms {
        Check.present("issueDate", issueDate);
        Check.present("maturityDate", maturityDate);
        Check.present("frequency", frequency);
        Check.present("dayCount", dayCount);
        Check.present("paymentAdjustment", paymentAdjustment);
        Check.present("calendar", calendar);
        if (!maturityDate.isAfter(issueDate)) {
            throw GreenLedgerError.invalid("maturityDate", "must be after issueDate " + issueDate);
        }
        if (maturityDate.isAfter(issueDate.plusYears(MAX_TERM_YEARS))) {
            throw GreenLedgerError.invalid("maturityDate", "must be within " + MAX_TERM_YEARS + " years of issueDate");
        }
        if (recordDateOffsetDays < 0 || recordDateOffsetDays > 60) {
            throw GreenLedgerError.invalid("recordDateOffsetDays", "must be between 0 and 60");
        }
        LocalDate anchor = anchorOf(issueDate, firstRegularDate);
        if (Boolean.TRUE.equals(endOfMonth) && !Rolls.isMonthEnd(anchor)) {
            throw GreenLedgerError.invalid("endOfMonth", "applies only when the rolls start on a month's last day, not "
                    + anchor);
        }
        Rolls rolls = new Rolls(anchor, frequency, Boolean.TRUE.equals(endOfMonth));
        if (firstRegularDate != null) {
            if (!firstRegularDate.isAfter(issueDate) || !firstRegularDate.isBefore(maturityDate)) {
                throw GreenLedgerError.invalid("firstRegularDate", "must lie after issueDate and before maturityDate");
            }
            if (!issueDate.isAfter(rolls.date(-2))) {
                throw GreenLedgerError.invalid("firstRegularDate", "makes a first stub of two regular periods or more");
            }
        }
        if (lastRegularDate != null) {
            if (!lastRegularDate.isAfter(firstRegularDate != null ? firstRegularDate : issueDate)
                    || !lastRegularDate.isBefore(maturityDate)) {
                throw GreenLedgerError.invalid("lastRegularDate", "must lie after "
                        + (firstRegularDate != null ? "firstRegularDate" : "issueDate") + " and before maturityDate");
            }
            if (!rolls.isRollDate(lastRegularDate)) {
                throw GreenLedgerError.invalid("lastRegularDate", "is not a regular date rolled from " + anchor);
            }
            if (!maturityDate.isBefore(rolls.after(lastRegularDate, 2))) {
                throw GreenLedgerError.invalid("lastRegularDate", "makes a final stub of two regular periods or more");
            }
        }
    }

    /** Terms with no explicit stub and the end-of-month rule left to its default. */
    public ScheduleTerms(LocalDate issueDate, LocalDate maturityDate, Frequency frequency, DayCount dayCount,
            BusinessDayConvention paymentAdjustment, HolidayCalendar calendar, int recordDateOffsetDays) {
        this(issueDate, maturityDate, frequency, dayCount, paymentAdjustment, calendar, recordDateOffsetDays, null, null,
                null);
    }

    /** The regular dates of these terms. */
    public Rolls rolls() {
        return new Rolls(anchorOf(issueDate, firstRegularDate), frequency, Boolean.TRUE.equals(endOfMonth));
    }

    /**
     * These terms with the end-of-month rule decided: as given, or on when the rolls start on a
     * month's last day. A bond's creation stores its terms this way, so a later change of the
     * default never moves the dates of a bond already on the ledger.
     */
    public ScheduleTerms withDefaults() {
        return endOfMonth != null ? this : new ScheduleTerms(issueDate, maturityDate, frequency, dayCount,
                paymentAdjustment, calendar, recordDateOffsetDays, firstRegularDate, lastRegularDate,
                Rolls.isMonthEnd(anchorOf(issueDate, firstRegularDate)));
    }

    /** The date regular dates are counted from: the first regular date, or the issue date. */
    private static LocalDate anchorOf(LocalDate issueDate, LocalDate firstRegularDate) {
        return firstRegularDate != null ? firstRegularDate : issueDate;
    }
}
