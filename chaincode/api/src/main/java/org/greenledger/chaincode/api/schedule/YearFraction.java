package org.greenledger.chaincode.api.schedule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A day-count year fraction held exactly, as a reduced fraction (181/365, 59/362), so that an
 * amount computed from it is rounded once, at the end, and never carries a binary rounding error.
 *
 * @param numerator   non-negative
 * @param denominator positive
 */
public record YearFraction(long numerator, long denominator) {
    public YearFraction {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("year fraction " + numerator + "/" + denominator);
        }
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValueExact();
        if (gcd > 1) {
            numerator /= gcd;
            denominator /= gcd;
        }
    }

    public static YearFraction of(long numerator, long denominator) {
        return new YearFraction(numerator, denominator);
    }

    /** The exact sum of two fractions (a long stub is a regular period plus a part of the one before or after). */
    public YearFraction plus(YearFraction other) {
        return of(Math.addExact(Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)), Math.multiplyExact(denominator, other.denominator));
    }

    /** {@code value × this}, rounded once to a whole number with HALF_EVEN. */
    public long applyTo(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
