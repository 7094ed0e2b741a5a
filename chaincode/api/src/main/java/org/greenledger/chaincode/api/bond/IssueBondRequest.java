package org.greenledger.chaincode.api.bond;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.ServicingChunk;

/**
 * One chunk of the issue: settles the next subscriptions of the book, in subscription id order,
 * delivery versus payment (units against cash to the issuer, the rest of the escrow refunded).
 * The first chunk closes the book (the bond is SETTLING); the same request, with the allotments
 * of the next chunk, is sent again until the chunk that settles the last subscription moves the
 * bond to ISSUED.
 *
 * @param bondId             the bond (ISIN)
 * @param allotments         units per subscription of this chunk; empty allots each of the chunk's
 *                           subscriptions in full. When given, every pending subscription of the
 *                           chunk must be listed once, and no other.
 * @param issuanceCostsMinor fees and costs deducted from gross proceeds to give the net
 *                           proceeds that use-of-proceeds allocations account for (0 or more);
 *                           the last chunk's are the issue's, and must not exceed its gross proceeds
 * @param maxSubscriptions   most subscriptions this transaction settles, 1 to {@value RunProgress#MAX_CHUNK}
 */
public record IssueBondRequest(String bondId, List<Allotment> allotments, long issuanceCostsMinor,
        int maxSubscriptions) implements ServicingChunk {
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
        RunProgress.chunkSize("maxSubscriptions", maxSubscriptions);
    }
}
