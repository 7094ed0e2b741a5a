package org.greenledger.chaincode.api.proceeds;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * The issuer releases part or all of an allocation back to the bond's unallocated proceeds, to
 * reallocate it (the cure of a covenant breach) or because the project no longer needs it.
 *
 * @param bondId       the bond
 * @param allocationId the allocation
 * @param amountMinor  how much (positive, at most what is still allocated)
 */
public record ReleaseRequest(String bondId, String allocationId, long amountMinor) {
    public ReleaseRequest {
        Isin.check("bondId", bondId);
        Check.matches("allocationId", allocationId, Check.ID);
        if (amountMinor <= 0) {
            throw GreenLedgerError.invalid("amountMinor", "must be positive");
        }
    }
}
