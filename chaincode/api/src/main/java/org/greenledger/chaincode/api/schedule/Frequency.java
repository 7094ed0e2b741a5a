package org.greenledger.chaincode.api.schedule;

/** How often a bond pays its coupon. */
public enum Frequency {
    ANNUAL(12),
    SEMI_ANNUAL(6),
    QUARTERLY(3),
    MONTHLY(1);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** Length of a regular period, in months. */
    public int months() {
        return months;
    }

    /** Regular periods in a year (the F of ACT/ACT ICMA). */
    public int periodsPerYear() {
        return 12 / months;
    }
}
