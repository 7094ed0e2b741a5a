package org.greenledger.chaincode.api.history;

import java.util.List;
import org.greenledger.chaincode.api.holding.UnitsMoved;

/**
 * One page of movements, oldest first.
 *
 * @param movements the movements on this page
 * @param bookmark  pass it to read the next page; empty when this is the last
 */
public record MovementPage(List<UnitsMoved> movements, String bookmark) {
    public MovementPage {
        movements = List.copyOf(movements);
    }
}
