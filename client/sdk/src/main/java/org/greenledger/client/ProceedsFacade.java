package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;

final class ProceedsFacade implements Proceeds {
    private final Invoker invoker;

    ProceedsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public GreenProject registerProject(RegisterProjectRequest request) {
        return invoker.call(Transaction.REGISTER_PROJECT, request);
    }

    @Override
    public Allocation allocate(AllocationRequest request) {
        return invoker.call(Transaction.ALLOCATE_PROCEEDS, request);
    }

    @Override
    public Allocation release(ReleaseRequest request) {
        return invoker.call(Transaction.RELEASE_ALLOCATION, request);
    }

    @Override
    public AllocationFlag flag(FlagRequest request) {
        return invoker.call(Transaction.FLAG_ALLOCATION, request);
    }

    @Override
    public AllocationFlag clearFlag(FlagRequest request) {
        return invoker.call(Transaction.CLEAR_ALLOCATION_FLAG, request);
    }

    @Override
    public GreenProject project(String projectId) {
        return invoker.call(Transaction.GET_PROJECT, projectId);
    }

    @Override
    public List<Allocation> allocations(String bondId) {
        return invoker.call(Transaction.LIST_ALLOCATIONS, bondId);
    }

    @Override
    public AllocationReport allocationReport(String bondId) {
        return invoker.call(Transaction.GET_ALLOCATION_REPORT, bondId);
    }
}
