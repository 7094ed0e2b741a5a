package org.greenledger.chaincode.api.bond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BondTermsTest {
    static final ScheduleTerms SCHEDULE = new ScheduleTerms(LocalDate.parse("2027-01-15"), LocalDate.parse("2030-01-15"),
            Frequency.SEMI_ANNUAL, DayCount.ACT_365F, BusinessDayConvention.MODIFIED_FOLLOWING,
            HolidayCalendar.weekendsAnd("VN", List.of()), 15);
    static final GreenFramework FRAMEWORK = new GreenFramework(List.of(IcmaCategory.RENEWABLE_ENERGY),
            "c".repeat(64), "VerifierMSP");

    static BondTerms terms(CouponType type, String rate, long maxUnits, long limit) {
        return new BondTerms("VNGRNBOND018", "BankAMSP", "BANKA-TREASURY", "Bank A Green Bond 2030", Currency.of("VND"),
                100_000, maxUnits, type, new BigDecimal(rate), SCHEDULE, List.of(InvestorType.PROFESSIONAL), limit, FRAMEWORK, null);
    }

    private static void invalid(Executable executable) {
        assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(GreenLedgerError.class, executable).code());
    }

    @Test
    void isins_need_their_check_digit() {
        for (String published : List.of("US0378331005", "AU0000XVGZA3", "GB0002634946")) {
            assertEquals(published, Isin.check("bondId", published));
        }
        invalid(() -> Isin.check("bondId", "US0378331006"));
        invalid(() -> Isin.check("bondId", "us0378331005"));
        invalid(() -> Isin.check("bondId", "US037833100"));
    }

    @Test
    void rates_are_canonical_so_every_endorser_writes_the_same_bytes() {
        assertEquals(new BigDecimal("0.065"), terms(CouponType.FIXED, "0.06500", 1_000, 100).couponRate());
        assertEquals(BigDecimal.ZERO, terms(CouponType.ZERO, "0.000", 1_000, 100).couponRate());
    }

    @Test
    void refuses_inconsistent_terms() {
        invalid(() -> terms(CouponType.FIXED, "0", 1_000, 100));
        invalid(() -> terms(CouponType.FIXED, "1.5", 1_000, 100));
        invalid(() -> terms(CouponType.FIXED, "0.000000001", 1_000, 100));
        invalid(() -> terms(CouponType.ZERO, "0.05", 1_000, 100));
        invalid(() -> terms(CouponType.FIXED, "0.05", 1_000, 1_001));
        invalid(() -> terms(CouponType.FIXED, "0.05", 0, 0));
        invalid(() -> terms(CouponType.FIXED, "0.05", Long.MAX_VALUE, 1));
        invalid(() -> new GreenFramework(List.of(), "c".repeat(64), "VerifierMSP"));
    }

    @Test
    void every_lifecycle_step_is_allowed_or_refused_as_the_domain_says() {
        for (BondStatus from : BondStatus.values()) {
            Set<BondStatus> allowed = switch (from) {
                case DRAFT -> EnumSet.of(BondStatus.REVIEWED, BondStatus.CANCELLED);
                case REVIEWED -> EnumSet.of(BondStatus.APPROVED, BondStatus.CANCELLED);
                case APPROVED -> EnumSet.of(BondStatus.OPEN, BondStatus.CANCELLED);
                case OPEN -> EnumSet.of(BondStatus.SETTLING, BondStatus.CANCELLED);
                case SETTLING -> EnumSet.of(BondStatus.ISSUED);
                case ISSUED -> EnumSet.of(BondStatus.MATURED, BondStatus.REDEEMING, BondStatus.DEFAULTED);
                case MATURED -> EnumSet.of(BondStatus.REDEEMING, BondStatus.DEFAULTED);
                case REDEEMING -> EnumSet.of(BondStatus.REDEEMED, BondStatus.CALLED);
                default -> EnumSet.noneOf(BondStatus.class);
            };
            for (BondStatus to : BondStatus.values()) {
                assertEquals(allowed.contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void an_impossible_step_is_an_invalid_transition() {
        Bond draft = Bond.draft(terms(CouponType.FIXED, "0.05", 1_000, 100), java.time.Instant.EPOCH);
        GreenLedgerError e = assertThrows(GreenLedgerError.class,
                () -> draft.moveTo(BondStatus.ISSUED, java.time.Instant.EPOCH));
        assertEquals(ErrorCode.INVALID_TRANSITION, e.code());
    }
}
