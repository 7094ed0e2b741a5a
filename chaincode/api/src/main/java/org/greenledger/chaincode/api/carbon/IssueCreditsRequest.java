package org.greenledger.chaincode.api.carbon;

import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * The registry issues the credits of a verified monitoring report.
 *
 * @param projectId             the project
 * @param reportId              the verified report
 * @param bufferBasisPoints     share withheld in the buffer pool against reversals, in 1/100 of a
 *                              percent (0 to 10,000), rounded up to a whole tonne
 * @param labels                labels the credits carry (may be empty)
 * @param letterOfAuthorization the host country's Article 6 letter reference, or null
 */
public record IssueCreditsRequest(String projectId, String reportId, int bufferBasisPoints, List<CreditLabel> labels,
        String letterOfAuthorization) {
    public IssueCreditsRequest {
        Check.matches("projectId", projectId, Check.ID);
        Check.matches("reportId", reportId, Check.ID);
        if (bufferBasisPoints < 0 || bufferBasisPoints > 10_000) {
            throw GreenLedgerError.invalid("bufferBasisPoints", "must be between 0 and 10000");
        }
        labels = CreditLabels.of(labels, letterOfAuthorization);
        Article6.of(letterOfAuthorization);
    }
}
