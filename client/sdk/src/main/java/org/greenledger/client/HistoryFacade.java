package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.PageRequest;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.history.RecordKind;
import org.greenledger.chaincode.api.history.RecordRef;

final class HistoryFacade implements History {
    private final Invoker invoker;

    HistoryFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public MovementPage assetMovements(String assetId, int pageSize, String bookmark) {
        return invoker.call(Transaction.ASSET_MOVEMENTS, new PageRequest(assetId, pageSize, bookmark));
    }

    @Override
    public MovementPage accountMovements(String accountId, int pageSize, String bookmark) {
        return invoker.call(Transaction.ACCOUNT_MOVEMENTS, new PageRequest(accountId, pageSize, bookmark));
    }

    @Override
    public List<RecordChange> recordHistory(RecordKind kind, String id) {
        return invoker.call(Transaction.RECORD_HISTORY, new RecordRef(kind, id));
    }
}
