package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;

/**
 * One issuer's face value outstanding in an asset class and currency ({@link Outstanding}).
 *
 * @param issuerMspId      the issuer
 * @param outstandingMinor its face value outstanding, in the currency's minor units
 */
public record IssuerOutstanding(String issuerMspId, long outstandingMinor) {
    public IssuerOutstanding {
        Check.matches("issuerMspId", issuerMspId, Check.MSP_ID);
    }
}
