package org.greenledger.client;

import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;

final class HoldingsFacade implements Holdings {
    private final Invoker invoker;

    HoldingsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public UnitsMoved transfer(TransferRequest request) {
        return invoker.call(Transaction.TRANSFER, UnitsMoved.class, Json.encode(request));
    }

    @Override
    public TransferCheck canTransfer(TransferRequest request) {
        return invoker.call(Transaction.CAN_TRANSFER, TransferCheck.class, Json.encode(request));
    }

    @Override
    public Holding holding(String assetId, String accountId) {
        return invoker.call(Transaction.GET_HOLDING, Holding.class, assetId, accountId);
    }
}
