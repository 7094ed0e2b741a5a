package org.greenledger.chaincode.api.cash;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * Mints deposit tokens into, or burns them from, an account the issuing bank holds: the
 * on-ledger side of a deposit or a withdrawal.
 *
 * @param requestId   client-chosen id of this request: sending it again returns the first result
 * @param tokenId     the deposit token
 * @param accountId   the account credited or debited
 * @param amountMinor positive amount in the currency's minor units
 */
public record CashRequest(String requestId, String tokenId, String accountId, long amountMinor) implements Idempotent {
    public CashRequest {
        Check.matches("requestId", requestId, Check.ID);
        Check.matches("tokenId", tokenId, Check.ID);
        Check.matches("accountId", accountId, Check.ID);
        if (amountMinor <= 0) {
            throw GreenLedgerError.invalid("amountMinor", "must be positive");
        }
    }
}
