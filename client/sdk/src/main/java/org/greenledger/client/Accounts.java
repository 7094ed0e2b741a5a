package org.greenledger.client;

import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountPage;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;

/**
 * Investor accounts at custodian banks. A bank (an org with the CUSTODIAN role, a user with
 * {@code gl.role} {@code operator} or {@code admin}) opens and maintains its own clients'
 * accounts and answers for their KYC: the ledger keeps only the hash of the off-ledger KYC
 * record, its level and its expiry, never personal data. The custodian, the registry and the
 * regulator can read an account; other banks get {@code NOT_AUTHORIZED}.
 *
 * <p>None of these writes carries a request id: opening an account that exists is refused with
 * {@code ALREADY_EXISTS}, so a caller that lost the answer reads the account with {@link #get}.
 *
 * <pre>{@code
 * Account opened = bankA.accounts().open(new OpenAccountRequest("INV-0001", "BankAMSP",
 *         InvestorType.PROFESSIONAL, "VN", new KycAttestation(kycRecordSha256, KycLevel.STANDARD, expiresOn)));
 * bankA.accounts().updateKyc(new UpdateKycRequest("INV-0001",
 *         new KycAttestation(renewedRecordSha256, KycLevel.ENHANCED, expiresOn.plusYears(1))));
 * AccountPage page = bankA.accounts().list("BankAMSP", 100, "");
 * }</pre>
 */
public interface Accounts {
    /**
     * Opens an ACTIVE account for a client of the calling bank.
     *
     * @param request the account id, the custodian (the caller's own MSP ID), the investor type
     *                (RETAIL, PROFESSIONAL, INSTITUTIONAL), the jurisdiction and the KYC attestation
     * @return the account as recorded, ACTIVE
     * @throws RejectedException {@code NOT_AUTHORIZED} for an account held at another org or a
     *                           caller without the CUSTODIAN role; {@code KYC_EXPIRED} if the
     *                           attestation has expired at the transaction date;
     *                           {@code ALREADY_EXISTS} for an account id in use
     */
    Account open(OpenAccountRequest request);

    /**
     * Replaces an account's KYC attestation after the bank renewed its client's KYC (the
     * account's custodian); an account whose KYC expired can move again once renewed.
     *
     * @param request the account and its new attestation
     * @return the account with the new attestation
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's client;
     *                           {@code INVALID_STATE} for a CLOSED account; {@code KYC_EXPIRED} for
     *                           an attestation already expired; {@code NOT_FOUND} for an unknown account
     */
    Account updateKyc(UpdateKycRequest request);

    /**
     * Closes an account (its custodian): it can no longer send or receive any asset.
     *
     * @param accountId the account to close
     * @return the account, CLOSED
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's client;
     *                           {@code INVALID_STATE} if it is CLOSED already or FROZEN by the
     *                           regulator (unfrozen first); {@code NOT_FOUND} for an unknown account
     */
    Account close(String accountId);

    /**
     * Reads an account: custodian, investor type, jurisdiction, KYC attestation and status. Its
     * custodian, the registry and the regulator may read it.
     *
     * @param accountId the account's id
     * @return the account
     * @throws RejectedException {@code NOT_FOUND} for an unknown account; {@code NOT_AUTHORIZED}
     *                           for another bank's client
     */
    Account get(String accountId);

    /**
     * One page of a custodian's accounts, in account id order: for the custodian itself, the
     * registry and the regulator.
     *
     * @param custodianMspId the MSP ID of the bank whose accounts to list
     * @param pageSize       1 to 200
     * @param bookmark       empty for the first page, then {@link AccountPage#bookmark()}
     * @return the page's accounts and the bookmark of the next page (empty after the last)
     * @throws RejectedException {@code INVALID_ARGUMENT} for a page size out of range;
     *                           {@code NOT_AUTHORIZED} for another bank's accounts
     */
    AccountPage list(String custodianMspId, int pageSize, String bookmark);
}
