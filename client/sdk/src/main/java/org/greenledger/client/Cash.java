package org.greenledger.client;

import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.holding.UnitsMoved;

/**
 * Tokenized bank deposits, the cash leg of settlement. A custodian bank creates its token per
 * currency and mints or burns it only on accounts it holds; one unit is one minor unit.
 */
public interface Cash {
    DepositToken createToken(CreateDepositTokenRequest request);

    /** Credits a client's account (a deposit received off the ledger). */
    UnitsMoved mint(CashRequest request);

    /** Debits a client's account (a withdrawal paid off the ledger). */
    UnitsMoved burn(CashRequest request);

    DepositToken token(String tokenId);
}
