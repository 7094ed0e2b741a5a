package org.greenledger.chaincode.api.schedule;

import java.time.LocalDate;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * The terms a coupon schedule is derived from.
 *
 * @param issueDate             first accrual date; regular periods roll from it
 * @param maturityDate          last accrual date; a final period shorter than regular is a stub
 * @param frequency             coupon frequency
 * @param dayCount              accrual convention
 * @param paymentAdjustment     how payment dates move off non-business days (accrual dates never move)
 * @param calendar              the market's business days
 * @param recordDateOffsetDays  calendar days before the payment date at which holders are fixed
 *                              (then moved to the preceding business day); 0 to 60
 */
public record ScheduleTerms(LocalDate issueDate, LocalDate maturityDate, Frequency frequency, DayCount dayCount,
        BusinessDayConvention paymentAdjustment, HolidayCalendar calendar, int recordDateOffsetDays) {
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
    }
}
