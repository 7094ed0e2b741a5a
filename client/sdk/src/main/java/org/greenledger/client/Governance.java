package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;

/**
 * Membership of the consortium: which orgs take part, by MSP ID, and in which roles (REGISTRY,
 * ISSUER, CUSTODIAN, VERIFIER, REGULATOR). The alliance (the REGISTRY org) registers members;
 * changing an existing member's roles is proposed by the alliance and takes effect only when the
 * regulator approves, so neither changes who may do what alone. Writes need a user with
 * {@code gl.role} {@code admin}; reads are open to every member. None of the writes carries a
 * request id: a second attempt finds the change made and is refused.
 *
 * <pre>{@code
 * alliance.governance().registerOrg(new RegisterOrgRequest("BankCMSP", "Bank C",
 *         List.of(OrgRole.ISSUER, OrgRole.CUSTODIAN)));
 * RoleChangeProposal proposal = alliance.governance().proposeRoleChange(
 *         new RoleChangeRequest("BankCMSP", List.of(OrgRole.CUSTODIAN)));
 * MemberOrg changed = regulator.governance().approveRoleChange(proposal.proposalId());
 * }</pre>
 */
public interface Governance {
    /**
     * Starts governance, once, right after the chaincode is committed: the calling admin's org
     * becomes the alliance (REGISTRY) and the named org the regulator. Any org of the channel may
     * call it; only the first call succeeds.
     *
     * @param request the alliance's name and the regulator's MSP ID and name
     * @return the two member orgs created
     * @throws RejectedException {@code ALREADY_BOOTSTRAPPED} after the first time;
     *                           {@code INVALID_ARGUMENT} if the regulator is the caller's own org;
     *                           {@code NOT_AUTHORIZED} for a user who is not {@code admin}
     */
    Bootstrapped bootstrap(BootstrapRequest request);

    /**
     * Registers a new member org with its business roles (an admin of the alliance). REGISTRY and
     * REGULATOR are never granted here, only by an approved role change.
     *
     * @param request the org's MSP ID, name and roles
     * @return the member org
     * @throws RejectedException {@code ALREADY_EXISTS} for a member already registered;
     *                           {@code NOT_AUTHORIZED} for a governing role or a caller that is not
     *                           the alliance's admin
     */
    MemberOrg registerOrg(RegisterOrgRequest request);

    /**
     * Proposes new roles for a member org (an admin of the alliance); they replace its roles once
     * the regulator approves.
     *
     * @param request the member's MSP ID and the full list of its new roles
     * @return the proposal, PENDING; its id is the proposing transaction's id
     * @throws RejectedException {@code NOT_FOUND} for an org that is not a member;
     *                           {@code NOT_AUTHORIZED} for a caller that is not the alliance's admin
     */
    RoleChangeProposal proposeRoleChange(RoleChangeRequest request);

    /**
     * Approves a pending role change (an admin of a REGULATOR org other than the proposer) and
     * applies it.
     *
     * @param proposalId the proposal's id
     * @return the org with its new roles
     * @throws RejectedException {@code NOT_FOUND} for an unknown proposal; {@code INVALID_STATE}
     *                           if it is not PENDING, or if it would leave the consortium without
     *                           a REGISTRY or REGULATOR org; {@code NOT_AUTHORIZED} for the
     *                           proposer or a caller that is not a regulator's admin
     */
    MemberOrg approveRoleChange(String proposalId);

    /**
     * Reads a member org.
     *
     * @param mspId the org's MSP ID
     * @return the org with its roles
     * @throws RejectedException {@code NOT_FOUND} for an org that is not a member
     */
    MemberOrg org(String mspId);

    /**
     * Lists the consortium.
     *
     * @return every member org, in MSP ID order
     */
    List<MemberOrg> orgs();

    /**
     * Reads a role-change proposal.
     *
     * @param proposalId the proposal's id
     * @return the proposal with its status and, once approved, its approver
     * @throws RejectedException {@code NOT_FOUND} for an unknown proposal
     */
    RoleChangeProposal roleChange(String proposalId);
}
