package org.greenledger.chaincode.api.money;

import java.util.Map;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * An ISO 4217 currency and its minor units (VND has 0, USD 2, BHD 3). Amounts on the ledger are
 * {@code long} counts of minor units; this says how many minor units make one major unit.
 *
 * @param code       the ISO 4217 alphabetic code
 * @param minorUnits digits after the decimal point
 */
public record Currency(String code, int minorUnits) {
    /** The currencies the ledger accepts, with their ISO 4217 minor units. */
    private static final Map<String, Integer> MINOR_UNITS = Map.ofEntries(
            Map.entry("AED", 2), Map.entry("AUD", 2), Map.entry("BHD", 3), Map.entry("CAD", 2),
            Map.entry("CHF", 2), Map.entry("CNY", 2), Map.entry("EUR", 2), Map.entry("GBP", 2),
            Map.entry("HKD", 2), Map.entry("IDR", 2), Map.entry("INR", 2), Map.entry("JPY", 0),
            Map.entry("KRW", 0), Map.entry("KWD", 3), Map.entry("MYR", 2), Map.entry("PHP", 2),
            Map.entry("SAR", 2), Map.entry("SGD", 2), Map.entry("THB", 2), Map.entry("USD", 2),
            Map.entry("VND", 0));

    public Currency {
        Check.matches("currency", code, java.util.regex.Pattern.compile("[A-Z]{3}"));
        Integer expected = MINOR_UNITS.get(code);
        if (expected == null) {
            throw GreenLedgerError.invalid("currency", "'" + code + "' is not a supported ISO 4217 currency");
        }
        if (expected != minorUnits) {
            throw GreenLedgerError.invalid("currency", code + " has " + expected + " minor units, not " + minorUnits);
        }
    }

    /** The currency with its ISO 4217 minor units. */
    public static Currency of(String code) {
        Check.present("currency", code);
        Integer minor = MINOR_UNITS.get(code);
        if (minor == null) {
            throw GreenLedgerError.invalid("currency", "'" + code + "' is not a supported ISO 4217 currency");
        }
        return new Currency(code, minor);
    }
}
