package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;

/**
 * Membership of the consortium. The alliance (REGISTRY org) registers members; role changes are
 * proposed by the alliance and take effect when the regulator approves.
 */
public interface Governance {
    /** Starts governance (once): the caller's org becomes the alliance; admin only. */
    Bootstrapped bootstrap(BootstrapRequest request);

    /** Registers a new member org (alliance admin). */
    MemberOrg registerOrg(RegisterOrgRequest request);

    /** Proposes new roles for a member org (alliance admin). */
    RoleChangeProposal proposeRoleChange(RoleChangeRequest request);

    /** Approves a pending role change (regulator admin); returns the org with its new roles. */
    MemberOrg approveRoleChange(String proposalId);

    MemberOrg org(String mspId);

    /** All member orgs, in MSP ID order. */
    List<MemberOrg> orgs();

    RoleChangeProposal roleChange(String proposalId);
}
