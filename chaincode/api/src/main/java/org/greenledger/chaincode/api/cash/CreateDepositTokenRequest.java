package org.greenledger.chaincode.api.cash;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.money.Currency;

/** A bank creates its deposit token for a currency. */
public record CreateDepositTokenRequest(String tokenId, Currency currency) {
    public CreateDepositTokenRequest {
        Check.matches("tokenId", tokenId, Check.ID);
        Check.present("currency", currency);
    }
}
