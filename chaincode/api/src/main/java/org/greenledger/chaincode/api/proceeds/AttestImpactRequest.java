package org.greenledger.chaincode.api.proceeds;

import java.time.LocalDate;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Idempotent;

/**
 * The project's verifier attests a reported period.
 *
 * @param projectId     the project
 * @param periodStart   the start of the reported period
 * @param statementHash SHA-256 of the verification statement
 */
public record AttestImpactRequest(String projectId, LocalDate periodStart, String statementHash) implements Idempotent {
    public AttestImpactRequest {
        Check.matches("projectId", projectId, Check.ID);
        Check.present("periodStart", periodStart);
        Check.matches("statementHash", statementHash, Check.SHA256_HEX);
    }
}
