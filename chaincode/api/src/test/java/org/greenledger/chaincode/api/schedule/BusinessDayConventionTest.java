package org.greenledger.chaincode.api.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.junit.jupiter.api.Test;

/** Anchors: 2026-11-22 is a Sunday, 2026-10-31 a Saturday. */
class BusinessDayConventionTest {
    private static final HolidayCalendar WEEKENDS = HolidayCalendar.weekendsAnd("TEST", List.of());
    private static final HolidayCalendar WITH_HOLIDAY = HolidayCalendar.weekendsAnd("TEST",
            List.of(LocalDate.parse("2026-11-23")));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void following_moves_to_the_next_business_day_skipping_holidays() {
        assertEquals(day("2026-11-23"), BusinessDayConvention.FOLLOWING.adjust(day("2026-11-21"), WEEKENDS));
        assertEquals(day("2026-11-24"), BusinessDayConvention.FOLLOWING.adjust(day("2026-11-21"), WITH_HOLIDAY));
    }

    @Test
    void preceding_moves_to_the_previous_business_day() {
        assertEquals(day("2026-11-20"), BusinessDayConvention.PRECEDING.adjust(day("2026-11-22"), WEEKENDS));
    }

    @Test
    void modified_following_stays_in_the_month() {
        assertEquals(day("2026-10-30"), BusinessDayConvention.MODIFIED_FOLLOWING.adjust(day("2026-10-31"), WEEKENDS));
        assertEquals(day("2026-11-24"), BusinessDayConvention.MODIFIED_FOLLOWING.adjust(day("2026-11-22"), WITH_HOLIDAY));
    }

    @Test
    void none_and_business_days_are_left_alone() {
        assertEquals(day("2026-11-22"), BusinessDayConvention.NONE.adjust(day("2026-11-22"), WEEKENDS));
        for (BusinessDayConvention convention : BusinessDayConvention.values()) {
            assertEquals(day("2026-11-20"), convention.adjust(day("2026-11-20"), WEEKENDS), convention.name());
        }
    }

    @Test
    void a_calendar_must_leave_business_days() {
        GreenLedgerError e = assertThrows(GreenLedgerError.class, () -> new HolidayCalendar("CLOSED",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY), List.of()));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
    }

    @Test
    void a_calendar_is_canonical_whatever_the_input_order() {
        HolidayCalendar a = new HolidayCalendar("X", List.of(DayOfWeek.SUNDAY, DayOfWeek.SATURDAY),
                List.of(day("2026-12-25"), day("2026-01-01"), day("2026-12-25")));
        HolidayCalendar b = new HolidayCalendar("X", List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(day("2026-01-01"), day("2026-12-25")));
        assertEquals(b, a);
    }
}
