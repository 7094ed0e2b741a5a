package org.greenledger.client;

import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.holding.UnitsMoved;

/**
 * Tokenized bank deposits, the cash leg of settlement (DvP) and of coupon and redemption
 * payments. A custodian bank (CUSTODIAN role, {@code gl.role} {@code operator} or
 * {@code admin}) creates its own token per currency and mints (a deposit received off the
 * ledger) or burns (a withdrawal paid off the ledger) it only on accounts it holds itself. One
 * unit is one minor unit of the currency (VND has none, USD cents). Deposit tokens move between
 * accounts with {@link Holdings#transfer}.
 *
 * <p>Every mint and burn passes the movement rules like any other movement, and carries a
 * client-chosen request id: sent again with the same request it returns the first result and
 * moves nothing (replay-safe); the same id with another request, or from another org, is refused
 * with {@code REQUEST_ID_REUSED}.
 *
 * <pre>{@code
 * bankA.cash().createToken(new CreateDepositTokenRequest("CASH-A-VND", Currency.of("VND")));
 * UnitsMoved minted = bankA.cash().mint(new CashRequest("DEP-2027-0001", "CASH-A-VND", "INV-0001", 50_000_000));
 * }</pre>
 */
public interface Cash {
    /**
     * Creates the calling bank's deposit token in one currency; the caller's org is its issuer.
     *
     * @param request the token id and its ISO 4217 currency
     * @return the token as recorded
     * @throws RejectedException {@code ALREADY_EXISTS} if any asset has that id;
     *                           {@code NOT_AUTHORIZED} for a caller without the CUSTODIAN role
     */
    DepositToken createToken(CreateDepositTokenRequest request);

    /**
     * Credits a client's account with the bank's own token (a deposit received off the ledger).
     * Replay-safe under its request id.
     *
     * @param request the request id, the token, the account (held at the caller) and the amount
     *                in minor units
     * @return the movement recorded, from nobody to the account
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's token or client;
     *                           {@code NOT_FOUND} for an unknown token or account;
     *                           {@code REQUEST_ID_REUSED}; a movement rule's code for the receiving
     *                           account ({@code ACCOUNT_FROZEN}, {@code KYC_EXPIRED},
     *                           {@code SANCTIONED}, {@code SANDBOX_CAP_EXCEEDED}, ...)
     */
    UnitsMoved mint(CashRequest request);

    /**
     * Debits a client's account (a withdrawal paid off the ledger). Replay-safe under its
     * request id.
     *
     * @param request the request id, the token, the account (held at the caller) and the amount
     *                in minor units
     * @return the movement recorded, from the account to nobody
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's token or client;
     *                           {@code REQUEST_ID_REUSED}; {@code INSUFFICIENT_UNITS} if the
     *                           account's unfrozen balance does not cover it; another movement
     *                           rule's code
     */
    UnitsMoved burn(CashRequest request);

    /**
     * Reads a deposit token: its issuing bank and currency. Open to every member.
     *
     * @param tokenId the token's id
     * @return the token
     * @throws RejectedException {@code NOT_FOUND} for an unknown token
     */
    DepositToken token(String tokenId);

    /**
     * Lists the deposit tokens a page at a time, in token id order, optionally only one bank's.
     * Open to every member. With the filter a page may hold fewer tokens than its size, even
     * none, while its bookmark is not empty: read on until the bookmark is empty.
     *
     * @param query the issuing bank (or null for all), the page size (1 to 500) and the previous
     *              page's bookmark
     * @return the tokens on this page and the bookmark of the next (empty after the last)
     * @throws RejectedException {@code INVALID_ARGUMENT} for a bookmark this query did not give
     */
    DepositTokenPage findTokens(DepositTokenQuery query);
}
