package org.greenledger.client;

import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;

/**
 * Secondary-market trades between clients of two custodians. The seller's bank proposes; the
 * buyer's bank settles, which moves the units and (DVP) the deposit tokens in one transaction,
 * each leg through the movement rules, or refuses with the first rule broken and moves
 * nothing: never one leg without the other. Free-of-payment trades record the off-ledger
 * payment's reference. Writes need a CUSTODIAN org and {@code gl.role} {@code operator} or
 * {@code admin}; a trade is visible to both custodians, the registry and the regulator.
 *
 * <pre>{@code
 * sellerBank.trades().propose(new TradeRequest("T-1", isin, "A1", "B1", 50, SettlementType.DVP, "CASH-B-VND", 5_100_000, null));
 * Trade settled = buyerBank.trades().settle("T-1");
 * }</pre>
 */
public interface Trades {
    /**
     * Proposes a trade (the seller's custodian). The trade id is the request id: the same request
     * sent again returns the first trade and changes nothing (replay-safe). Nothing moves until the
     * buyer's bank settles.
     *
     * @param request the trade id, the asset, the seller's and buyer's accounts, the units, DVP or
     *                FOP, the deposit token and consideration (DVP) or payment reference (FOP)
     * @return the trade, PROPOSED
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's seller;
     *                           {@code REQUEST_ID_REUSED} for a trade id used by another request;
     *                           {@code INVALID_ARGUMENT} for carbon credits or a DVP cash leg that
     *                           is not a deposit token; {@code NOT_FOUND} for an unknown account or
     *                           asset
     */
    Trade propose(TradeRequest request);

    /**
     * Settles both legs now (the buyer's custodian, affirming the trade): the units to the buyer
     * and, for DVP, the consideration to the seller, in one transaction. Not replay-safe: a
     * settled trade is refused with {@code INVALID_STATE}.
     *
     * @param tradeId the trade's id
     * @return the trade, SETTLED, with the movements of both legs
     * @throws RejectedException {@code NOT_AUTHORIZED} for any org but the buyer's custodian;
     *                           {@code INVALID_STATE} unless it is PROPOSED; a movement rule's code
     *                           for either leg ({@code INSUFFICIENT_UNITS}, {@code KYC_EXPIRED},
     *                           {@code HOLDING_LIMIT_EXCEEDED}, ...)
     */
    Trade settle(String tradeId);

    /**
     * Withdraws a trade that has not settled (either custodian).
     *
     * @param tradeId the trade's id
     * @return the trade, CANCELLED
     * @throws RejectedException {@code NOT_AUTHORIZED} for a third bank; {@code INVALID_STATE}
     *                           unless it is PROPOSED
     */
    Trade cancel(String tradeId);

    /**
     * Reads a trade (either custodian, the registry, the regulator).
     *
     * @param tradeId the trade's id
     * @return the trade with its status and, once settled, its movements
     * @throws RejectedException {@code NOT_FOUND} for an unknown trade; {@code NOT_AUTHORIZED} for
     *                           a third bank
     */
    Trade get(String tradeId);
}
