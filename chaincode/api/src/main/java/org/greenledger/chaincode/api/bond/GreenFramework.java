package org.greenledger.chaincode.api.bond;

import java.util.EnumSet;
import java.util.List;
import org.greenledger.chaincode.api.Check;

/**
 * The issuer's green bond framework (ICMA GBP): the project categories proceeds may fund, the
 * framework document, and the VERIFIER org that gives the external review.
 *
 * @param eligibleCategories    canonical (declaration order, distinct), not empty
 * @param frameworkDocumentHash lowercase hex SHA-256 of the framework document
 * @param externalReviewerMspId MSP ID of the reviewing VERIFIER org
 */
public record GreenFramework(List<IcmaCategory> eligibleCategories, String frameworkDocumentHash,
        String externalReviewerMspId) {
    public GreenFramework {
        Check.notEmpty("framework.eligibleCategories", eligibleCategories);
        eligibleCategories = List.copyOf(EnumSet.copyOf(eligibleCategories));
        Check.matches("framework.frameworkDocumentHash", frameworkDocumentHash, Check.SHA256_HEX);
        Check.matches("framework.externalReviewerMspId", externalReviewerMspId, Check.MSP_ID);
    }
}
