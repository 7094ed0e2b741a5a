package org.greenledger.chaincode.api.bond;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;

/**
 * A green bond's terms, fixed at creation. Validated as a whole here; the rules that need the
 * ledger (the issuer's account exists, the reviewer is a VERIFIER) are the contract's.
 *
 * @param bondId               the ISIN
 * @param issuerMspId          the issuing org
 * @param issuerAccountId      the issuer's account, which receives the proceeds
 * @param name                 display name
 * @param currency             the bond's currency
 * @param denominationMinor    face value of one unit, in the currency's minor units
 * @param maxUnits             units that may be issued
 * @param couponType           FIXED or ZERO
 * @param couponRate           annual rate as a fraction (0.0525 = 5.25%): (0, 1] for FIXED, 0 for ZERO;
 *                             canonical (no trailing zeros), at most 8 decimals
 * @param schedule             dates and conventions the coupon schedule derives from
 * @param eligibleInvestors    investor types that may hold the bond (canonical, not empty)
 * @param perAccountLimitUnits most units one account may hold (1 to maxUnits)
 * @param framework            the green bond framework
 * @param lockUpUntil          last day on which holders may not transfer their units (issue and
 *                             redemption are not transfers), or null for none; before maturity
 * @param sustainabilityLink   the coupon step-up and its target, for a FIXED coupon
 *                             sustainability-linked bond, or null
 */
public record BondTerms(String bondId, String issuerMspId, String issuerAccountId, String name, Currency currency,
        long denominationMinor, long maxUnits, CouponType couponType, BigDecimal couponRate, ScheduleTerms schedule,
        List<InvestorType> eligibleInvestors, long perAccountLimitUnits, GreenFramework framework,
        LocalDate lockUpUntil, SustainabilityLink sustainabilityLink) {
    public BondTerms {
        Isin.check("bondId", bondId);
        Check.matches("issuerMspId", issuerMspId, Check.MSP_ID);
        Check.matches("issuerAccountId", issuerAccountId, Check.ID);
        Check.text("name", name, 200);
        Check.present("currency", currency);
        if (denominationMinor <= 0) {
            throw GreenLedgerError.invalid("denominationMinor", "must be positive");
        }
        if (maxUnits <= 0) {
            throw GreenLedgerError.invalid("maxUnits", "must be positive");
        }
        try {
            Math.multiplyExact(denominationMinor, maxUnits);
        } catch (ArithmeticException e) {
            throw GreenLedgerError.invalid("maxUnits", "times denominationMinor exceeds the ledger's range");
        }
        Check.present("couponType", couponType);
        couponRate = canonicalRate(couponType, Check.present("couponRate", couponRate));
        Check.present("schedule", schedule);
        Check.notEmpty("eligibleInvestors", eligibleInvestors);
        eligibleInvestors = List.copyOf(EnumSet.copyOf(eligibleInvestors));
        if (perAccountLimitUnits <= 0 || perAccountLimitUnits > maxUnits) {
            throw GreenLedgerError.invalid("perAccountLimitUnits", "must be between 1 and maxUnits");
        }
        Check.present("framework", framework);
        if (lockUpUntil != null && !lockUpUntil.isBefore(schedule.maturityDate())) {
            throw GreenLedgerError.invalid("lockUpUntil", "must be before maturityDate " + schedule.maturityDate());
        }
        if (sustainabilityLink != null && couponType != CouponType.FIXED) {
            throw GreenLedgerError.invalid("sustainabilityLink", "steps up a FIXED coupon only");
        }
    }

    /** Terms of a bond that is not sustainability-linked. */
    public BondTerms(String bondId, String issuerMspId, String issuerAccountId, String name, Currency currency,
            long denominationMinor, long maxUnits, CouponType couponType, BigDecimal couponRate, ScheduleTerms schedule,
            List<InvestorType> eligibleInvestors, long perAccountLimitUnits, GreenFramework framework,
            LocalDate lockUpUntil) {
        this(bondId, issuerMspId, issuerAccountId, name, currency, denominationMinor, maxUnits, couponType, couponRate,
                schedule, eligibleInvestors, perAccountLimitUnits, framework, lockUpUntil, null);
    }

    private static BigDecimal canonicalRate(CouponType type, BigDecimal rate) {
        BigDecimal canonical = rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
        if (canonical.scale() > 8) {
            throw GreenLedgerError.invalid("couponRate", "has more than 8 decimals");
        }
        boolean valid = type == CouponType.ZERO
                ? canonical.signum() == 0
                : canonical.signum() > 0 && canonical.compareTo(BigDecimal.ONE) <= 0;
        if (!valid) {
            throw GreenLedgerError.invalid("couponRate", type == CouponType.ZERO ? "must be 0 for a ZERO coupon bond"
                    : "must be above 0 and at most 1 (100%)");
        }
        return canonical;
    }

    /** These terms with their schedule's defaults decided ({@link ScheduleTerms#withDefaults()}). */
    public BondTerms withDefaults() {
        return new BondTerms(bondId, issuerMspId, issuerAccountId, name, currency, denominationMinor, maxUnits,
                couponType, couponRate, schedule.withDefaults(), eligibleInvestors, perAccountLimitUnits, framework,
                lockUpUntil, sustainabilityLink);
    }

    /** Total face value of the issue, in minor units. */
    public long maxFaceValueMinor() {
        return denominationMinor * maxUnits;
    }
}
