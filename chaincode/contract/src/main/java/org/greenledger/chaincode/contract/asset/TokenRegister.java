package org.greenledger.chaincode.contract.asset;

import java.util.Optional;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Deposit tokens in world state, one key per token. Listing them walks that key range (no index;
 * the issuer filter is applied while walking).
 */
public final class TokenRegister {
    private static final String TOKEN = "depositToken";

    private final Ledger ledger;

    public TokenRegister(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<DepositToken> find(String tokenId) {
        return ledger.read(ledger.key(TOKEN, tokenId), DepositToken.class);
    }

    /** One page of the tokens that pass the query's filter, in token id order (read-only transactions only). */
    public DepositTokenPage page(DepositTokenQuery query) {
        Ledger.Page<DepositToken> page = ledger.page(query.pageSize(), query.bookmark(), DepositToken.class,
                token -> query.issuerMspId() == null || query.issuerMspId().equals(token.issuerMspId()),
                Check.MAX_SCANNED_PER_PAGE, TOKEN);
        return new DepositTokenPage(page.items(), page.bookmark());
    }

    public void save(DepositToken token) {
        ledger.write(ledger.key(TOKEN, token.tokenId()), token);
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String tokenId) {
        return ledger.history(ledger.key(TOKEN, tokenId));
    }
}
