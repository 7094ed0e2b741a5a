package org.greenledger.chaincode.api.cash;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Positional;

/**
 * Which deposit tokens to list ({@code cash:FindDepositTokens}), one page at a time in token id
 * order. Every member may list them, as it may read each one.
 *
 * <p>The filter is applied as the ledger walks the tokens: a page holds at most {@code pageSize}
 * tokens that pass it, and it may hold fewer, even none, while its bookmark is not empty, when the
 * ledger walked {@link Check#MAX_SCANNED_PER_PAGE} tokens without filling it. Read on until the bookmark is empty.
 *
 * @param issuerMspId only this bank's tokens; null for every bank's
 * @param pageSize    at most this many tokens, 1 to {@link Check#MAX_PAGE_SIZE}
 * @param bookmark    the previous page's {@link DepositTokenPage#bookmark}; empty (or null) for the first page
 */
public record DepositTokenQuery(String issuerMspId, int pageSize, String bookmark) implements Positional {
    public DepositTokenQuery {
        Check.optionalMspId("issuerMspId", issuerMspId);
        Check.pageSize(pageSize);
        bookmark = bookmark == null ? "" : bookmark;
    }

    /**
     * The first page of every deposit token.
     *
     * @param pageSize at most this many tokens, 1 to {@link Check#MAX_PAGE_SIZE}
     * @return the query
     */
    public static DepositTokenQuery all(int pageSize) {
        return new DepositTokenQuery(null, pageSize, "");
    }

    /**
     * The same query from {@code next} on.
     *
     * @param next the bookmark of the page read last
     * @return the query of the next page
     */
    public DepositTokenQuery after(String next) {
        return new DepositTokenQuery(issuerMspId, pageSize, next);
    }
}
