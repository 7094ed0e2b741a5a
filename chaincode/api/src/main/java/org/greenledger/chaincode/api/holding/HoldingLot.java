package org.greenledger.chaincode.api.holding;

import java.util.regex.Pattern;

/**
 * One lot of a holding (holdings are kept as lots, like unspent outputs). A client that sends
 * several transfers from one account at once names different lots in each ({@link
 * TransferRequest#fromLots()}), so that the transfers touch different keys and all commit.
 *
 * @param lotId  the lot's id: the id of the transaction that wrote it, a dot, and six digits
 * @param units  units in the lot
 * @param frozen whether the regulator froze the lot (it cannot be spent)
 */
public record HoldingLot(String lotId, long units, boolean frozen) {
    /** What a lot id looks like. */
    public static final Pattern LOT_ID = Pattern.compile("[0-9a-f]{64}\\.[0-9]{6}");
}
