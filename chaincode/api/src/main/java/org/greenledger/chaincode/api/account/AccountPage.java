package org.greenledger.chaincode.api.account;

import java.util.List;

/**
 * One page of accounts, in account id order.
 *
 * @param accounts the accounts on this page
 * @param bookmark pass it to get the next page; empty when this is the last page
 */
public record AccountPage(List<Account> accounts, String bookmark) {
    public AccountPage {
        accounts = List.copyOf(accounts);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
