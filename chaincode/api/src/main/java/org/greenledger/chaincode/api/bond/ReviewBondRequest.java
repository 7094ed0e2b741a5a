package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;

/** The external reviewer records its second-party opinion on a DRAFT bond. */
public record ReviewBondRequest(String bondId, String opinionDocumentHash) {
    public ReviewBondRequest {
        Isin.check("bondId", bondId);
        Check.matches("opinionDocumentHash", opinionDocumentHash, Check.SHA256_HEX);
    }
}
