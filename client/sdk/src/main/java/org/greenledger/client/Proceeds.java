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
 * allocates an issued bond's net proceeds to them; the ledger keeps allocated plus unallocated
 * equal to the net proceeds, and refuses an allocation beyond the net proceeds or the project's
 * financing ({@code PROCEEDS_EXCEEDED}) and a project outside the bond's eligible categories
 * ({@code CATEGORY_NOT_ELIGIBLE}). The bond's external reviewer can flag an allocation, which
 * puts the bond in covenant breach (and steps up a sustainability-linked coupon) until the issuer
 * releases the flagged proceeds or the reviewer clears the flag. Writes need {@code gl.role}
 * {@code operator} or {@code admin}; reads are open to every member.
 *
 * <pre>{@code
 * issuer.proceeds().registerProject(new RegisterProjectRequest("SOLAR-1", "Ninh Thuan Solar", IcmaCategory.RENEWABLE_ENERGY,
 *         "VN", "Ninh Thuan", "VerifierMSP", Currency.of("VND"), 60_000_000_000L, expected, evidenceHash));
 * issuer.proceeds().allocate(new AllocationRequest("AL-1", isin, "SOLAR-1", 20_000_000_000L));
 * AllocationReport report = anyMember.proceeds().allocationReport(isin);
 * }</pre>
 */
public interface Proceeds {
    /**
     * Registers a green project (an ISSUER org, which becomes the project's issuer).
     *
     * @param request the project's id, name, ICMA category, location, verifier (a VERIFIER
     *                member), currency, total financing, expected impact and evidence hash
     * @return the project as recorded
     * @throws RejectedException {@code ALREADY_EXISTS} for a project id in use;
     *                           {@code INVALID_ARGUMENT} if the verifier is not a VERIFIER member
     */
    GreenProject registerProject(RegisterProjectRequest request);

    /**
     * Allocates net proceeds of an ISSUED or MATURED bond to one of its issuer's projects (the
     * bond's issuer). The allocation id is the request id: the same request sent again returns the
     * first allocation and changes nothing (replay-safe).
     *
     * @param request the allocation id, the bond, the project and the amount in minor units
     * @return the allocation, with the project's category
     * @throws RejectedException {@code PROCEEDS_EXCEEDED}; {@code CATEGORY_NOT_ELIGIBLE};
     *                           {@code ALREADY_EXISTS} for the id with another request;
     *                           {@code INVALID_STATE} for a bond not ISSUED or MATURED;
     *                           {@code INVALID_ARGUMENT} for a project financed in another
     *                           currency; {@code NOT_AUTHORIZED} for another issuer's bond or project
     */
    Allocation allocate(AllocationRequest request);

    /**
     * Releases allocated proceeds back to unallocated (the bond's issuer), for example to
     * reallocate flagged proceeds; releasing all flagged proceeds cures the covenant breach. Not
     * replay-safe: each call releases the amount again.
     *
     * @param request the bond, the allocation and the amount to release in minor units
     * @return the allocation with what is still outstanding
     * @throws RejectedException {@code INVALID_ARGUMENT} for more than the allocation holds;
     *                           {@code NOT_FOUND} for an unknown allocation
     */
    Allocation release(ReleaseRequest request);

    /**
     * Flags an allocation as ineligible (the bond's external reviewer, a VERIFIER org): the bond
     * is in covenant breach until cured.
     *
     * @param request the bond, the allocation and the hash of the finding
     * @return the flag, open
     * @throws RejectedException {@code NOT_AUTHORIZED} for any org but the bond's reviewer;
     *                           {@code INVALID_STATE} if it is flagged already or released in full
     */
    AllocationFlag flag(FlagRequest request);

    /**
     * Clears the reviewer's own flag after review, when the issuer showed the allocation
     * eligible (the bond's external reviewer).
     *
     * @param request the bond, the allocation and the hash of the review's conclusion
     * @return the flag, cleared
     * @throws RejectedException {@code INVALID_STATE} if the allocation has no open flag
     */
    AllocationFlag clearFlag(FlagRequest request);

    /**
     * Reads a green project.
     *
     * @param projectId the project's id
     * @return the project with its terms and issuer
     * @throws RejectedException {@code NOT_FOUND} for an unknown project
     */
    GreenProject project(String projectId);

    /**
     * Lists the bond's allocations.
     *
     * @param bondId the bond's ISIN
     * @return every allocation, released ones included, in allocation id order
     * @throws RejectedException {@code NOT_FOUND} for an unknown bond
     */
    List<Allocation> allocations(String bondId);

    /**
     * The bond's allocation report: allocated, unallocated, per project and category with each
     * one's share of the net proceeds, and the covenant state.
     *
     * @param bondId the bond's ISIN
     * @return the report computed from the ledger now
     * @throws RejectedException {@code INVALID_STATE} for a bond not ISSUED or MATURED
     */
    AllocationReport allocationReport(String bondId);
}
