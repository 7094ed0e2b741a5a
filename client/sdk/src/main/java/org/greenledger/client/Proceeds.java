package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;

/**
 * Use of proceeds (ICMA Green Bond Principles): the issuer registers green projects and
 * allocates an issued bond's net proceeds to them; the ledger refuses an allocation beyond the
 * net proceeds or the project's financing ({@code PROCEEDS_EXCEEDED}) and a project outside the
 * bond's eligible categories ({@code CATEGORY_NOT_ELIGIBLE}). The bond's external reviewer can
 * flag an allocation, which puts the bond in covenant breach until the issuer releases the
 * flagged proceeds or the reviewer clears the flag.
 *
 * <pre>{@code
 * issuer.proceeds().registerProject(new RegisterProjectRequest("SOLAR-1", "Ninh Thuan Solar", IcmaCategory.RENEWABLE_ENERGY,
 *         "VN", "Ninh Thuan", "VerifierMSP", Currency.of("VND"), 60_000_000_000L, expected, evidenceHash));
 * issuer.proceeds().allocate(new AllocationRequest("AL-1", isin, "SOLAR-1", 20_000_000_000L));
 * AllocationReport report = anyMember.proceeds().allocationReport(isin);
 * }</pre>
 */
public interface Proceeds {
    /** Registers a green project (ISSUER staff); its verifier must be a VERIFIER member. */
    GreenProject registerProject(RegisterProjectRequest request);

    /** Allocates net proceeds (the bond's issuer). The allocation id is the request id: a replay changes nothing. */
    Allocation allocate(AllocationRequest request);

    /** Releases allocated proceeds back to unallocated (the bond's issuer). */
    Allocation release(ReleaseRequest request);

    /** Flags an allocation as ineligible (the bond's external reviewer): covenant breach. */
    AllocationFlag flag(FlagRequest request);

    /** Clears the reviewer's own flag after review. */
    AllocationFlag clearFlag(FlagRequest request);

    GreenProject project(String projectId);

    /** The bond's allocations, released ones included. */
    List<Allocation> allocations(String bondId);

    /** Allocated, unallocated, per project and category, and the covenant state. */
    AllocationReport allocationReport(String bondId);
}
