package org.greenledger.chaincode.api.bond;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * Closes the book and issues the bond: every pending subscription settles in the same
 * transaction (units against cash, the rest of the escrow refunded).
 *
 * @param bondId             the bond (ISIN)
 * @param allotments         units per subscription; empty allots every subscription in full.
 *                           When given, every pending subscription must be listed once.
 * @param issuanceCostsMinor fees and costs deducted from gross proceeds to give the net
 *                           proceeds that use-of-proceeds allocations account for (0 or more)
 */
public record IssueBondRequest(String bondId, List<Allotment> allotments, long issuanceCostsMinor) {
    public IssueBondRequest {
        Isin.check("bondId", bondId);
        allotments = allotments == null ? List.of() : List.copyOf(allotments);
        Set<String> seen = new HashSet<>();
        for (Allotment allotment : allotments) {
            if (allotment == null || !seen.add(allotment.subscriptionId())) {
                throw GreenLedgerError.invalid("allotments", "must list each subscription once");
            }
        }
        if (issuanceCostsMinor < 0) {
            throw GreenLedgerError.invalid("issuanceCostsMinor", "must not be negative");
        }
    }
}
