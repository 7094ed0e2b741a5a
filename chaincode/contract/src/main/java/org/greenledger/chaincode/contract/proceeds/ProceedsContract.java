package org.greenledger.chaincode.contract.proceeds;

import static org.greenledger.chaincode.api.Transaction.ALLOCATE_PROCEEDS;
import static org.greenledger.chaincode.api.Transaction.CLEAR_ALLOCATION_FLAG;
import static org.greenledger.chaincode.api.Transaction.FLAG_ALLOCATION;
import static org.greenledger.chaincode.api.Transaction.REGISTER_PROJECT;
import static org.greenledger.chaincode.api.Transaction.RELEASE_ALLOCATION;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.access.Membership;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.bond.StepUps;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Use of proceeds (ICMA GBP): issuers register green projects and allocate an issued bond's net
 * proceeds to them; the ledger keeps allocated + unallocated = net proceeds and refuses projects
 * outside the bond's eligible categories. The bond's external reviewer can flag an allocation as
 * ineligible, which puts the bond in breach of its green covenant until the issuer releases the
 * flagged proceeds (to reallocate them) or the reviewer clears the flag.
 */
@Contract(name = Contracts.PROCEEDS, info = @Info(title = "GreenLedger use of proceeds", version = "0.1.0"))
public final class ProceedsContract implements GreenLedgerContract {
    private static final AccessPolicy ISSUER_STAFF = AccessPolicy.orgWith(OrgRole.ISSUER).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterProject(GreenLedgerContext ctx, String requestJson) {
        Caller caller = ISSUER_STAFF.check(ctx);
        RegisterProjectRequest request = Requests.decode(requestJson, REGISTER_PROJECT);
        ProjectRegister projects = new ProjectRegister(ctx.ledger());
        if (projects.find(request.projectId()).isPresent()) {
            throw ContractError.alreadyExists("green project", request.projectId());
        }
        new Membership(ctx.ledger()).requireRole("verifierMspId", request.verifierMspId(), OrgRole.VERIFIER);
        GreenProject project = new GreenProject(request, caller.mspId(), ctx.ledger().now());
        projects.save(project);
        ctx.ledger().emit(EventType.PROJECT_REGISTERED, project);
        return Json.encode(project);
    }

