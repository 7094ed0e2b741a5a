package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.money.Currency;

/**
 * Movements of at least this face value, in this currency, are reported to the regulator.
 *
 * @param currency       the currency
 * @param thresholdMinor the threshold in the currency's minor units (positive)
 */
public record ReportingThreshold(Currency currency, long thresholdMinor) {
    public ReportingThreshold {
        Check.present("currency", currency);
        if (thresholdMinor <= 0) {
            throw GreenLedgerError.invalid("thresholdMinor", "must be positive");
        }
    }
}
