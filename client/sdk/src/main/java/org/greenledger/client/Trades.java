package org.greenledger.client;

import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;

/**
 * Secondary-market trades between clients of two custodians. The seller's bank proposes; the
 * buyer's bank settles, which moves the units and (DVP) the deposit tokens in one transaction,
 * each leg through the compliance rules, or refuses with the first rule broken and moves
 * nothing. Free-of-payment trades record the off-ledger payment's reference.
 *
 * <pre>{@code
 * sellerBank.trades().propose(new TradeRequest("T-1", isin, "A1", "B1", 50, SettlementType.DVP, "CASH-B-VND", 5_100_000, null));
 * Trade settled = buyerBank.trades().settle("T-1");
 * }</pre>
 */
public interface Trades {
    /** Proposes a trade (the seller's custodian). The trade id is the request id: a replay changes nothing. */
    Trade propose(TradeRequest request);

    /** Settles both legs now (the buyer's custodian). */
    Trade settle(String tradeId);

    /** Withdraws a trade that has not settled (either custodian). */
    Trade cancel(String tradeId);

    Trade get(String tradeId);
}
