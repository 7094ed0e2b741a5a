package org.greenledger.chaincode.contract.governance;

import static org.greenledger.chaincode.api.Transaction.BOOTSTRAP;
import static org.greenledger.chaincode.api.Transaction.PROPOSE_ROLE_CHANGE;
import static org.greenledger.chaincode.api.Transaction.REGISTER_ORG;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;

import java.util.List;
import java.util.Set;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.ProposalStatus;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.access.Membership;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Membership of the consortium: which orgs take part and in which roles. The alliance (REGISTRY)
 * registers members; changing an existing member's roles needs the alliance to propose and the
 * regulator to approve, so neither changes who may do what alone.
 */
@Contract(name = Contracts.GOVERNANCE, info = @Info(title = "GreenLedger governance", version = "0.1.0"))
@Default
public final class GovernanceContract implements GreenLedgerContract {
    private static final AccessPolicy CHANNEL_ADMIN = AccessPolicy.anyChannelOrg().users(ADMIN);
    private static final AccessPolicy ALLIANCE_ADMIN = AccessPolicy.orgWith(OrgRole.REGISTRY).users(ADMIN);
    private static final AccessPolicy REGULATOR_ADMIN = AccessPolicy.orgWith(OrgRole.REGULATOR).users(ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    /** Roles that, granted by the alliance alone, would let it bypass the regulator. */
    private static final Set<OrgRole> GOVERNING_ROLES = Set.of(OrgRole.REGISTRY, OrgRole.REGULATOR);

    /**
     * Starts governance, once: the calling admin's org becomes the alliance (REGISTRY) and the
     * named org the regulator. Run by the deployment right after the chaincode is committed.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Bootstrap(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CHANNEL_ADMIN.check(ctx);
        BootstrapRequest request = Requests.decode(requestJson, BOOTSTRAP);
        Membership membership = new Membership(ctx.ledger());
        if (membership.isBootstrapped()) {
            throw new ContractError(ErrorCode.ALREADY_BOOTSTRAPPED, "governance was already bootstrapped");
        }
        if (request.regulatorMspId().equals(caller.mspId())) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT,
                    "the regulator must be another org than the alliance, so that two-party rules need two parties");
        }
        var now = ctx.ledger().now();
        MemberOrg alliance = new MemberOrg(caller.mspId(), request.allianceName(), List.of(OrgRole.REGISTRY), now, now);
        MemberOrg regulator = new MemberOrg(request.regulatorMspId(), request.regulatorName(),
                List.of(OrgRole.REGULATOR), now, now);
        membership.save(alliance, regulator);
        membership.markBootstrapped(alliance.mspId());
        Bootstrapped event = new Bootstrapped(List.of(alliance, regulator));
        ctx.ledger().emit(EventType.GOVERNANCE_BOOTSTRAPPED, event);
        return Json.encode(event);
    }

    /** Registers a new member org with its business roles (alliance admin). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterOrg(GreenLedgerContext ctx, String requestJson) {
        ALLIANCE_ADMIN.check(ctx);
        RegisterOrgRequest request = Requests.decode(requestJson, REGISTER_ORG);
        if (request.roles().stream().anyMatch(GOVERNING_ROLES::contains)) {
            throw ContractError.notAuthorized("REGISTRY and REGULATOR roles are granted only by a role change"
                    + " that the regulator approves");
        }
        Membership membership = new Membership(ctx.ledger());
        if (membership.find(request.mspId()).isPresent()) {
            throw ContractError.alreadyExists("member org", request.mspId());
        }
        var now = ctx.ledger().now();
        MemberOrg org = new MemberOrg(request.mspId(), request.name(), request.roles(), now, now);
        membership.save(org);
        ctx.ledger().emit(EventType.ORG_REGISTERED, org);
        return Json.encode(org);
    }

    /** Proposes new roles for a member org (alliance admin); the regulator must approve. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ProposeRoleChange(GreenLedgerContext ctx, String requestJson) {
        Caller caller = ALLIANCE_ADMIN.check(ctx);
        RoleChangeRequest request = Requests.decode(requestJson, PROPOSE_ROLE_CHANGE);
        Membership membership = new Membership(ctx.ledger());
        if (membership.find(request.mspId()).isEmpty()) {
            throw ContractError.notFound("member org", request.mspId());
        }
        RoleChangeProposal proposal = new RoleChangeProposal(ctx.ledger().txId(), request.mspId(), request.roles(),
                caller.mspId(), ctx.ledger().now(), ProposalStatus.PENDING, null, null);
        membership.save(proposal);
        ctx.ledger().emit(EventType.ROLE_CHANGE_PROPOSED, proposal);
        return Json.encode(proposal);
    }

    /** Approves a pending role change (regulator admin of another org than the proposer). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ApproveRoleChange(GreenLedgerContext ctx, String proposalId) {
        Caller caller = REGULATOR_ADMIN.check(ctx);
        Requests.id("proposalId", proposalId, Check.ID);
        Membership membership = new Membership(ctx.ledger());
        RoleChangeProposal proposal = membership.findProposal(proposalId)
                .orElseThrow(() -> ContractError.notFound("role change proposal", proposalId));
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new ContractError(ErrorCode.INVALID_STATE, "proposal " + proposalId + " is " + proposal.status());
        }
        if (proposal.proposedBy().equals(caller.mspId())) {
            throw ContractError.notAuthorized("the org that proposed a role change cannot also approve it");
        }
        MemberOrg org = membership.find(proposal.mspId())
                .orElseThrow(() -> ContractError.notFound("member org", proposal.mspId()));
        for (OrgRole governing : GOVERNING_ROLES) {
            if (org.has(governing) && !proposal.roles().contains(governing)
                    && membership.countWith(governing, org.mspId()) == 0) {
                throw new ContractError(ErrorCode.INVALID_STATE, "the consortium must keep an org with role " + governing);
            }
        }
        var now = ctx.ledger().now();
        MemberOrg changed = org.withRoles(proposal.roles(), now);
        membership.save(changed);
        membership.save(proposal.approved(caller.mspId(), now));
        ctx.ledger().emit(EventType.ORG_ROLES_CHANGED, changed);
        return Json.encode(changed);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetOrg(GreenLedgerContext ctx, String mspId) {
        MEMBER.check(ctx);
        Requests.id("mspId", mspId, Check.MSP_ID);
        return Json.encode(new Membership(ctx.ledger()).find(mspId)
                .orElseThrow(() -> ContractError.notFound("member org", mspId)));
    }

    /** All member orgs, in MSP ID order. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListOrgs(GreenLedgerContext ctx) {
        MEMBER.check(ctx);
        return Json.encode(new Membership(ctx.ledger()).all());
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetRoleChange(GreenLedgerContext ctx, String proposalId) {
        MEMBER.check(ctx);
        Requests.id("proposalId", proposalId, Check.ID);
        return Json.encode(new Membership(ctx.ledger()).findProposal(proposalId)
                .orElseThrow(() -> ContractError.notFound("role change proposal", proposalId)));
    }
}
