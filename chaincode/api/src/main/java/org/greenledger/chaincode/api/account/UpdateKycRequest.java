package org.greenledger.chaincode.api.account;

import org.greenledger.chaincode.api.Check;

/** Replaces an account's KYC attestation (a renewed or deepened due diligence). */
public record UpdateKycRequest(String accountId, KycAttestation kyc) {
    public UpdateKycRequest {
        Check.matches("accountId", accountId, Check.ID);
        Check.present("kyc", kyc);
    }
}
