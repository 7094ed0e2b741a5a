/**
 * Coupon schedules and the market conventions behind them: day counts, frequencies,
 * business-day conventions and holiday calendars. Pure and deterministic, so the chaincode and
 * the SDK compute byte-identical schedules; year fractions are exact.
 */
package org.greenledger.chaincode.api.schedule;
