package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.HoldingRef;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;

final class HoldingsFacade implements Holdings {
    private final Invoker invoker;
    private final LotPicker lots;

    HoldingsFacade(Invoker invoker) {
        this.invoker = invoker;
        this.lots = new LotPicker(this::lots);
    }

    @Override
    public UnitsMoved transfer(TransferRequest request) {
        LotPicker.Reserved sent = lots.reserve(request);
        try {
            return invoker.call(Transaction.TRANSFER, sent.request());
        } finally {
            lots.done(sent);
        }
    }

    @Override
    public List<HoldingLot> lots(String assetId, String accountId) {
        return invoker.call(Transaction.GET_LOTS, new HoldingRef(assetId, accountId));
    }

    @Override
    public TransferCheck canTransfer(TransferRequest request) {
        return invoker.call(Transaction.CAN_TRANSFER, request);
    }

    @Override
    public Holding holding(String assetId, String accountId) {
        return invoker.call(Transaction.GET_HOLDING, new HoldingRef(assetId, accountId));
    }
}
