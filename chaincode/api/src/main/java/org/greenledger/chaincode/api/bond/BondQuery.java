package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Positional;

/**
 * Which bonds to list ({@code bonds:FindBonds}), one page at a time in ISIN order. Every member
 * may list the bonds, as it may read each one.
 *
 * <p>The filters are applied as the ledger walks the bonds: a page holds at most
 * {@code pageSize} bonds that pass them, and it may hold fewer, even none, while its bookmark is
 * not empty, when the ledger walked {@link Check#MAX_SCANNED_PER_PAGE} bonds without filling it. Read on until the
 * bookmark is empty.
 *
 * @param status      only bonds in this status; null for every status
 * @param issuerMspId only this issuer's bonds; null for every issuer
 * @param pageSize    at most this many bonds, 1 to {@link Check#MAX_PAGE_SIZE}
 * @param bookmark    the previous page's {@link BondPage#bookmark}; empty (or null) for the first page
 */
public record BondQuery(BondStatus status, String issuerMspId, int pageSize, String bookmark) implements Positional {
    public BondQuery {
        Check.optionalMspId("issuerMspId", issuerMspId);
        Check.pageSize(pageSize);
        bookmark = bookmark == null ? "" : bookmark;
    }

    /**
     * The first page of every bond.
     *
     * @param pageSize at most this many bonds, 1 to {@link Check#MAX_PAGE_SIZE}
     * @return the query
     */
    public static BondQuery all(int pageSize) {
        return new BondQuery(null, null, pageSize, "");
    }

    /**
     * The same query from {@code next} on.
     *
     * @param next the bookmark of the page read last
     * @return the query of the next page
     */
    public BondQuery after(String next) {
        return new BondQuery(status, issuerMspId, pageSize, next);
    }
}
