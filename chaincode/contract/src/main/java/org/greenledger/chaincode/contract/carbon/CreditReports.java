package org.greenledger.chaincode.contract.carbon;

import java.util.List;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.contract.movement.CreditBlocks;

/** A project's issuance and retirement ledger, from its issuances, certificates and cancellations. */
final class CreditReports {
    private CreditReports() {
    }

    static ProjectCreditLedger ledgerOf(SerialBook serials, CreditBlocks blocks, String projectId) {
        List<CreditIssuance> issuances = serials.issuances(projectId);
        List<RetirementCertificate> retirements = serials.certificatesOf(projectId);
        List<CreditBlock> cancelled = blocks.cancelled(projectId);
        long issued = issuances.stream().mapToLong(i -> i.range().quantity()).reduce(0, Math::addExact);
        long buffer = issuances.stream().mapToLong(CreditIssuance::bufferUnits).reduce(0, Math::addExact);
        long retired = retirements.stream().mapToLong(c -> c.range().quantity()).reduce(0, Math::addExact);
        long cancelledUnits = cancelled.stream().mapToLong(CreditBlock::quantity).reduce(0, Math::addExact);
        return new ProjectCreditLedger(projectId, issuances, retirements, cancelled, issued, buffer, retired,
                cancelledUnits);
    }
}
