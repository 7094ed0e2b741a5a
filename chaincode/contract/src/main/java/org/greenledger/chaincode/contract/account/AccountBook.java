package org.greenledger.chaincode.contract.account;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountPage;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Accounts in world state: one key per account, plus an index key per custodian so that a bank
 * lists its own accounts with a range read (no shared list that every opening would rewrite).
 */
public final class AccountBook {
    private static final String ACCOUNT = "account";
    private static final String BY_CUSTODIAN = "accountByCustodian";
    private static final String INDEX_MARKER = "\u0000";

    private final Ledger ledger;

    public AccountBook(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<Account> find(String accountId) {
        return ledger.read(ledger.key(ACCOUNT, accountId), Account.class);
    }

    /** The account, or NOT_FOUND. */
    public Account get(String accountId) {
        return find(accountId).orElseThrow(() -> ContractError.notFound("account", accountId));
    }

    public boolean exists(String accountId) {
        return ledger.exists(ledger.key(ACCOUNT, accountId));
    }

    /** Writes a new account and its custodian index entry. */
    public void open(Account account) {
        save(account);
        ledger.write(ledger.key(BY_CUSTODIAN, account.custodianMspId(), account.accountId()), INDEX_MARKER);
    }

    public void save(Account account) {
        ledger.write(ledger.key(ACCOUNT, account.accountId()), account);
    }

    public AccountPage byCustodian(String custodianMspId, int pageSize, String bookmark) {
        Ledger.Page<List<String>> ids = ledger.keyPartsPage(pageSize, bookmark, BY_CUSTODIAN, custodianMspId);
        List<Account> accounts = ids.items().stream().map(parts -> find(parts.get(1)).orElseThrow()).toList();
        return new AccountPage(accounts, ids.bookmark());
    }

    /** Every committed change of the record, oldest first. */
    public java.util.List<Ledger.KeyChange> history(String accountId) {
        return ledger.history(ledger.key(ACCOUNT, accountId));
    }
}
