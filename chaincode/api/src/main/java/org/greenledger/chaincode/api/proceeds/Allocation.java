package org.greenledger.chaincode.api.proceeds;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.bond.IcmaCategory;

/**
 * One allocation of a bond's proceeds to a project, and how much of it was released back to
 * unallocated since (a project sold, an allocation the verifier found ineligible).
 *
 * @param request       what the issuer allocated
 * @param category      the project's ICMA category when allocated
 * @param releasedMinor how much was released back (0 to amount)
 * @param allocatedAt   transaction time of the allocation
 * @param updatedAt     transaction time of the last release
 */
public record Allocation(AllocationRequest request, IcmaCategory category, long releasedMinor, Instant allocatedAt,
        Instant updatedAt) {
    public Allocation {
        Check.present("request", request);
        Check.present("category", category);
        if (releasedMinor < 0 || releasedMinor > request.amountMinor()) {
            throw GreenLedgerError.invalid("releasedMinor", "must be between 0 and the amount allocated");
        }
        Check.present("allocatedAt", allocatedAt);
        Check.present("updatedAt", updatedAt);
    }

    public String allocationId() {
        return request.allocationId();
    }

    public String projectId() {
        return request.projectId();
    }

    /** What still counts as allocated. */
    public long outstandingMinor() {
        return request.amountMinor() - releasedMinor;
    }

    public Allocation released(long amountMinor, Instant at) {
        return new Allocation(request, category, Math.addExact(releasedMinor, amountMinor), allocatedAt, at);
    }
}
