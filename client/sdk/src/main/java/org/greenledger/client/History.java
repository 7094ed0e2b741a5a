package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.history.RecordKind;

/**
 * The regulator's full history (any user of a REGULATOR org; other callers get
 * {@code NOT_AUTHORIZED}): every movement of an asset or an account in time order, page by page,
 * and every committed change of an account, bond, deposit token, green project or carbon
 * project, read from the peer's history database. Read-only.
 *
 * <pre>{@code
 * MovementPage page = regulator.history().assetMovements(isin, 100, "");
 * while (!page.bookmark().isEmpty()) {
 *     page = regulator.history().assetMovements(isin, 100, page.bookmark());
 * }
 * }</pre>
 */
public interface History {
    /**
     * Movements of the asset, oldest first: issues, transfers, payments, retirements.
     *
     * @param assetId  the bond, deposit token or carbon project
     * @param pageSize 1 to 500
     * @param bookmark "" for the first page, then the previous page's {@code bookmark()}
     * @return one page of movements and the bookmark of the next (empty after the last)
     * @throws RejectedException {@code INVALID_ARGUMENT} for a page size out of range
     */
    MovementPage assetMovements(String assetId, int pageSize, String bookmark);

    /**
     * Movements in or out of the account, oldest first. A bond's subscription escrow is read as
     * the account {@code escrow:<bond id>}.
     *
     * @param accountId the account, or a bond's escrow
     * @param pageSize  1 to 500
     * @param bookmark  "" for the first page, then the previous page's {@code bookmark()}
     * @return one page of movements and the bookmark of the next (empty after the last)
     * @throws RejectedException {@code INVALID_ARGUMENT} for a page size out of range
     */
    MovementPage accountMovements(String accountId, int pageSize, String bookmark);

    /**
     * Every committed change of the record, oldest first.
     *
     * @param kind ACCOUNT, BOND, DEPOSIT_TOKEN, GREEN_PROJECT or CARBON_PROJECT
     * @param id   the record's id
     * @return each change with its transaction id, time and the value written
     * @throws RejectedException {@code NOT_FOUND} if the record never existed
     */
    List<RecordChange> recordHistory(RecordKind kind, String id);
}
