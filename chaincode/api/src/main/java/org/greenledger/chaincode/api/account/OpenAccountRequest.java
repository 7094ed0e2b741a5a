package org.greenledger.chaincode.api.account;

import org.greenledger.chaincode.api.Check;

/**
 * Opens an investor account at a custodian bank; only that bank's users may open it.
 *
 * @param accountId      unique account id (see {@link Check#ID})
 * @param custodianMspId MSP ID of the custodian bank; must be the caller's org
 * @param investorType the owner's investor classification
 * @param jurisdiction ISO 3166-1 alpha-2 country of the owner
 * @param kyc          the KYC attestation; must be valid at the transaction time
 */
public record OpenAccountRequest(String accountId, String custodianMspId, InvestorType investorType, String jurisdiction,
        KycAttestation kyc) {
    public OpenAccountRequest {
        Check.matches("accountId", accountId, Check.ID);
        Check.matches("custodianMspId", custodianMspId, Check.MSP_ID);
        Check.present("investorType", investorType);
        Check.matches("jurisdiction", jurisdiction, Check.COUNTRY);
        Check.present("kyc", kyc);
    }
}
