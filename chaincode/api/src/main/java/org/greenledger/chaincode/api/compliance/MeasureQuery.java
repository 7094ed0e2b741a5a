package org.greenledger.chaincode.api.compliance;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Positional;

/**
 * Which of the regulator's measures in force to list ({@code compliance:FindMeasures}), one page
 * at a time in target id order. A measure lifted is no longer listed; the regulator reads its
 * story in the record history and the events.
 *
 * @param kind     sanctions, account freezes or asset pauses
 * @param pageSize at most this many measures, 1 to {@link Check#MAX_PAGE_SIZE}
 * @param bookmark the previous page's {@link MeasurePage#bookmark}; empty (or null) for the first page
 */
public record MeasureQuery(MeasureKind kind, int pageSize, String bookmark) implements Positional {
    public MeasureQuery {
        Check.present("kind", kind);
        Check.pageSize(pageSize);
        bookmark = bookmark == null ? "" : bookmark;
    }

    /**
     * The same query from {@code next} on.
     *
     * @param next the bookmark of the page read last
     * @return the query of the next page
     */
    public MeasureQuery after(String next) {
        return new MeasureQuery(kind, pageSize, next);
    }
}
