package org.greenledger.chaincode.api.proceeds;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.bond.Isin;

/**
 * The bond's external reviewer flags an allocation as ineligible, or clears its flag.
 *
 * @param bondId       the bond
 * @param allocationId the allocation
 * @param reasonHash   SHA-256 of the verifier's finding (the flag) or of its review (the clearance)
 */
public record FlagRequest(String bondId, String allocationId, String reasonHash) {
    public FlagRequest {
        Isin.check("bondId", bondId);
        Check.matches("allocationId", allocationId, Check.ID);
        Check.matches("reasonHash", reasonHash, Check.SHA256_HEX);
    }
}
