package org.greenledger.chaincode.api.cash;

import java.util.List;

/**
 * One page of deposit tokens, in token id order.
 *
 * @param tokens   the tokens on this page that pass the query's filter
 * @param bookmark pass it to read the next page; empty when this is the last
 */
public record DepositTokenPage(List<DepositToken> tokens, String bookmark) {
    public DepositTokenPage {
        tokens = List.copyOf(tokens);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
