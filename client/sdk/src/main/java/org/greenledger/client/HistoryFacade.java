package org.greenledger.client;

import com.google.gson.reflect.TypeToken;
import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.history.RecordKind;

final class HistoryFacade implements History {
    private final Invoker invoker;

    HistoryFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public MovementPage assetMovements(String assetId, int pageSize, String bookmark) {
        return invoker.call(Transaction.ASSET_MOVEMENTS, MovementPage.class, assetId, Integer.toString(pageSize),
                bookmark);
    }

    @Override
    public MovementPage accountMovements(String accountId, int pageSize, String bookmark) {
        return invoker.call(Transaction.ACCOUNT_MOVEMENTS, MovementPage.class, accountId, Integer.toString(pageSize),
                bookmark);
    }

    @Override
    public List<RecordChange> recordHistory(RecordKind kind, String id) {
        return invoker.call(Transaction.RECORD_HISTORY, new TypeToken<List<RecordChange>>() { }.getType(), kind.name(),
                id);
    }
}
