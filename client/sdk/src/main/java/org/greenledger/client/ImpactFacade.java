package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;

final class ImpactFacade implements Impact {
    private final Invoker invoker;

    ImpactFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public ImpactReport report(ReportImpactRequest request) {
        return invoker.call(Transaction.REPORT_IMPACT, request);
    }

    @Override
    public ImpactReport attest(AttestImpactRequest request) {
        return invoker.call(Transaction.ATTEST_IMPACT, request);
    }

    @Override
    public List<ImpactReport> reports(String projectId) {
        return invoker.call(Transaction.LIST_IMPACT_REPORTS, projectId);
    }

    @Override
    public BondImpactReport bondImpact(BondImpactQuery query) {
        return invoker.call(Transaction.GET_BOND_IMPACT_REPORT, query);
    }
}
