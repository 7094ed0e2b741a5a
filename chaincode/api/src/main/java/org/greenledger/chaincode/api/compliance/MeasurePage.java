package org.greenledger.chaincode.api.compliance;

import java.util.List;

/**
 * One page of the regulator's measures in force of one kind, in target id order.
 *
 * @param kind     what the measures are
 * @param measures each with its target, the grounding document's hash, who imposed it and when
 * @param bookmark pass it to read the next page; empty when this is the last
 */
public record MeasurePage(MeasureKind kind, List<RegulatoryRecord> measures, String bookmark) {
    public MeasurePage {
        measures = List.copyOf(measures);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
