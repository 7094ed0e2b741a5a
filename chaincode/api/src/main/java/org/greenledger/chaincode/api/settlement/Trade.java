package org.greenledger.chaincode.api.settlement;

import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.holding.UnitsMoved;

/**
 * A trade and, once settled, its legs.
 *
 * @param request        what was instructed
 * @param sellerCustodian the bank that instructed it
 * @param buyerCustodian  the bank that must affirm it
 * @param status         PROPOSED, SETTLED or CANCELLED
 * @param legs           the securities leg, then the cash leg (DVP); empty until SETTLED
 * @param proposedAt     transaction time of the instruction
 * @param closedAt       transaction time of settlement or cancellation (null before)
 */
public record Trade(TradeRequest request, String sellerCustodian, String buyerCustodian, TradeStatus status,
        List<UnitsMoved> legs, Instant proposedAt, Instant closedAt) {
    public Trade {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }

    public String tradeId() {
        return request.tradeId();
    }

    public Trade settled(List<UnitsMoved> settledLegs, Instant at) {
        return new Trade(request, sellerCustodian, buyerCustodian, TradeStatus.SETTLED, settledLegs, proposedAt, at);
    }

    public Trade cancelled(Instant at) {
        return new Trade(request, sellerCustodian, buyerCustodian, TradeStatus.CANCELLED, legs, proposedAt, at);
    }
}
