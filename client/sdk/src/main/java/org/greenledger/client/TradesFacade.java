package org.greenledger.client;

import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;

final class TradesFacade implements Trades {
    private final Invoker invoker;

    TradesFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Trade propose(TradeRequest request) {
        return invoker.call(Transaction.PROPOSE_TRADE, request);
    }

    @Override
    public Trade settle(String tradeId) {
        return invoker.call(Transaction.SETTLE_TRADE, tradeId);
    }

    @Override
    public Trade cancel(String tradeId) {
        return invoker.call(Transaction.CANCEL_TRADE, tradeId);
    }

    @Override
    public Trade get(String tradeId) {
        return invoker.call(Transaction.GET_TRADE, tradeId);
    }
}
