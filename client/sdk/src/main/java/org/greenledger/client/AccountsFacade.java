package org.greenledger.client;

import org.greenledger.chaincode.api.PageRequest;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountPage;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;

final class AccountsFacade implements Accounts {
    private final Invoker invoker;

    AccountsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Account open(OpenAccountRequest request) {
        return invoker.call(Transaction.OPEN_ACCOUNT, request);
    }

    @Override
    public Account updateKyc(UpdateKycRequest request) {
        return invoker.call(Transaction.UPDATE_KYC, request);
    }

    @Override
    public Account close(String accountId) {
        return invoker.call(Transaction.CLOSE_ACCOUNT, accountId);
    }

    @Override
    public Account get(String accountId) {
        return invoker.call(Transaction.GET_ACCOUNT, accountId);
    }

    @Override
    public AccountPage list(String custodianMspId, int pageSize, String bookmark) {
        return invoker.call(Transaction.LIST_ACCOUNTS, new PageRequest(custodianMspId, pageSize, bookmark));
    }
}
