package org.greenledger.chaincode.api.compliance;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.governance.ProposalStatus;

/**
 * A court-ordered transfer: proposed by the regulator, executed only when the asset's issuer or
 * the sending account's custodian approves, so that no single org can move others' assets.
 *
 * @param proposalId the id of the proposing transaction
 * @param request    what the court ordered
 * @param proposedBy MSP ID of the regulator org
 * @param proposedAt transaction time of the proposal
 * @param status     PENDING, or APPROVED once executed
 * @param approvedBy MSP ID of the approving issuer or custodian org, null while pending
 * @param approvedAt transaction time of the execution, null while pending
 */
public record ForcedTransfer(String proposalId, ForcedTransferRequest request, String proposedBy, Instant proposedAt,
        ProposalStatus status, String approvedBy, Instant approvedAt) {
    public ForcedTransfer {
        Check.text("proposalId", proposalId, 128);
        Check.present("request", request);
        Check.matches("proposedBy", proposedBy, Check.MSP_ID);
        Check.present("proposedAt", proposedAt);
        Check.present("status", status);
    }

    public ForcedTransfer approved(String mspId, Instant at) {
        return new ForcedTransfer(proposalId, request, proposedBy, proposedAt, ProposalStatus.APPROVED, mspId, at);
    }
}
