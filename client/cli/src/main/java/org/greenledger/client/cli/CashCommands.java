package org.greenledger.client.cli;

import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.money.Currency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Deposit tokens: a bank's deposits on the ledger, the cash leg of every settlement. */
@Command(name = "cash", description = "Deposit tokens (the issuing bank): create, mint, burn.")
final class CashCommands extends LedgerCommands {
    @Command(name = "create-token", description = "Creates the caller's bank's deposit token in a currency.")
    void createToken(@Parameters(paramLabel = "TOKEN_ID") String tokenId,
            @Option(names = "--currency", required = true, paramLabel = "ISO4217") String currency) {
        CreateDepositTokenRequest request = new CreateDepositTokenRequest(tokenId, Currency.of(currency));
        print(ledger().cash().createToken(request));
    }

    @Command(name = "mint", description = "Mints deposits into a client's account (the token's bank).")
    void mint(@Parameters(paramLabel = "TOKEN_ID") String tokenId,
            @Option(names = "--account", required = true, paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--amount-minor", required = true, paramLabel = "AMOUNT") long amount,
            @Mixin RequestId requestId) {
        CashRequest request = new CashRequest(requestId.value(), tokenId, accountId, amount);
        print(ledger().cash().mint(request));
    }

    @Command(name = "burn", description = "Burns deposits from a client's account (the token's bank).")
    void burn(@Parameters(paramLabel = "TOKEN_ID") String tokenId,
            @Option(names = "--account", required = true, paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--amount-minor", required = true, paramLabel = "AMOUNT") long amount,
            @Mixin RequestId requestId) {
        CashRequest request = new CashRequest(requestId.value(), tokenId, accountId, amount);
        print(ledger().cash().burn(request));
    }

    @Command(name = "show", description = "A deposit token.")
    void show(@Parameters(paramLabel = "TOKEN_ID") String tokenId) {
        print(ledger().cash().token(tokenId));
    }

    @Command(name = "list", description = "The deposit tokens in id order, a page at a time, optionally one bank's.")
    void list(@Option(names = "--issuer", paramLabel = "MSP_ID") String issuer,
            @Option(names = "--page-size", defaultValue = "50", paramLabel = "N") int pageSize,
            @Option(names = "--bookmark", defaultValue = "", paramLabel = "BOOKMARK",
                    description = "where the previous page ended") String bookmark) {
        DepositTokenQuery query = new DepositTokenQuery(issuer, pageSize, bookmark);
        print(ledger().cash().findTokens(query));
    }
}
