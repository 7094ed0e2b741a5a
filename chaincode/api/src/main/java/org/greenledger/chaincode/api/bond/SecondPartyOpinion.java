package org.greenledger.chaincode.api.bond;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;

/**
 * The external reviewer's second-party opinion on the bond's green framework.
 *
 * @param reviewerMspId       the VERIFIER org that gave it
 * @param opinionDocumentHash lowercase hex SHA-256 of the opinion document
 * @param reviewedAt          transaction time of the review
 */
public record SecondPartyOpinion(String reviewerMspId, String opinionDocumentHash, Instant reviewedAt) {
    public SecondPartyOpinion {
        Check.matches("reviewerMspId", reviewerMspId, Check.MSP_ID);
        Check.matches("opinionDocumentHash", opinionDocumentHash, Check.SHA256_HEX);
        Check.present("reviewedAt", reviewedAt);
    }
}
