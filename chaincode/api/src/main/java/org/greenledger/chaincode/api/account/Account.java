package org.greenledger.chaincode.api.account;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * An investor account held at a custodian bank.
 *
 * @param accountId      unique account id
 * @param custodianMspId MSP ID of the custodian bank that opened it and answers for its KYC
 * @param investorType   the owner's investor classification
 * @param jurisdiction   ISO 3166-1 alpha-2 country of the owner
 * @param kyc            the current KYC attestation
 * @param status         ACTIVE, FROZEN or CLOSED
 * @param openedAt       transaction time of the opening
 * @param updatedAt      transaction time of the last change
 */
public record Account(String accountId, String custodianMspId, InvestorType investorType, String jurisdiction,
        KycAttestation kyc, AccountStatus status, Instant openedAt, Instant updatedAt) {
    public Account {
        Check.matches("accountId", accountId, Check.ID);
        Check.matches("custodianMspId", custodianMspId, Check.MSP_ID);
        Check.present("investorType", investorType);
        Check.matches("jurisdiction", jurisdiction, Check.COUNTRY);
        Check.present("kyc", kyc);
        Check.present("status", status);
        Check.present("openedAt", openedAt);
        Check.present("updatedAt", updatedAt);
    }

    public Account withKyc(KycAttestation newKyc, Instant at) {
        return new Account(accountId, custodianMspId, investorType, jurisdiction, newKyc, status, openedAt, at);
    }

    public Account withStatus(AccountStatus newStatus, Instant at) {
        return new Account(accountId, custodianMspId, investorType, jurisdiction, kyc, newStatus, openedAt, at);
    }
}
