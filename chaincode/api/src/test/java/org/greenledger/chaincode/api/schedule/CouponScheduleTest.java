package org.greenledger.chaincode.api.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Json;
import org.junit.jupiter.api.Test;

/** Expected schedules worked out by hand (2026-11-22 is a Sunday). */
class CouponScheduleTest {
    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static CouponPeriod period(int n, String start, String end, String pay, String record, long num, long den,
            boolean stub) {
        return new CouponPeriod(n, day(start), day(end), day(pay), day(record), YearFraction.of(num, den), stub);
    }

    @Test
    void a_two_year_semi_annual_bond_accrues_on_unadjusted_dates_and_pays_on_business_days() {
        ScheduleTerms terms = new ScheduleTerms(day("2026-01-15"), day("2028-01-15"), Frequency.SEMI_ANNUAL,
                DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("TEST", List.of(day("2027-12-31"))), 15);

        assertEquals(List.of(
                period(1, "2026-01-15", "2026-07-15", "2026-07-15", "2026-06-30", 181, 365, false),
                period(2, "2026-07-15", "2027-01-15", "2027-01-15", "2026-12-31", 184, 365, false),
                period(3, "2027-01-15", "2027-07-15", "2027-07-15", "2027-06-30", 181, 365, false),
                // Jan 15 2028 is a Saturday: paid Monday the 17th; 15 days before is Sunday Jan 2,
                // moved back past Saturday Jan 1 and the Dec 31 holiday to Thursday Dec 30.
                period(4, "2027-07-15", "2028-01-15", "2028-01-17", "2027-12-30", 184, 365, false)),
                CouponSchedule.of(terms).periods());
    }

    @Test
    void a_maturity_off_the_roll_ends_in_a_short_stub_measured_icma_style() {
        ScheduleTerms terms = new ScheduleTerms(day("2026-01-15"), day("2027-03-15"), Frequency.SEMI_ANNUAL,
                DayCount.ACT_ACT_ICMA, BusinessDayConvention.NONE, HolidayCalendar.weekendsAnd("TEST", List.of()), 0);

        assertEquals(List.of(
                period(1, "2026-01-15", "2026-07-15", "2026-07-15", "2026-07-15", 1, 2, false),
                period(2, "2026-07-15", "2027-01-15", "2027-01-15", "2027-01-15", 1, 2, false),
                period(3, "2027-01-15", "2027-03-15", "2027-03-15", "2027-03-15", 59, 362, true)),
                CouponSchedule.of(terms).periods());
    }

    /**
     * ICMA Rule 251: a final short stub is measured against the notional regular period that starts
     * at the last coupon date and runs forward.
     *
     * <p>Issued 15 March 2026, maturing 15 May 2027, semi-annual: the stub 15 Mar - 15 May 2027 has
     * 16 + 30 + 15 = 61 days; its notional period 15 Mar - 15 Sep 2027 has 16 + 30 + 31 + 30 + 31 +
     * 31 + 15 = 184 days, so the fraction is 61 / (2 x 184) = 61/368 (the period ending at
     * maturity, 15 Nov 2026 - 15 May 2027, would give 61/362 and overpay by 1.7%).
     *
     * <p>Issued 20 August 2025, maturing 20 October 2026: the stub 20 Aug - 20 Oct 2026 has 31 + 30 =
     * 61 days; its notional period 20 Aug 2026 - 20 Feb 2027 has 31 + 30 + 31 + 30 + 31 + 31 = 184
     * days: 61/368 (not 61/366, from 20 Apr - 20 Oct 2026's 183 days).
     */
    @Test
    void a_final_short_stub_is_measured_against_the_notional_period_that_starts_with_it() {
        ScheduleTerms may = new ScheduleTerms(day("2026-03-15"), day("2027-05-15"), Frequency.SEMI_ANNUAL,
                DayCount.ACT_ACT_ICMA, BusinessDayConvention.NONE, HolidayCalendar.weekendsAnd("TEST", List.of()), 0);
        assertEquals(List.of(
                period(1, "2026-03-15", "2026-09-15", "2026-09-15", "2026-09-15", 1, 2, false),
                period(2, "2026-09-15", "2027-03-15", "2027-03-15", "2027-03-15", 1, 2, false),
                // 15 May 2027 is a Saturday: with NONE it is paid then, and recorded the Friday before.
                period(3, "2027-03-15", "2027-05-15", "2027-05-15", "2027-05-14", 61, 368, true)),
                CouponSchedule.of(may).periods());
        ScheduleTerms october = new ScheduleTerms(day("2025-08-20"), day("2026-10-20"), Frequency.SEMI_ANNUAL,
                DayCount.ACT_ACT_ICMA, BusinessDayConvention.NONE, HolidayCalendar.weekendsAnd("TEST", List.of()), 0);
        assertEquals(YearFraction.of(61, 368), CouponSchedule.of(october).periods().get(2).yearFraction());
    }

