package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.history.RecordKind;

/**
 * The regulator's full history (regulator only): every movement of an asset or an account in
 * time order, page by page, and every committed change of an account, bond or deposit token.
 *
 * <pre>{@code
 * MovementPage page = regulator.history().assetMovements(isin, 100, "");
 * while (!page.bookmark().isEmpty()) {
 *     page = regulator.history().assetMovements(isin, 100, page.bookmark());
 * }
 * }</pre>
 */
public interface History {
    /** Movements of the asset, oldest first; {@code pageSize} 1 to 500; bookmark "" for the first page. */
    MovementPage assetMovements(String assetId, int pageSize, String bookmark);

    /** Movements in or out of the account, oldest first. */
    MovementPage accountMovements(String accountId, int pageSize, String bookmark);

    /** Every committed change of the record, oldest first. */
    List<RecordChange> recordHistory(RecordKind kind, String id);
}
