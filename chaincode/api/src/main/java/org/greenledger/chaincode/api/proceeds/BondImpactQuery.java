package org.greenledger.chaincode.api.proceeds;

import java.time.LocalDate;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * Asks for a bond's impact over a reporting window.
 *
 * @param bondId the bond
 * @param from   first day: periods ending on or after it count
 * @param to     last day: periods ending on or before it count
 */
public record BondImpactQuery(String bondId, LocalDate from, LocalDate to) {
    public BondImpactQuery {
        Isin.check("bondId", bondId);
        Check.present("from", from);
        Check.present("to", to);
        if (to.isBefore(from)) {
            throw GreenLedgerError.invalid("to", "is before from");
        }
    }
}
