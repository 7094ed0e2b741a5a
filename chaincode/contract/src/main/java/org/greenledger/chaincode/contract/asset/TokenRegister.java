package org.greenledger.chaincode.contract.asset;

import java.util.Optional;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.contract.ledger.Ledger;

/** Deposit tokens in world state, one key per token. */
public final class TokenRegister {
    private static final String TOKEN = "depositToken";

    private final Ledger ledger;

    public TokenRegister(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<DepositToken> find(String tokenId) {
        return ledger.read(ledger.key(TOKEN, tokenId), DepositToken.class);
    }

    public void save(DepositToken token) {
        ledger.write(ledger.key(TOKEN, token.tokenId()), token);
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String tokenId) {
        return ledger.history(ledger.key(TOKEN, tokenId));
    }
}
