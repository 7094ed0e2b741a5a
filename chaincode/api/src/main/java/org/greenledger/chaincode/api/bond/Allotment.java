package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * Units the issuer allots to one subscription at issue (0 rejects it; at most the units applied for).
 *
 * @param subscriptionId the subscription
 * @param units          allotted units, 0 or more
 */
public record Allotment(String subscriptionId, long units) {
    public Allotment {
        Check.matches("allotments.subscriptionId", subscriptionId, Check.ID);
        if (units < 0) {
            throw GreenLedgerError.invalid("allotments.units", "must not be negative");
        }
    }
}
