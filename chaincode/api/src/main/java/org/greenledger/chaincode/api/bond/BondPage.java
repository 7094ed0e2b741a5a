package org.greenledger.chaincode.api.bond;

import java.util.List;

/**
 * One page of bonds, in ISIN order.
 *
 * @param bonds    the bonds on this page that pass the query's filters
 * @param bookmark pass it to read the next page; empty when this is the last
 */
public record BondPage(List<Bond> bonds, String bookmark) {
    public BondPage {
        bonds = List.copyOf(bonds);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