    /** Allocates net proceeds of the caller's issued bond to one of its projects. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String AllocateProceeds(GreenLedgerContext ctx, String requestJson) {
        AllocationRequest request = Requests.decode(requestJson, ALLOCATE_PROCEEDS);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        AllocationBook book = new AllocationBook(ctx.ledger());
        var earlier = book.find(bond.bondId(), request.allocationId());
        if (earlier.isPresent()) {
            if (!earlier.get().request().equals(request)) {
                throw ContractError.alreadyExists("allocation", request.allocationId());
            }
            return Json.encode(earlier.get());
        }
        requireProceeds(bond);
        GreenProject project = new ProjectRegister(ctx.ledger()).get(request.projectId());
        if (!project.issuerMspId().equals(bond.terms().issuerMspId())) {
            throw ContractError.notAuthorized("project " + project.projectId() + " is registered by "
                    + project.issuerMspId());
        }
        if (!project.terms().currency().equals(bond.terms().currency())) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "project " + project.projectId() + " is financed in "
                    + project.terms().currency().code() + ", the bond pays in " + bond.terms().currency().code());
        }
        if (!bond.terms().framework().eligibleCategories().contains(project.terms().category())) {
            throw new ContractError(ErrorCode.CATEGORY_NOT_ELIGIBLE, "project " + project.projectId() + " is "
                    + project.terms().category() + "; bond " + bond.bondId() + " funds only "
                    + bond.terms().framework().eligibleCategories());
        }
        long allocated = Sums.add("the bond's allocated proceeds", book.allocatedMinor(bond.bondId()), request.amountMinor());
        long net = bond.issue().netProceedsMinor();
        if (allocated > net) {
            throw new ContractError(ErrorCode.PROCEEDS_EXCEEDED, "bond " + bond.bondId() + " would allocate "
                    + allocated + " of net proceeds " + net);
        }
        long financed = Sums.add("the project's financing", book.financedMinor(project.projectId()), request.amountMinor());
        if (financed > project.terms().financingMinor()) {
            throw new ContractError(ErrorCode.PROCEEDS_EXCEEDED, "project " + project.projectId() + " would be "
                    + "financed " + financed + " of its total financing " + project.terms().financingMinor());
        }
        Instant now = ctx.ledger().now();
        Allocation allocation = new Allocation(request, project.terms().category(), 0, now, now);
        book.save(allocation);
        ctx.ledger().emit(EventType.PROCEEDS_ALLOCATED, allocation);
        return Json.encode(allocation);
    }

    /** Releases allocated proceeds back to unallocated; releasing flagged proceeds cures the breach. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ReleaseAllocation(GreenLedgerContext ctx, String requestJson) {
        ReleaseRequest request = Requests.decode(requestJson, RELEASE_ALLOCATION);
        Bond bond = BondContract.issuersBond(ctx, request.bondId());
        AllocationBook book = new AllocationBook(ctx.ledger());
        Allocation allocation = book.get(bond.bondId(), request.allocationId());
        if (request.amountMinor() > allocation.outstandingMinor()) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "allocation " + allocation.allocationId()
                    + " holds " + allocation.outstandingMinor() + ", cannot release " + request.amountMinor());
        }
        Allocation released = allocation.released(request.amountMinor(), ctx.ledger().now());
        book.save(released);
        updateCovenant(ctx, bond, book.breaches(bond.bondId(), released, null), "flagged proceeds of allocation "
                + released.allocationId() + " released");
        ctx.ledger().emit(EventType.ALLOCATION_RELEASED, released);
        return Json.encode(released);
    }

    /** The bond's external reviewer finds an allocation ineligible: the bond is in covenant breach. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String FlagAllocation(GreenLedgerContext ctx, String requestJson) {
        FlagRequest request = Requests.decode(requestJson, FLAG_ALLOCATION);
        Bond bond = BondContract.reviewersBond(ctx, request.bondId());
        AllocationBook book = new AllocationBook(ctx.ledger());
        Allocation allocation = book.get(bond.bondId(), request.allocationId());
        if (book.flag(bond.bondId(), allocation.allocationId()).filter(AllocationFlag::open).isPresent()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "allocation " + allocation.allocationId()
                    + " is already flagged");
        }
        if (allocation.outstandingMinor() == 0) {
            throw new ContractError(ErrorCode.INVALID_STATE, "allocation " + allocation.allocationId()
                    + " was released in full");
        }
        AllocationFlag flag = new AllocationFlag(bond.bondId(), allocation.allocationId(),
                bond.terms().framework().externalReviewerMspId(), request.reasonHash(), ctx.ledger().now(), null, null);
        book.saveFlag(flag);
        updateCovenant(ctx, bond, book.breaches(bond.bondId(), null, flag), "allocation " + flag.allocationId()
                + " flagged by " + flag.verifierMspId() + ", finding " + flag.findingHash());
        ctx.ledger().emit(EventType.ALLOCATION_FLAGGED, flag);
        return Json.encode(flag);
    }

    /** The reviewer clears its flag after review (the issuer showed the allocation eligible). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ClearAllocationFlag(GreenLedgerContext ctx, String requestJson) {
        FlagRequest request = Requests.decode(requestJson, CLEAR_ALLOCATION_FLAG);
        Bond bond = BondContract.reviewersBond(ctx, request.bondId());
        AllocationBook book = new AllocationBook(ctx.ledger());
        AllocationFlag flag = book.flag(bond.bondId(), request.allocationId()).filter(AllocationFlag::open)
                .orElseThrow(() -> new ContractError(ErrorCode.INVALID_STATE, "allocation "
                        + request.allocationId() + " has no open flag"));
        AllocationFlag cleared = flag.cleared(request.reasonHash(), ctx.ledger().now());
        book.saveFlag(cleared);
        updateCovenant(ctx, bond, book.breaches(bond.bondId(), null, cleared), "flag on allocation "
                + cleared.allocationId() + " cleared by " + cleared.verifierMspId());
        ctx.ledger().emit(EventType.ALLOCATION_FLAG_CLEARED, cleared);
        return Json.encode(cleared);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetProject(GreenLedgerContext ctx, String projectId) {
        MEMBER.check(ctx);
        return Json.encode(new ProjectRegister(ctx.ledger()).get(Requests.id("projectId", projectId, Check.ID)));
    }

    /** The bond's allocations, released ones included, in allocation id order. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListAllocations(GreenLedgerContext ctx, String bondId) {
        MEMBER.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(BondContract.validBondId(bondId));
        return Json.encode(new AllocationBook(ctx.ledger()).ofBond(bond.bondId()));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetAllocationReport(GreenLedgerContext ctx, String bondId) {
        MEMBER.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(BondContract.validBondId(bondId));
        requireProceeds(bond);
        return Json.encode(new AllocationReports(ctx.ledger()).of(bond));
    }

    /** Proceeds exist from the issue on, until the bond is redeemed, called or defaulted. */
    private static void requireProceeds(Bond bond) {
        if (!List.of(BondStatus.ISSUED, BondStatus.MATURED).contains(bond.status())) {
            throw new ContractError(ErrorCode.INVALID_STATE, "bond " + bond.bondId() + " is " + bond.status()
                    + "; proceeds are allocated while it is ISSUED or MATURED");
        }
    }

    /**
     * Writes the bond only when its covenant state changes; a sustainability-linked bond's step-up
     * trigger follows it.
     */
    private static void updateCovenant(GreenLedgerContext ctx, Bond bond, List<AllocationFlag> breaches, String cause) {
        boolean breach = !breaches.isEmpty();
        if (breach == (bond.covenantBreachedAt() != null)) {
            return;
        }
        Instant now = ctx.ledger().now();
        new BondRegister(ctx.ledger()).save(bond.withCovenantBreach(breach ? now : null, now));
        new StepUps(ctx.ledger()).covenant(bond, breach, (breach ? "covenant breached: " : "covenant cured: ") + cause);
    }
}
