package org.greenledger.chaincode.api.carbon;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * A carbon project on the ledger.
 *
 * @param terms          what was listed
 * @param listedBy       the developer's custodian bank
 * @param status         where it stands
 * @param validatedBy    the VERIFIER org that validated it (null before)
 * @param registeredBy   the REGISTRY org that registered it and issues its credits (null before)
 * @param lastDecision   SHA-256 of the document of the last lifecycle step
 * @param listedAt       transaction time of listing
 * @param updatedAt      transaction time of the last step
 */
public record CarbonProject(ListCarbonProjectRequest terms, String listedBy, CarbonProjectStatus status,
        String validatedBy, String registeredBy, String lastDecision, Instant listedAt, Instant updatedAt) {
    public CarbonProject {
        Check.present("terms", terms);
        Check.present("status", status);
    }

    public String projectId() {
        return terms.projectId();
    }

    /**
     * The project in {@code target} status, decided by {@code mspId}.
     *
     * @throws GreenLedgerError INVALID_TRANSITION if the lifecycle does not allow the step
     */
    public CarbonProject moveTo(CarbonProjectStatus target, String mspId, String documentHash, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new GreenLedgerError(ErrorCode.INVALID_TRANSITION, "carbon project " + projectId()
                    + " cannot move from " + status + " to " + target);
        }
        return new CarbonProject(terms, listedBy, target, target == CarbonProjectStatus.VALIDATED ? mspId : validatedBy,
                target == CarbonProjectStatus.REGISTERED ? mspId : registeredBy, documentHash, listedAt, at);
    }
}
