package org.greenledger.chaincode.api.proceeds;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * The issuer allocates part of a bond's net proceeds to a green project.
 *
 * @param allocationId client-chosen id; also the request id: replaying it changes nothing
 * @param bondId       the issued bond whose proceeds are allocated
 * @param projectId    the project financed
 * @param amountMinor  how much, in the bond's currency's minor units (positive)
 */
public record AllocationRequest(String allocationId, String bondId, String projectId, long amountMinor)
        implements Idempotent {
    public AllocationRequest {
        Check.matches("allocationId", allocationId, Check.ID);
        Isin.check("bondId", bondId);
        Check.matches("projectId", projectId, Check.ID);
        if (amountMinor <= 0) {
            throw GreenLedgerError.invalid("amountMinor", "must be positive");
        }
    }
}
