package org.greenledger.chaincode.api.carbon;

import java.time.Instant;

/**
 * Credits that came onto the ledger: issued from a verified report, or imported.
 *
 * @param issuanceId    the report id for an issuance, the import id for an import
 * @param projectId     the project
 * @param registryMspId the registry that issued or imported them
 * @param range         every serial created
 * @param toAccountId   who received them (the developer for an issuance)
 * @param deliveredUnits units delivered to that account
 * @param bufferUnits   units withheld in the buffer pool (the last serials of the range)
 * @param external      for an import: the external registry, project and range (else null)
 * @param at            transaction time
 */
public record CreditIssuance(String issuanceId, String projectId, String registryMspId, SerialRange range,
        String toAccountId, long deliveredUnits, long bufferUnits, String external, Instant at) {
}
