package org.greenledger.chaincode.api.proceeds;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * The verifier's finding that an allocation is not eligible. While the flagged allocation still
 * holds proceeds and the flag is not cleared, the bond is in breach of its green covenant.
 *
 * @param bondId        the bond
 * @param allocationId  the allocation
 * @param verifierMspId the bond's external reviewer
 * @param findingHash   SHA-256 of the finding
 * @param flaggedAt     transaction time of the flag
 * @param clearanceHash SHA-256 of the review that cleared it (null while open)
 * @param clearedAt     transaction time of the clearance (null while open)
 */
public record AllocationFlag(String bondId, String allocationId, String verifierMspId, String findingHash,
        Instant flaggedAt, String clearanceHash, Instant clearedAt) {
    public AllocationFlag {
        Check.present("bondId", bondId);
        Check.present("allocationId", allocationId);
        Check.matches("verifierMspId", verifierMspId, Check.MSP_ID);
        Check.matches("findingHash", findingHash, Check.SHA256_HEX);
        Check.present("flaggedAt", flaggedAt);
    }

    public boolean open() {
        return clearedAt == null;
    }

    public AllocationFlag cleared(String reviewHash, Instant at) {
        return new AllocationFlag(bondId, allocationId, verifierMspId, findingHash, flaggedAt, reviewHash, at);
    }
}