    @Test
    void month_end_issues_roll_from_the_issue_date_not_from_the_previous_period() {
        ScheduleTerms terms = new ScheduleTerms(day("2026-01-31"), day("2026-04-30"), Frequency.MONTHLY,
                DayCount.THIRTY_360_ISDA, BusinessDayConvention.NONE, HolidayCalendar.weekendsAnd("TEST", List.of()), 0);
        List<CouponPeriod> periods = CouponSchedule.of(terms).periods();

        assertEquals(List.of(day("2026-02-28"), day("2026-03-31"), day("2026-04-30")),
                periods.stream().map(CouponPeriod::accrualEnd).toList());
        // 30/360: Jan 31 -> Feb 28 is 28 days; Feb 28 -> Mar 31 is 33; Mar 31 -> Apr 30 is 30
        assertEquals(List.of(YearFraction.of(28, 360), YearFraction.of(33, 360), YearFraction.of(30, 360)),
                periods.stream().map(CouponPeriod::yearFraction).toList());
    }

    @Test
    void every_frequency_covers_the_term_without_gaps() {
        for (Frequency frequency : Frequency.values()) {
            ScheduleTerms terms = new ScheduleTerms(day("2026-03-10"), day("2031-03-10"), frequency, DayCount.ACT_360,
                    BusinessDayConvention.FOLLOWING, HolidayCalendar.weekendsAnd("TEST", List.of()), 5);
            List<CouponPeriod> periods = CouponSchedule.of(terms).periods();
            assertEquals(5 * frequency.periodsPerYear(), periods.size(), frequency.name());
            for (int i = 1; i < periods.size(); i++) {
                assertEquals(periods.get(i - 1).accrualEnd(), periods.get(i).accrualStart());
            }
            assertEquals(day("2031-03-10"), periods.get(periods.size() - 1).accrualEnd());
        }
    }

    @Test
    void the_same_terms_give_the_same_bytes() {
        ScheduleTerms terms = new ScheduleTerms(day("2026-01-15"), day("2036-01-15"), Frequency.QUARTERLY,
                DayCount.ACT_ACT_ICMA, BusinessDayConvention.MODIFIED_FOLLOWING,
                HolidayCalendar.weekendsAnd("VN", List.of(day("2027-01-01"), day("2027-04-30"))), 10);
        assertEquals(Json.encode(CouponSchedule.of(terms)), Json.encode(CouponSchedule.of(terms)));
        assertEquals(CouponSchedule.of(terms), Json.decode(Json.encode(CouponSchedule.of(terms)), CouponSchedule.class));
    }

    @Test
    void terms_are_validated() {
        HolidayCalendar calendar = HolidayCalendar.weekendsAnd("TEST", List.of());
        for (Runnable bad : List.<Runnable>of(
                () -> new ScheduleTerms(day("2026-01-15"), day("2026-01-15"), Frequency.ANNUAL, DayCount.ACT_360,
                        BusinessDayConvention.NONE, calendar, 0),
                () -> new ScheduleTerms(day("2026-01-15"), day("2077-01-15"), Frequency.ANNUAL, DayCount.ACT_360,
                        BusinessDayConvention.NONE, calendar, 0),
                () -> new ScheduleTerms(day("2026-01-15"), day("2027-01-15"), Frequency.ANNUAL, DayCount.ACT_360,
                        BusinessDayConvention.NONE, calendar, 61),
                () -> new ScheduleTerms(day("2026-01-15"), day("2027-01-15"), null, DayCount.ACT_360,
                        BusinessDayConvention.NONE, calendar, 0))) {
            assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class, bad::run).code());
        }
    }

    @Test
    void a_coupon_is_rounded_once_to_minor_units_half_even() {
        // 1,000 units of VND 100,000 at 6.5% for 181/365: 6,500,000 x 181/365 = 3,223,287.67...
        assertEquals(3_223_288L, CouponSchedule.couponAmount(1_000, 100_000, new BigDecimal("0.065"), YearFraction.of(181, 365)));
        // 10 units of USD 1,000.00 at 5% for half a year: USD 250.00
        assertEquals(25_000L, CouponSchedule.couponAmount(10, 100_000, new BigDecimal("0.05"), YearFraction.of(1, 2)));
        // ties go to the even neighbour
        assertEquals(0L, CouponSchedule.couponAmount(1, 1, new BigDecimal("0.5"), YearFraction.of(1, 1)));
        assertEquals(2L, CouponSchedule.couponAmount(3, 1, new BigDecimal("0.5"), YearFraction.of(1, 1)));
        assertEquals(2L, CouponSchedule.couponAmount(5, 1, new BigDecimal("0.5"), YearFraction.of(1, 1)));
    }

    @Test
    void a_coupon_beyond_the_ledgers_range_is_refused() {
        GreenLedgerError e = assertThrows(GreenLedgerError.class, () -> CouponSchedule.couponAmount(Long.MAX_VALUE,
                Long.MAX_VALUE, new BigDecimal("0.05"), YearFraction.of(1, 1)));
        assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
    }
}
