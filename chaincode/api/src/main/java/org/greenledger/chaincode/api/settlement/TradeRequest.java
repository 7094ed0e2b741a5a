package org.greenledger.chaincode.api.settlement;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * A secondary-market trade, instructed by the seller's custodian and settled when the buyer's
 * custodian affirms it.
 *
 * @param tradeId            client-chosen id; also the request id: replaying it changes nothing
 * @param assetId            what is sold (a bond's ISIN)
 * @param sellerAccountId    delivers the units
 * @param buyerAccountId     receives the units
 * @param units              positive
 * @param settlement         DVP or FOP
 * @param cashTokenId        DVP: the deposit token the buyer pays with; FOP: null
 * @param considerationMinor DVP: the price in the token's minor units (positive); FOP: 0
 * @param paymentReference   FOP: the off-ledger payment's reference; DVP: optional note
 */
public record TradeRequest(String tradeId, String assetId, String sellerAccountId, String buyerAccountId, long units,
        SettlementType settlement, String cashTokenId, long considerationMinor, String paymentReference)
        implements Idempotent {
    public TradeRequest {
        Check.matches("tradeId", tradeId, Check.ID);
        Check.matches("assetId", assetId, Check.ID);
        Check.matches("sellerAccountId", sellerAccountId, Check.ID);
        Check.matches("buyerAccountId", buyerAccountId, Check.ID);
        if (sellerAccountId.equals(buyerAccountId)) {
            throw GreenLedgerError.invalid("buyerAccountId", "must differ from sellerAccountId");
        }
        if (units <= 0) {
            throw GreenLedgerError.invalid("units", "must be positive");
        }
        Check.present("settlement", settlement);
        if (settlement == SettlementType.DVP) {
            Check.matches("cashTokenId", cashTokenId, Check.ID);
            if (considerationMinor <= 0) {
                throw GreenLedgerError.invalid("considerationMinor", "must be positive for DVP");
            }
            if (paymentReference != null) {
                Check.text("paymentReference", paymentReference, 140);
            }
        } else {
            if (cashTokenId != null || considerationMinor != 0) {
                throw GreenLedgerError.invalid("cashTokenId", "and considerationMinor are for DVP only");
            }
            Check.text("paymentReference", paymentReference, 140);
        }
    }
}
