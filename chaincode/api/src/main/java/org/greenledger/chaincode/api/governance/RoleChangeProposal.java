package org.greenledger.chaincode.api.governance;

import java.time.Instant;
import java.util.List;
import org.greenledger.chaincode.api.Check;

/**
 * A change of an org's roles, proposed by the alliance and effective only when the regulator
 * approves it: neither can change membership roles alone.
 *
 * @param proposalId  the id of the proposing transaction
 * @param mspId       the org whose roles change
 * @param roles       its roles once approved
 * @param proposedBy  MSP ID of the proposing (REGISTRY) org
 * @param proposedAt  transaction time of the proposal
 * @param status      PENDING or APPROVED
 * @param approvedBy  MSP ID of the approving (REGULATOR) org, or null while pending
 * @param approvedAt  transaction time of the approval, or null while pending
 */
public record RoleChangeProposal(String proposalId, String mspId, List<OrgRole> roles, String proposedBy,
        Instant proposedAt, ProposalStatus status, String approvedBy, Instant approvedAt) {
    public RoleChangeProposal {
        Check.text("proposalId", proposalId, 128);
        Check.matches("mspId", mspId, Check.MSP_ID);
        roles = OrgRole.canonical("roles", roles);
        Check.matches("proposedBy", proposedBy, Check.MSP_ID);
        Check.present("proposedAt", proposedAt);
        Check.present("status", status);
    }

    public RoleChangeProposal approved(String regulatorMspId, Instant at) {
        return new RoleChangeProposal(proposalId, mspId, roles, proposedBy, proposedAt, ProposalStatus.APPROVED,
                regulatorMspId, at);
    }
}
