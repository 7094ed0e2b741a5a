package org.greenledger.chaincode.api.cash;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.money.Currency;

/**
 * A bank's tokenized deposit in one currency: one unit is one minor unit of the currency
 * (one dong, one US cent), a claim on the issuing bank. The cash leg of DvP settlement.
 *
 * @param tokenId     the asset id, for example {@code CASH-BANKA-VND}
 * @param issuerMspId the bank that owes the deposits
 * @param currency    the currency of the deposits
 * @param createdAt   transaction time of creation
 */
public record DepositToken(String tokenId, String issuerMspId, Currency currency, Instant createdAt) {
    public DepositToken {
        Check.matches("tokenId", tokenId, Check.ID);
        Check.matches("issuerMspId", issuerMspId, Check.MSP_ID);
        Check.present("currency", currency);
        Check.present("createdAt", createdAt);
    }
}
