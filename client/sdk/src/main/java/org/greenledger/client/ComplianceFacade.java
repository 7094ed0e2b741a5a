package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.compliance.SandboxCapRef;
import org.greenledger.chaincode.api.holding.Holding;

final class ComplianceFacade implements Compliance {
    private final Invoker invoker;

    ComplianceFacade(Invoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public Account freezeAccount(RegulatoryAction action) {
        return invoker.call(Transaction.FREEZE_ACCOUNT, action);
    }

    @Override
    public Account unfreezeAccount(RegulatoryAction action) {
        return invoker.call(Transaction.UNFREEZE_ACCOUNT, action);
    }

    @Override
    public RegulatoryRecord listSanction(RegulatoryAction action) {
        return invoker.call(Transaction.LIST_SANCTION, action);
    }

    @Override
    public RegulatoryRecord liftSanction(RegulatoryAction action) {
        return invoker.call(Transaction.LIFT_SANCTION, action);
    }

    @Override
    public RegulatoryRecord pauseAsset(RegulatoryAction action) {
        return invoker.call(Transaction.PAUSE_ASSET, action);
    }

    @Override
    public RegulatoryRecord unpauseAsset(RegulatoryAction action) {
        return invoker.call(Transaction.UNPAUSE_ASSET, action);
    }

    @Override
    public Holding freezeHolding(HoldingFreezeRequest request) {
        return invoker.call(Transaction.FREEZE_HOLDING, request);
    }

    @Override
    public Holding unfreezeHolding(HoldingFreezeRequest request) {
        return invoker.call(Transaction.UNFREEZE_HOLDING, request);
    }

    @Override
    public ForcedTransfer proposeForcedTransfer(ForcedTransferRequest request) {
        return invoker.call(Transaction.PROPOSE_FORCED_TRANSFER, request);
    }

    @Override
    public ForcedTransfer approveForcedTransfer(String proposalId) {
        return invoker.call(Transaction.APPROVE_FORCED_TRANSFER, proposalId);
    }

    @Override
    public ForcedTransfer forcedTransfer(String proposalId) {
        return invoker.call(Transaction.GET_FORCED_TRANSFER, proposalId);
    }

    @Override
    public SandboxCap setSandboxCap(SandboxCap cap) {
        return invoker.call(Transaction.SET_SANDBOX_CAP, cap);
    }

    @Override
    public ReportingThreshold setReportingThreshold(ReportingThreshold threshold) {
        return invoker.call(Transaction.SET_REPORTING_THRESHOLD, threshold);
    }

    @Override
    public RegulatoryRecord sanction(String accountId) {
        return invoker.call(Transaction.GET_SANCTION, accountId);
    }

    @Override
    public RegulatoryRecord assetPause(String assetId) {
        return invoker.call(Transaction.GET_ASSET_PAUSE, assetId);
    }

    @Override
    public SandboxCap sandboxCap(AssetClass assetClass, String currency) {
        return invoker.call(Transaction.GET_SANDBOX_CAP, new SandboxCapRef(assetClass, currency));
    }

    @Override
    public ReportingThreshold reportingThreshold(String currency) {
        return invoker.call(Transaction.GET_REPORTING_THRESHOLD, currency);
    }

    @Override
    public RegulatoryRecord accountFreeze(String accountId) {
        return invoker.call(Transaction.GET_ACCOUNT_FREEZE, accountId);
    }

    @Override
    public MeasurePage measures(MeasureQuery query) {
        return invoker.call(Transaction.FIND_MEASURES, query);
    }

    @Override
    public List<SandboxCap> sandboxCaps() {
        return invoker.call(Transaction.LIST_SANDBOX_CAPS);
    }

    @Override
    public List<ReportingThreshold> reportingThresholds() {
        return invoker.call(Transaction.LIST_REPORTING_THRESHOLDS);
    }

    @Override
    public Outstanding outstanding(AssetClass assetClass, String currency) {
        return invoker.call(Transaction.GET_OUTSTANDING, new SandboxCapRef(assetClass, currency));
    }

    @Override
    public List<Outstanding> outstanding() {
        return invoker.call(Transaction.LIST_OUTSTANDING);
    }
}
