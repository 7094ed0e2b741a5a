package org.greenledger.chaincode.api.bond;

import org.greenledger.chaincode.api.Check;

/**
 * The bond's external reviewer's attested observation of its sustainability performance target.
 *
 * @param bondId        the sustainability-linked bond
 * @param observationId the reviewer's id for the observation, used once per bond
 * @param targetMet     whether the target was met (a met target after a miss is the cure)
 * @param evidenceHash  lowercase hex SHA-256 of the verification statement
 */
public record TargetObservation(String bondId, String observationId, boolean targetMet, String evidenceHash) {
    public TargetObservation {
        Isin.check("bondId", bondId);
        Check.matches("observationId", observationId, Check.ID);
        Check.matches("evidenceHash", evidenceHash, Check.SHA256_HEX);
    }
}
