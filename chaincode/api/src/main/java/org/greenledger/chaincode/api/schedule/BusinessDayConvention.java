package org.greenledger.chaincode.api.schedule;

import java.time.LocalDate;
import org.greenledger.chaincode.api.GreenLedgerError;

/** How a date that falls on a non-business day is moved (ISDA 2006, section 4.12). */
public enum BusinessDayConvention {
    /** The first following business day. */
    FOLLOWING,
    /** The first following business day, unless that is in the next month: then the first preceding one. */
    MODIFIED_FOLLOWING,
    /** The first preceding business day. */
    PRECEDING,
    /** Not moved. */
    NONE;

    /** A calendar of holidays can in principle close a whole year; beyond that it is an error. */
    private static final int MAX_SHIFT_DAYS = 366;

    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
        return switch (this) {
            case NONE -> date;
            case FOLLOWING -> shift(date, calendar, 1);
            case PRECEDING -> shift(date, calendar, -1);
            case MODIFIED_FOLLOWING -> {
                LocalDate following = shift(date, calendar, 1);
                yield following.getMonth() == date.getMonth() ? following : shift(date, calendar, -1);
            }
        };
    }

    private static LocalDate shift(LocalDate date, HolidayCalendar calendar, int step) {
        LocalDate day = date;
        for (int i = 0; i <= MAX_SHIFT_DAYS; i++) {
            if (calendar.isBusinessDay(day)) {
                return day;
            }
            day = day.plusDays(step);
        }
        throw GreenLedgerError.invalid("calendar", calendar.id() + " has no business day within a year of " + date);
    }
}
