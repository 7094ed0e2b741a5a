package org.greenledger.chaincode.api.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expected fractions computed by hand from ISDA 2006 section 4.16 and ICMA Rule 251. */
class DayCountTest {
    private static YearFraction fraction(DayCount dayCount, String start, String end) {
        LocalDate s = LocalDate.parse(start);
        LocalDate e = LocalDate.parse(end);
        return dayCount.yearFraction(s, e, s, e, Frequency.SEMI_ANNUAL);
    }

    @Test
    void act_365_fixed_counts_actual_days_over_365_even_in_leap_years() {
        assertEquals(YearFraction.of(181, 365), fraction(DayCount.ACT_365F, "2026-01-15", "2026-07-15"));
        assertEquals(YearFraction.of(366, 365), fraction(DayCount.ACT_365F, "2027-07-15", "2028-07-15"));
    }

    @Test
    void act_360_counts_actual_days_over_360() {
        assertEquals(YearFraction.of(181, 360), fraction(DayCount.ACT_360, "2026-01-15", "2026-07-15"));
    }

    @Test
    void thirty_360_bond_basis_moves_31sts_as_isda_says() {
        // D1 31 -> 30; D2 31 -> 30 because D1 is 30: 6 months exactly
        assertEquals(YearFraction.of(1, 2), fraction(DayCount.THIRTY_360_ISDA, "2026-01-31", "2026-07-31"));
        // D1 28 stays; D2 31 stays because D1 is not 30 or 31: 30*6 + 3 = 183
        assertEquals(YearFraction.of(183, 360), fraction(DayCount.THIRTY_360_ISDA, "2026-02-28", "2026-08-31"));
        // D1 30; D2 31 -> 30: 60 days
        assertEquals(YearFraction.of(60, 360), fraction(DayCount.THIRTY_360_ISDA, "2026-01-30", "2026-03-31"));
        // across a year end: 360*1 + 30*(1-12) + 0 = 30
        assertEquals(YearFraction.of(30, 360), fraction(DayCount.THIRTY_360_ISDA, "2026-12-15", "2027-01-15"));
    }

    @Test
    void act_act_icma_is_exactly_one_over_f_for_a_regular_period() {
        assertEquals(YearFraction.of(1, 2), fraction(DayCount.ACT_ACT_ICMA, "2026-01-15", "2026-07-15"));
        assertEquals(YearFraction.of(1, 2), fraction(DayCount.ACT_ACT_ICMA, "2026-07-15", "2027-01-15"));
    }

    @Test
    void act_act_icma_measures_a_stub_against_its_notional_period() {
        // 59 days (Jan 15 -> Mar 15 2027) over 2 x 181 days of its notional period (Jan 15 -> Jul 15 2027:
        // 16 + 28 + 31 + 30 + 31 + 30 + 15)
        YearFraction stub = DayCount.ACT_ACT_ICMA.yearFraction(LocalDate.parse("2027-01-15"),
                LocalDate.parse("2027-03-15"), LocalDate.parse("2027-01-15"), LocalDate.parse("2027-07-15"),
                Frequency.SEMI_ANNUAL);
        assertEquals(YearFraction.of(59, 362), stub);
    }
}
