package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;

/**
 * Holdings of bonds and deposit tokens, and free-of-payment transfers between accounts (carbon
 * credits move by serial block, through {@link Credits}). Every transfer passes the movement
 * rules; a refusal is a {@link RejectedException} whose {@link RejectedException#code() code()} is
 * the first rule broken, in this order: {@code ACCOUNT_FROZEN}, {@code ACCOUNT_CLOSED},
 * {@code KYC_EXPIRED}, {@code SANCTIONED}, {@code INVESTOR_NOT_ELIGIBLE},
 * {@code HOLDING_LIMIT_EXCEEDED}, {@code ASSET_PAUSED}, {@code NOT_IN_CIRCULATION},
 * {@code LOCKED_UP}, {@code SANDBOX_CAP_EXCEEDED}, {@code INSUFFICIENT_UNITS}.
 * {@link #canTransfer} asks the same question without submitting.
 *
 * <p>A holding is visible to the account's custodian, the registry and the regulator; other
 * members get {@code NOT_AUTHORIZED}.
 *
 * <pre>{@code
 * TransferRequest pay = new TransferRequest("PAY-2027-0042", "CASH-A-VND", "INV-0001", "INV-0002", 1_000_000, "invoice 42", null);
 * TransferCheck check = bankA.holdings().canTransfer(pay);
 * if (check.allowed()) {
 *     bankA.holdings().transfer(pay);
 * }
 * long left = bankA.holdings().holding("CASH-A-VND", "INV-0001").units();
 * }</pre>
 */
public interface Holdings {
    /**
     * Moves units; instructed by the sender's custodian bank (CUSTODIAN role, {@code gl.role}
     * {@code operator} or {@code admin}). Unless the request names the sender's lots to spend,
     * this connection names them: transfers from one account that are in flight at the same time
     * spend different lots, so they do not conflict on the ledger (a transfer waits for a lot if
     * all are taken by others in flight). The request id makes a retry safe whichever lots it
     * names: the same request sent again returns the first movement and moves nothing. A movement
     * at or above the regulator's reporting threshold is flagged in its event.
     *
     * @param request the request id, the asset, the sender and receiver accounts, the units (minor
     *                units for a deposit token), an optional payment reference and optional lots
     * @return the movement recorded
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's client;
     *                           {@code REQUEST_ID_REUSED} for an id used by another request or org;
     *                           {@code INVALID_ARGUMENT} for carbon credits; a movement rule's code
     */
    UnitsMoved transfer(TransferRequest request);

    /**
     * The account's lots of the asset (its custodian and the overseers): what a caller choosing
     * its own {@link TransferRequest#fromLots()} picks from.
     *
     * @param assetId   the bond or deposit token
     * @param accountId the holder's account
     * @return each lot with its units and whether it is frozen; empty if the account holds none
     * @throws RejectedException {@code NOT_FOUND} for an unknown asset or account;
     *                           {@code NOT_AUTHORIZED} for another bank's client
     */
    List<HoldingLot> lots(String assetId, String accountId);

    /**
     * Whether {@link #transfer} would pass the movement rules now, and if not, the first rule it
     * breaks; submits nothing (ERC-1400 style). Any member that may see the sender's account may
     * ask.
     *
     * @param request the transfer to check; its request id is not used
     * @return allowed, or the refusal's code and message
     * @throws RejectedException {@code NOT_FOUND} for an unknown asset or sender;
     *                           {@code NOT_AUTHORIZED} for another bank's client
     */
    TransferCheck canTransfer(TransferRequest request);

    /**
     * Reads an account's holding of an asset.
     *
     * @param assetId   the bond or deposit token
     * @param accountId the holder's account
     * @return the units held (minor units for a deposit token), how many of them are frozen, and
     *         the number of lots; zero units if the account holds none
     * @throws RejectedException {@code NOT_FOUND} for an unknown asset or account;
     *                           {@code NOT_AUTHORIZED} for another bank's client
     */
    Holding holding(String assetId, String accountId);
}
