package org.greenledger.client;

import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.holding.UnitsMoved;

final class CashFacade implements Cash {
    private final Invoker invoker;

    CashFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public DepositToken createToken(CreateDepositTokenRequest request) {
        return invoker.call(Transaction.CREATE_DEPOSIT_TOKEN, request);
    }

    @Override
    public UnitsMoved mint(CashRequest request) {
        return invoker.call(Transaction.MINT_CASH, request);
    }

    @Override
    public UnitsMoved burn(CashRequest request) {
        return invoker.call(Transaction.BURN_CASH, request);
    }

    @Override
    public DepositToken token(String tokenId) {
        return invoker.call(Transaction.GET_DEPOSIT_TOKEN, tokenId);
    }

    @Override
    public DepositTokenPage findTokens(DepositTokenQuery query) {
        return invoker.call(Transaction.FIND_DEPOSIT_TOKENS, query);
    }
}
