package org.greenledger.client;

import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountPage;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;

/**
 * Investor accounts at custodian banks. Only the custodian's operators and admins open or change
 * its accounts; the custodian, the registry and the regulator can read them.
 */
public interface Accounts {
    Account open(OpenAccountRequest request);

    Account updateKyc(UpdateKycRequest request);

    Account close(String accountId);

    Account get(String accountId);

    /**
     * One page of a custodian's accounts.
     *
     * @param pageSize 1 to 200
     * @param bookmark empty for the first page, then {@link AccountPage#bookmark()}
     */
    AccountPage list(String custodianMspId, int pageSize, String bookmark);
}
