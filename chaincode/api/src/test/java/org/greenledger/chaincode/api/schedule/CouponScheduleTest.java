package org.greenledger.chaincode.api.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static ScheduleTerms terms(String issue, String maturity, Frequency frequency, DayCount dayCount,
            String firstRegular, String lastRegular, Boolean endOfMonth) {
        return new ScheduleTerms(day(issue), day(maturity), frequency, dayCount, BusinessDayConvention.NONE,
                HolidayCalendar.weekendsAnd("TEST", List.of()), 0, firstRegular == null ? null : day(firstRegular),
                lastRegular == null ? null : day(lastRegular), endOfMonth).withDefaults();
    }

    private static List<String> ends(ScheduleTerms terms) {
        return CouponSchedule.of(terms).periods().stream().map(p -> p.accrualEnd().toString()).toList();
    }

    private static List<YearFraction> fractions(ScheduleTerms terms) {
        return CouponSchedule.of(terms).periods().stream().map(CouponPeriod::yearFraction).toList();
    }

    /**
     * An issue on a month's last day rolls on month ends (the default for a month-end issue).
     * 28 Feb 2027 (a common year's last February day), quarterly, ACT/365F: to 31 May is
     * 1 + 30 + 30 + 31 = 92 days (Mar 1, Mar 31, Apr 30, May 31); to 31 Aug 30 + 31 + 31 = 92; to
     * 30 Nov 30 + 31 + 30 = 91; to 29 Feb 2028 31 + 31 + 29 = 91. Without the rule the day number
     * 28 is kept, and the maturity on the 29th leaves a one-day final stub.
     */
    @Test
    void a_month_end_issue_rolls_on_month_ends_through_common_and_leap_februaries() {
        ScheduleTerms eom = terms("2027-02-28", "2028-02-29", Frequency.QUARTERLY, DayCount.ACT_365F, null, null, null);
        assertEquals(Boolean.TRUE, eom.endOfMonth(), "a month-end issue defaults to the end-of-month rule");
        assertEquals(List.of("2027-05-31", "2027-08-31", "2027-11-30", "2028-02-29"), ends(eom));
        assertEquals(List.of(YearFraction.of(92, 365), YearFraction.of(92, 365), YearFraction.of(91, 365),
                YearFraction.of(91, 365)), fractions(eom));
        assertTrue(CouponSchedule.of(eom).endOfMonth());

        ScheduleTerms dayNumber = terms("2027-02-28", "2028-02-29", Frequency.QUARTERLY, DayCount.ACT_365F, null, null,
                false);
        assertEquals(List.of("2027-05-28", "2027-08-28", "2027-11-28", "2028-02-28", "2028-02-29"), ends(dayNumber));
        assertTrue(CouponSchedule.of(dayNumber).periods().get(4).stub());
        assertEquals(YearFraction.of(1, 365), fractions(dayNumber).get(4));

        // 29 Feb 2028 (a leap year's): semi-annual month ends 31 Aug 2028, 28 Feb 2029, 31 Aug 2029, 28 Feb 2030;
        // without the rule the 29th where a month has it, the 28th in February 2029 and 2030.
        assertEquals(List.of("2028-08-31", "2029-02-28", "2029-08-31", "2030-02-28"),
                ends(terms("2028-02-29", "2030-02-28", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null, null, null)));
        assertEquals(List.of("2028-08-29", "2029-02-28", "2029-08-29", "2030-02-28"),
                ends(terms("2028-02-29", "2030-02-28", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null, null, false)));
        // 28 Feb 2028 is not February's last day in a leap year: no month-end rule, and it cannot be asked for.
        ScheduleTerms notMonthEnd = terms("2028-02-28", "2029-02-28", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null,
                null, null);
        assertEquals(Boolean.FALSE, notMonthEnd.endOfMonth());
        assertEquals(List.of("2028-08-28", "2029-02-28"), ends(notMonthEnd));
        // 30 April rolls to 31 October, not the 30th.
        assertEquals(List.of("2026-10-31", "2027-04-30"),
                ends(terms("2026-04-30", "2027-04-30", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null, null, null)));
    }

    /**
     * A short first stub under ACT/ACT ICMA, against the notional period that ends at the first
     * regular date: issued 1 Mar 2026, first regular date 15 Jun 2026, semi-annual. The stub has
     * 31 + 30 + 31 + 14 = 106 days (to Apr 1, May 1, Jun 1, Jun 15); its notional period 15 Dec
     * 2025 - 15 Jun 2026 has 31 + 31 + 28 + 31 + 30 + 31 = 182 days: 106 / (2 x 182) = 53/182.
     */
    @Test
    void a_short_first_stub_is_measured_against_the_notional_period_that_ends_with_it() {
        ScheduleTerms terms = terms("2026-03-01", "2027-06-15", Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA,
                "2026-06-15", null, null);
        assertEquals(List.of(
                period(1, "2026-03-01", "2026-06-15", "2026-06-15", "2026-06-15", 53, 182, true),
                period(2, "2026-06-15", "2026-12-15", "2026-12-15", "2026-12-15", 1, 2, false),
                // 15 Jun 2027 is a Tuesday
                period(3, "2026-12-15", "2027-06-15", "2027-06-15", "2027-06-15", 1, 2, false)),
                CouponSchedule.of(terms).periods());
    }

    /**
     * A long first stub is a regular notional period plus the part before it: issued 10 Jan 2026,
     * first regular date 15 Sep 2026, semi-annual. 15 Mar - 15 Sep 2026 is a whole notional period:
     * 1/2. 10 Jan - 15 Mar 2026 has 31 + 28 + 5 = 64 days (to Feb 10, Mar 10, Mar 15) of the notional
     * period 15 Sep 2025 - 15 Mar 2026, which has 30 + 31 + 30 + 31 + 31 + 28 = 181 days: 64/362.
     * Together 64/362 + 181/362 = 245/362. Under ACT/365F the stub is simply its 248 days.
     */
    @Test
    void a_long_first_stub_adds_its_part_in_the_notional_period_before() {
        assertEquals(List.of(YearFraction.of(245, 362), YearFraction.of(1, 2), YearFraction.of(1, 2)),
                fractions(terms("2026-01-10", "2027-09-15", Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA, "2026-09-15",
                        null, null)));
        assertEquals(YearFraction.of(248, 365), fractions(terms("2026-01-10", "2027-09-15", Frequency.SEMI_ANNUAL,
                DayCount.ACT_365F, "2026-09-15", null, null)).get(0));
    }

    /**
     * A long final stub from an explicit last regular date: issued 15 Jan 2026, last regular date 15
     * Jan 2027, maturity 20 Sep 2027, semi-annual. 15 Jan - 15 Jul 2027 is a whole notional period:
     * 1/2 = 184/368. 15 Jul - 20 Sep 2027 has 31 + 31 + 5 = 67 days of the notional period 15 Jul
     * 2027 - 15 Jan 2028, which has 31 + 31 + 30 + 31 + 30 + 31 = 184 days: 67/368. Together 251/368.
     */
    @Test
    void a_long_final_stub_adds_its_part_in_the_notional_period_after() {
        ScheduleTerms terms = terms("2026-01-15", "2027-09-20", Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA, null,
                "2027-01-15", null);
        assertEquals(List.of("2026-07-15", "2027-01-15", "2027-09-20"), ends(terms));
        assertEquals(List.of(YearFraction.of(1, 2), YearFraction.of(1, 2), YearFraction.of(251, 368)), fractions(terms));
        assertTrue(CouponSchedule.of(terms).periods().get(2).stub());
        // Naming the last regular date of an implied short stub changes nothing.
        assertEquals(CouponSchedule.of(terms("2026-03-15", "2027-05-15", Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA,
                null, null, null)), CouponSchedule.of(terms("2026-03-15", "2027-05-15", Frequency.SEMI_ANNUAL,
                DayCount.ACT_ACT_ICMA, null, "2027-03-15", null)));
    }

    /**
     * A call inside a first short stub accrues against the stub's notional period: issued 1 May
     * 2027, first regular date 15 Jul 2027, semi-annual, called 14 Jul 2027. 1 May - 14 Jul is 31 +
     * 30 + 13 = 74 days (to Jun 1, Jul 1, Jul 14); the notional period 15 Jan - 15 Jul 2027 has 31 +
     * 28 + 31 + 30 + 31 + 30 = 181 days: 74 / (2 x 181) = 37/181 (not 74/150, the stub's own length).
     * In a regular period it is days over the period: 15 Jan - 16 Mar 2026 is 60 of 181 days, 30/181.
     */
    @Test
    void a_call_accrues_as_the_period_is_measured() {
        ScheduleTerms stub = terms("2027-05-01", "2028-07-15", Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA,
                "2027-07-15", null, null);
        CouponPeriod first = CouponSchedule.of(stub).periods().get(0);
        assertEquals(YearFraction.of(37, 181), CouponSchedule.accrued(stub, first, day("2027-07-14")));
        assertEquals(first.yearFraction(), CouponSchedule.accrued(stub, first, day("2027-07-15")));
        ScheduleTerms regular = terms("2026-01-15", "2027-01-15", Frequency.SEMI_ANNUAL, DayCount.ACT_ACT_ICMA, null,
                null, null);
        assertEquals(YearFraction.of(30, 181), CouponSchedule.accrued(regular,
                CouponSchedule.of(regular).periods().get(0), day("2026-03-16")));
    }

    @Test
    void stub_dates_and_the_month_end_rule_are_validated() {
        for (Runnable bad : List.<Runnable>of(
                // a first regular date two periods or more from the issue date
                () -> terms("2026-01-10", "2028-01-10", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, "2027-01-10", null, null),
                () -> terms("2026-01-10", "2028-01-10", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, "2026-01-10", null, null),
                () -> terms("2026-01-10", "2028-01-10", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, "2028-01-10", null, null),
                // a last regular date off the roll, before the first regular date, or two periods from maturity
                () -> terms("2026-01-15", "2027-09-20", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null, "2027-01-16", null),
                () -> terms("2026-01-15", "2027-09-20", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, "2026-07-15",
                        "2026-07-15", null),
                () -> terms("2026-01-15", "2027-09-20", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null, "2026-07-15", null),
                // the month-end rule asked for where the rolls do not start on a month end
                () -> terms("2028-02-28", "2029-02-28", Frequency.SEMI_ANNUAL, DayCount.ACT_365F, null, null, true))) {
            assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class, bad::run).code());
        }
    }

    /** Terms stored before the end-of-month rule keep rolling by day number; a new bond gets the default. */
    @Test
    void terms_without_the_new_fields_keep_their_dates_and_new_terms_record_the_default() {
        String old = "{\"issueDate\":\"2026-04-30\",\"maturityDate\":\"2027-04-30\",\"frequency\":\"SEMI_ANNUAL\","
                + "\"dayCount\":\"ACT_365F\",\"paymentAdjustment\":\"NONE\",\"calendar\":{\"id\":\"TEST\",\"weekendDays\":[\"SATURDAY\",\"SUNDAY\"],"
                + "\"holidays\":[]},\"recordDateOffsetDays\":0}";
        ScheduleTerms stored = Json.decode(old, ScheduleTerms.class);
        assertEquals(List.of("2026-10-30", "2027-04-30"), ends(stored));
        ScheduleTerms created = stored.withDefaults();
        assertEquals(Boolean.TRUE, created.endOfMonth());
        assertEquals(List.of("2026-10-31", "2027-04-30"), ends(created));
        assertTrue(Json.encode(created).contains("\"endOfMonth\":true"), Json.encode(created));
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
