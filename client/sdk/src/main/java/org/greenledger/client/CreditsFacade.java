package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.carbon.AdjustmentRequest;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BondCredits;
import org.greenledger.chaincode.api.carbon.CancelCreditsRequest;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;

final class CreditsFacade implements Credits {
    private final Invoker invoker;

    CreditsFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public CreditIssuance issue(IssueCreditsRequest request) {
        return invoker.call(Transaction.ISSUE_CREDITS, request);
    }

    @Override
    public CreditIssuance importCredits(ImportCreditsRequest request) {
        return invoker.call(Transaction.IMPORT_CREDITS, request);
    }

    @Override
    public CreditsMoved transfer(TransferCreditsRequest request) {
        return invoker.call(Transaction.TRANSFER_CREDITS, request);
    }

    @Override
    public RetirementCertificate retire(RetireCreditsRequest request) {
        return invoker.call(Transaction.RETIRE_CREDITS, request);
    }

    @Override
    public CreditsMoved cancel(CancelCreditsRequest request) {
        return invoker.call(Transaction.CANCEL_CREDITS, request);
    }

    @Override
    public CreditBlock applyAdjustment(AdjustmentRequest request) {
        return invoker.call(Transaction.APPLY_ADJUSTMENT, request);
    }

    @Override
    public CreditBlock freeze(BlockFreezeRequest request) {
        return invoker.call(Transaction.FREEZE_CREDIT_BLOCK, request);
    }

    @Override
    public CreditBlock unfreeze(BlockFreezeRequest request) {
        return invoker.call(Transaction.UNFREEZE_CREDIT_BLOCK, request);
    }

    @Override
    public RetirementCertificate certificate(String retirementId) {
        return invoker.call(Transaction.GET_CERTIFICATE, retirementId);
    }

    @Override
    public List<CreditBlock> blocks(String accountId) {
        return invoker.call(Transaction.LIST_BLOCKS, accountId);
    }

    @Override
    public ProjectCreditLedger projectLedger(String projectId) {
        return invoker.call(Transaction.GET_PROJECT_CREDIT_LEDGER, projectId);
    }

    @Override
    public BondCredits bondCredits(String bondId) {
        return invoker.call(Transaction.GET_BOND_CREDITS, bondId);
    }
}
