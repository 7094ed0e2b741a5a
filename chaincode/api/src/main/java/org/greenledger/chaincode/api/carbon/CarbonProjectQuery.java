package org.greenledger.chaincode.api.carbon;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Positional;

/**
 * Which carbon projects to list ({@code carbonProjects:FindCarbonProjects}), one page at a time in
 * project id order. Every member may list them, as it may read each one.
 *
 * <p>The filter is applied as the ledger walks the projects: a page holds at most
 * {@code pageSize} projects that pass it, and it may hold fewer, even none, while its bookmark is
 * not empty, when the ledger walked {@link Check#MAX_SCANNED_PER_PAGE} projects without filling it. Read on until
 * the bookmark is empty.
 *
 * @param status   only projects in this status; null for every status
 * @param pageSize at most this many projects, 1 to {@link Check#MAX_PAGE_SIZE}
 * @param bookmark the previous page's {@link CarbonProjectPage#bookmark}; empty (or null) for the first page
 */
public record CarbonProjectQuery(CarbonProjectStatus status, int pageSize, String bookmark) implements Positional {
    public CarbonProjectQuery {
        Check.pageSize(pageSize);
        bookmark = bookmark == null ? "" : bookmark;
    }

    /**
     * The first page of every carbon project.
     *
     * @param pageSize at most this many projects, 1 to {@link Check#MAX_PAGE_SIZE}
     * @return the query
     */
    public static CarbonProjectQuery all(int pageSize) {
        return new CarbonProjectQuery(null, pageSize, "");
    }

    /**
     * The same query from {@code next} on.
     *
     * @param next the bookmark of the page read last
     * @return the query of the next page
     */
    public CarbonProjectQuery after(String next) {
        return new CarbonProjectQuery(status, pageSize, next);
    }
}
