package org.greenledger.chaincode.api.carbon;

import java.util.List;

/**
 * A project's issuance and retirement ledger.
 *
 * @param projectId     the project
 * @param issuances     issuances and imports, oldest first
 * @param retirements   retirement certificates, in serial order
 * @param cancelled     blocks cancelled by the registry
 * @param issuedUnits   every serial created (buffer included)
 * @param bufferUnits   serials withheld in the buffer pool
 * @param retiredUnits  serials retired
 * @param cancelledUnits serials cancelled
 */
public record ProjectCreditLedger(String projectId, List<CreditIssuance> issuances,
        List<RetirementCertificate> retirements, List<CreditBlock> cancelled, long issuedUnits, long bufferUnits,
        long retiredUnits, long cancelledUnits) {
}
