package org.greenledger.chaincode.api;

import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountPage;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.DefaultNotice;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.PaymentConfirmation;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.bond.SubscriptionRef;
import org.greenledger.chaincode.api.bond.TargetObservation;
import org.greenledger.chaincode.api.carbon.AdjustmentRequest;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BondCredits;
import org.greenledger.chaincode.api.carbon.CancelCreditsRequest;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.MonitoringReportRef;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
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
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.api.event.Bootstrapped;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.history.RecordRef;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.HoldingRef;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;

/**
 * The catalog of GreenLedger transactions: each declared once, with the contract that serves it,
 * its name, whether it is a read ({@link Intent#EVALUATE}) or a write ({@link Intent#SUBMIT}), the
 * type of its request and the type of its result. The SDK calls by these entries and the contracts
 * decode their requests through them, so both sides state a request type in one place; a test of
 * the chaincode checks every entry against its contract method.
 *
 * <pre>{@code
 * UnitsMoved moved = invoker.call(Transaction.TRANSFER, transferRequest);      // the SDK
 * TransferRequest request = Requests.decode(requestJson, Transaction.TRANSFER); // the contract
 * }</pre>
 *
 * <p>How a request travels follows from its type ({@link #arguments}): {@link Void} is no
 * argument, {@link String} one plain id, a {@link Positional} record one argument per component,
 * anything else its JSON. Whether a transaction may be sent again follows from its type too
 * ({@link #replaySafe}).
 *
 * @param <Q> the request: an api record, an id ({@link String}) or nothing ({@link Void})
 * @param <R> the result, decoded from the JSON the chaincode returns
 */
public final class Transaction<Q, R> {
    // governance
    public static final Transaction<BootstrapRequest, Bootstrapped> BOOTSTRAP =
            submit(Contracts.GOVERNANCE, "Bootstrap", BootstrapRequest.class, Bootstrapped.class);
    public static final Transaction<RegisterOrgRequest, MemberOrg> REGISTER_ORG =
            submit(Contracts.GOVERNANCE, "RegisterOrg", RegisterOrgRequest.class, MemberOrg.class);
    public static final Transaction<RoleChangeRequest, RoleChangeProposal> PROPOSE_ROLE_CHANGE =
            submit(Contracts.GOVERNANCE, "ProposeRoleChange", RoleChangeRequest.class, RoleChangeProposal.class);
    public static final Transaction<String, MemberOrg> APPROVE_ROLE_CHANGE =
            submit(Contracts.GOVERNANCE, "ApproveRoleChange", String.class, MemberOrg.class);
    public static final Transaction<String, MemberOrg> GET_ORG =
            evaluate(Contracts.GOVERNANCE, "GetOrg", String.class, MemberOrg.class);
    public static final Transaction<Void, List<MemberOrg>> LIST_ORGS =
            evaluateList(Contracts.GOVERNANCE, "ListOrgs", Void.class, MemberOrg.class);
    public static final Transaction<String, RoleChangeProposal> GET_ROLE_CHANGE =
            evaluate(Contracts.GOVERNANCE, "GetRoleChange", String.class, RoleChangeProposal.class);

    // accounts
    public static final Transaction<OpenAccountRequest, Account> OPEN_ACCOUNT =
            submit(Contracts.ACCOUNTS, "OpenAccount", OpenAccountRequest.class, Account.class);
    public static final Transaction<UpdateKycRequest, Account> UPDATE_KYC =
            submit(Contracts.ACCOUNTS, "UpdateKyc", UpdateKycRequest.class, Account.class);
    public static final Transaction<String, Account> CLOSE_ACCOUNT =
            submit(Contracts.ACCOUNTS, "CloseAccount", String.class, Account.class);
    public static final Transaction<String, Account> GET_ACCOUNT =
            evaluate(Contracts.ACCOUNTS, "GetAccount", String.class, Account.class);
    public static final Transaction<PageRequest, AccountPage> LIST_ACCOUNTS =
            evaluate(Contracts.ACCOUNTS, "ListAccounts", PageRequest.class, AccountPage.class);

    // bonds
    public static final Transaction<BondTerms, Bond> CREATE_BOND =
            submit(Contracts.BONDS, "CreateBond", BondTerms.class, Bond.class);
    public static final Transaction<ReviewBondRequest, Bond> REVIEW_BOND =
            submit(Contracts.BONDS, "ReviewBond", ReviewBondRequest.class, Bond.class);
    public static final Transaction<String, Bond> APPROVE_BOND =
            submit(Contracts.BONDS, "ApproveBond", String.class, Bond.class);
    public static final Transaction<String, Bond> OPEN_SUBSCRIPTIONS =
            submit(Contracts.BONDS, "OpenSubscriptions", String.class, Bond.class);
    public static final Transaction<String, Bond> CANCEL_BOND =
            submit(Contracts.BONDS, "CancelBond", String.class, Bond.class);
    public static final Transaction<TargetObservation, StepUpTrigger> OBSERVE_TARGET =
            submit(Contracts.BONDS, "ObserveTarget", TargetObservation.class, StepUpTrigger.class);
    public static final Transaction<String, List<StepUpTrigger>> GET_STEP_UP_TRIGGERS =
            evaluateList(Contracts.BONDS, "GetStepUpTriggers", String.class, StepUpTrigger.class);
    public static final Transaction<String, Bond> GET_BOND =
            evaluate(Contracts.BONDS, "GetBond", String.class, Bond.class);
    public static final Transaction<String, CouponSchedule> GET_COUPON_SCHEDULE =
            evaluate(Contracts.BONDS, "GetCouponSchedule", String.class, CouponSchedule.class);
    public static final Transaction<BondQuery, BondPage> FIND_BONDS =
            evaluate(Contracts.BONDS, "FindBonds", BondQuery.class, BondPage.class);

    // compliance
    public static final Transaction<RegulatoryAction, Account> FREEZE_ACCOUNT =
            submit(Contracts.COMPLIANCE, "FreezeAccount", RegulatoryAction.class, Account.class);
    public static final Transaction<RegulatoryAction, Account> UNFREEZE_ACCOUNT =
            submit(Contracts.COMPLIANCE, "UnfreezeAccount", RegulatoryAction.class, Account.class);
    public static final Transaction<RegulatoryAction, RegulatoryRecord> LIST_SANCTION =
            submit(Contracts.COMPLIANCE, "ListSanction", RegulatoryAction.class, RegulatoryRecord.class);
    public static final Transaction<RegulatoryAction, RegulatoryRecord> LIFT_SANCTION =
            submit(Contracts.COMPLIANCE, "LiftSanction", RegulatoryAction.class, RegulatoryRecord.class);
    public static final Transaction<RegulatoryAction, RegulatoryRecord> PAUSE_ASSET =
            submit(Contracts.COMPLIANCE, "PauseAsset", RegulatoryAction.class, RegulatoryRecord.class);
    public static final Transaction<RegulatoryAction, RegulatoryRecord> UNPAUSE_ASSET =
            submit(Contracts.COMPLIANCE, "UnpauseAsset", RegulatoryAction.class, RegulatoryRecord.class);
    public static final Transaction<SandboxCap, SandboxCap> SET_SANDBOX_CAP =
            submit(Contracts.COMPLIANCE, "SetSandboxCap", SandboxCap.class, SandboxCap.class);
    public static final Transaction<ReportingThreshold, ReportingThreshold> SET_REPORTING_THRESHOLD =
            submit(Contracts.COMPLIANCE, "SetReportingThreshold", ReportingThreshold.class, ReportingThreshold.class);
    public static final Transaction<HoldingFreezeRequest, Holding> FREEZE_HOLDING =
            submit(Contracts.COMPLIANCE, "FreezeHolding", HoldingFreezeRequest.class, Holding.class);
    public static final Transaction<HoldingFreezeRequest, Holding> UNFREEZE_HOLDING =
            submit(Contracts.COMPLIANCE, "UnfreezeHolding", HoldingFreezeRequest.class, Holding.class);
    public static final Transaction<String, RegulatoryRecord> GET_SANCTION =
            evaluate(Contracts.COMPLIANCE, "GetSanction", String.class, RegulatoryRecord.class);
    public static final Transaction<String, RegulatoryRecord> GET_ASSET_PAUSE =
            evaluate(Contracts.COMPLIANCE, "GetAssetPause", String.class, RegulatoryRecord.class);
    public static final Transaction<SandboxCapRef, SandboxCap> GET_SANDBOX_CAP =
            evaluate(Contracts.COMPLIANCE, "GetSandboxCap", SandboxCapRef.class, SandboxCap.class);
    public static final Transaction<String, ReportingThreshold> GET_REPORTING_THRESHOLD =
            evaluate(Contracts.COMPLIANCE, "GetReportingThreshold", String.class, ReportingThreshold.class);
    public static final Transaction<String, RegulatoryRecord> GET_ACCOUNT_FREEZE =
            evaluate(Contracts.COMPLIANCE, "GetAccountFreeze", String.class, RegulatoryRecord.class);
    public static final Transaction<MeasureQuery, MeasurePage> FIND_MEASURES =
            evaluate(Contracts.COMPLIANCE, "FindMeasures", MeasureQuery.class, MeasurePage.class);
    public static final Transaction<Void, List<SandboxCap>> LIST_SANDBOX_CAPS =
            evaluateList(Contracts.COMPLIANCE, "ListSandboxCaps", Void.class, SandboxCap.class);
    public static final Transaction<Void, List<ReportingThreshold>> LIST_REPORTING_THRESHOLDS =
            evaluateList(Contracts.COMPLIANCE, "ListReportingThresholds", Void.class, ReportingThreshold.class);
    public static final Transaction<SandboxCapRef, Outstanding> GET_OUTSTANDING =
            evaluate(Contracts.COMPLIANCE, "GetOutstanding", SandboxCapRef.class, Outstanding.class);
    public static final Transaction<Void, List<Outstanding>> LIST_OUTSTANDING =
            evaluateList(Contracts.COMPLIANCE, "ListOutstanding", Void.class, Outstanding.class);

    // forced transfers
    public static final Transaction<ForcedTransferRequest, ForcedTransfer> PROPOSE_FORCED_TRANSFER =
            submit(Contracts.FORCED_TRANSFERS, "ProposeForcedTransfer", ForcedTransferRequest.class,
            ForcedTransfer.class);
    public static final Transaction<String, ForcedTransfer> APPROVE_FORCED_TRANSFER =
            submit(Contracts.FORCED_TRANSFERS, "ApproveForcedTransfer", String.class, ForcedTransfer.class);
    public static final Transaction<String, ForcedTransfer> GET_FORCED_TRANSFER =
            evaluate(Contracts.FORCED_TRANSFERS, "GetForcedTransfer", String.class, ForcedTransfer.class);

    // cash
    public static final Transaction<CreateDepositTokenRequest, DepositToken> CREATE_DEPOSIT_TOKEN =
            submit(Contracts.CASH, "CreateDepositToken", CreateDepositTokenRequest.class, DepositToken.class);
    public static final Transaction<CashRequest, UnitsMoved> MINT_CASH =
            submit(Contracts.CASH, "Mint", CashRequest.class, UnitsMoved.class);
    public static final Transaction<CashRequest, UnitsMoved> BURN_CASH =
            submit(Contracts.CASH, "Burn", CashRequest.class, UnitsMoved.class);
    public static final Transaction<String, DepositToken> GET_DEPOSIT_TOKEN =
            evaluate(Contracts.CASH, "GetDepositToken", String.class, DepositToken.class);
    public static final Transaction<DepositTokenQuery, DepositTokenPage> FIND_DEPOSIT_TOKENS =
            evaluate(Contracts.CASH, "FindDepositTokens", DepositTokenQuery.class, DepositTokenPage.class);

    // holdings
    public static final Transaction<TransferRequest, UnitsMoved> TRANSFER =
            submit(Contracts.HOLDINGS, "Transfer", TransferRequest.class, UnitsMoved.class);
    public static final Transaction<TransferRequest, TransferCheck> CAN_TRANSFER =
            evaluate(Contracts.HOLDINGS, "CanTransfer", TransferRequest.class, TransferCheck.class);
    public static final Transaction<HoldingRef, Holding> GET_HOLDING =
            evaluate(Contracts.HOLDINGS, "GetHolding", HoldingRef.class, Holding.class);
    public static final Transaction<HoldingRef, List<HoldingLot>> GET_LOTS =
            evaluateList(Contracts.HOLDINGS, "GetLots", HoldingRef.class, HoldingLot.class);

    // issuance
    public static final Transaction<SubscribeRequest, Subscription> SUBSCRIBE =
            submit(Contracts.ISSUANCE, "Subscribe", SubscribeRequest.class, Subscription.class);
    public static final Transaction<SubscriptionRef, Subscription> WITHDRAW_SUBSCRIPTION =
            submit(Contracts.ISSUANCE, "WithdrawSubscription", SubscriptionRef.class, Subscription.class);
    public static final Transaction<IssueBondRequest, Bond> ISSUE_BOND =
            submit(Contracts.ISSUANCE, "IssueBond", IssueBondRequest.class, Bond.class);
    public static final Transaction<SubscriptionRef, Subscription> GET_SUBSCRIPTION =
            evaluate(Contracts.ISSUANCE, "GetSubscription", SubscriptionRef.class, Subscription.class);
    public static final Transaction<String, List<Subscription>> LIST_SUBSCRIPTIONS =
            evaluateList(Contracts.ISSUANCE, "ListSubscriptions", String.class, Subscription.class);

    // trades
    public static final Transaction<TradeRequest, Trade> PROPOSE_TRADE =
            submit(Contracts.TRADES, "ProposeTrade", TradeRequest.class, Trade.class);
    public static final Transaction<String, Trade> SETTLE_TRADE =
            submit(Contracts.TRADES, "SettleTrade", String.class, Trade.class);
    public static final Transaction<String, Trade> CANCEL_TRADE =
            submit(Contracts.TRADES, "CancelTrade", String.class, Trade.class);
    public static final Transaction<String, Trade> GET_TRADE =
            evaluate(Contracts.TRADES, "GetTrade", String.class, Trade.class);

    // coupons
    public static final Transaction<FixRecordDateRequest, CouponRecord> FIX_RECORD_DATE =
            submit(Contracts.COUPONS, "FixRecordDate", FixRecordDateRequest.class, CouponRecord.class);
    public static final Transaction<PayCouponRequest, Payout> PAY_COUPON =
            submit(Contracts.COUPONS, "PayCoupon", PayCouponRequest.class, Payout.class);
    public static final Transaction<PaymentConfirmation, Payout> CONFIRM_PAYMENT =
            submit(Contracts.COUPONS, "ConfirmPayment", PaymentConfirmation.class, Payout.class);
    public static final Transaction<CouponPeriodRef, CouponRecord> GET_COUPON_RECORD =
            evaluate(Contracts.COUPONS, "GetCouponRecord", CouponPeriodRef.class, CouponRecord.class);
    public static final Transaction<CouponPeriodRef, List<Entitlement>> GET_HOLDER_REGISTER =
            evaluateList(Contracts.COUPONS, "GetHolderRegister", CouponPeriodRef.class, Entitlement.class);

    // redemption
    public static final Transaction<String, Bond> MATURE_BOND =
            submit(Contracts.REDEMPTION, "MatureBond", String.class, Bond.class);
    public static final Transaction<RedeemRequest, Payout> REDEEM_BOND =
            submit(Contracts.REDEMPTION, "RedeemBond", RedeemRequest.class, Payout.class);
    public static final Transaction<DefaultNotice, Bond> DECLARE_DEFAULT =
            submit(Contracts.REDEMPTION, "DeclareDefault", DefaultNotice.class, Bond.class);

    // use of proceeds
    public static final Transaction<RegisterProjectRequest, GreenProject> REGISTER_PROJECT =
            submit(Contracts.PROCEEDS, "RegisterProject", RegisterProjectRequest.class, GreenProject.class);
    public static final Transaction<AllocationRequest, Allocation> ALLOCATE_PROCEEDS =
            submit(Contracts.PROCEEDS, "AllocateProceeds", AllocationRequest.class, Allocation.class);
    public static final Transaction<ReleaseRequest, Allocation> RELEASE_ALLOCATION =
            submit(Contracts.PROCEEDS, "ReleaseAllocation", ReleaseRequest.class, Allocation.class);
    public static final Transaction<FlagRequest, AllocationFlag> FLAG_ALLOCATION =
            submit(Contracts.PROCEEDS, "FlagAllocation", FlagRequest.class, AllocationFlag.class);
    public static final Transaction<FlagRequest, AllocationFlag> CLEAR_ALLOCATION_FLAG =
            submit(Contracts.PROCEEDS, "ClearAllocationFlag", FlagRequest.class, AllocationFlag.class);
    public static final Transaction<String, GreenProject> GET_PROJECT =
            evaluate(Contracts.PROCEEDS, "GetProject", String.class, GreenProject.class);
    public static final Transaction<String, List<Allocation>> LIST_ALLOCATIONS =
            evaluateList(Contracts.PROCEEDS, "ListAllocations", String.class, Allocation.class);
    public static final Transaction<String, AllocationReport> GET_ALLOCATION_REPORT =
            evaluate(Contracts.PROCEEDS, "GetAllocationReport", String.class, AllocationReport.class);

    // impact
    public static final Transaction<ReportImpactRequest, ImpactReport> REPORT_IMPACT =
            submit(Contracts.IMPACT, "ReportImpact", ReportImpactRequest.class, ImpactReport.class);
    public static final Transaction<AttestImpactRequest, ImpactReport> ATTEST_IMPACT =
            submit(Contracts.IMPACT, "AttestImpact", AttestImpactRequest.class, ImpactReport.class);
    public static final Transaction<String, List<ImpactReport>> LIST_IMPACT_REPORTS =
            evaluateList(Contracts.IMPACT, "ListImpactReports", String.class, ImpactReport.class);
    public static final Transaction<BondImpactQuery, BondImpactReport> GET_BOND_IMPACT_REPORT =
            evaluate(Contracts.IMPACT, "GetBondImpactReport", BondImpactQuery.class, BondImpactReport.class);

    // documents
    public static final Transaction<RegisterDocumentRequest, Document> REGISTER_DOCUMENT =
            submit(Contracts.DOCUMENTS, "RegisterDocument", RegisterDocumentRequest.class, Document.class);
    public static final Transaction<String, List<Document>> LIST_DOCUMENTS =
            evaluateList(Contracts.DOCUMENTS, "ListDocuments", String.class, Document.class);

    // carbon projects
    public static final Transaction<ListCarbonProjectRequest, CarbonProject> LIST_CARBON_PROJECT =
            submit(Contracts.CARBON_PROJECTS, "ListCarbonProject", ListCarbonProjectRequest.class, CarbonProject.class);
    public static final Transaction<ProjectDecision, CarbonProject> VALIDATE_CARBON_PROJECT =
            submit(Contracts.CARBON_PROJECTS, "ValidateCarbonProject", ProjectDecision.class, CarbonProject.class);
    public static final Transaction<ProjectDecision, CarbonProject> REGISTER_CARBON_PROJECT =
            submit(Contracts.CARBON_PROJECTS, "RegisterCarbonProject", ProjectDecision.class, CarbonProject.class);
    public static final Transaction<ProjectDecision, CarbonProject> REJECT_CARBON_PROJECT =
            submit(Contracts.CARBON_PROJECTS, "RejectCarbonProject", ProjectDecision.class, CarbonProject.class);
    public static final Transaction<ProjectDecision, CarbonProject> WITHDRAW_CARBON_PROJECT =
            submit(Contracts.CARBON_PROJECTS, "WithdrawCarbonProject", ProjectDecision.class, CarbonProject.class);
    public static final Transaction<String, CarbonProject> GET_CARBON_PROJECT =
            evaluate(Contracts.CARBON_PROJECTS, "GetCarbonProject", String.class, CarbonProject.class);
    public static final Transaction<CarbonProjectQuery, CarbonProjectPage> FIND_CARBON_PROJECTS =
            evaluate(Contracts.CARBON_PROJECTS, "FindCarbonProjects", CarbonProjectQuery.class,
            CarbonProjectPage.class);

    // credit issuance
    public static final Transaction<MonitoringReportRequest, MonitoringReport> SUBMIT_MONITORING_REPORT =
            submit(Contracts.CREDIT_ISSUANCE, "SubmitMonitoringReport", MonitoringReportRequest.class,
            MonitoringReport.class);
    public static final Transaction<VerificationRequest, MonitoringReport> VERIFY_MONITORING_REPORT =
            submit(Contracts.CREDIT_ISSUANCE, "VerifyMonitoringReport", VerificationRequest.class,
            MonitoringReport.class);
    public static final Transaction<IssueCreditsRequest, CreditIssuance> ISSUE_CREDITS =
            submit(Contracts.CREDIT_ISSUANCE, "IssueCredits", IssueCreditsRequest.class, CreditIssuance.class);
    public static final Transaction<ImportCreditsRequest, CreditIssuance> IMPORT_CREDITS =
            submit(Contracts.CREDIT_ISSUANCE, "ImportCredits", ImportCreditsRequest.class, CreditIssuance.class);
    public static final Transaction<MonitoringReportRef, MonitoringReport> GET_MONITORING_REPORT =
            evaluate(Contracts.CREDIT_ISSUANCE, "GetMonitoringReport", MonitoringReportRef.class,
            MonitoringReport.class);

    // credits
    public static final Transaction<TransferCreditsRequest, CreditsMoved> TRANSFER_CREDITS =
            submit(Contracts.CREDITS, "TransferCredits", TransferCreditsRequest.class, CreditsMoved.class);
    public static final Transaction<RetireCreditsRequest, RetirementCertificate> RETIRE_CREDITS =
            submit(Contracts.CREDITS, "RetireCredits", RetireCreditsRequest.class, RetirementCertificate.class);
    public static final Transaction<CancelCreditsRequest, CreditsMoved> CANCEL_CREDITS =
            submit(Contracts.CREDITS, "CancelCredits", CancelCreditsRequest.class, CreditsMoved.class);
    public static final Transaction<AdjustmentRequest, CreditBlock> APPLY_ADJUSTMENT =
            submit(Contracts.CREDITS, "ApplyCorrespondingAdjustment", AdjustmentRequest.class, CreditBlock.class);
    public static final Transaction<BlockFreezeRequest, CreditBlock> FREEZE_CREDIT_BLOCK =
            submit(Contracts.CREDITS, "FreezeCreditBlock", BlockFreezeRequest.class, CreditBlock.class);
    public static final Transaction<BlockFreezeRequest, CreditBlock> UNFREEZE_CREDIT_BLOCK =
            submit(Contracts.CREDITS, "UnfreezeCreditBlock", BlockFreezeRequest.class, CreditBlock.class);
    public static final Transaction<String, RetirementCertificate> GET_CERTIFICATE =
            evaluate(Contracts.CREDITS, "GetCertificate", String.class, RetirementCertificate.class);
    public static final Transaction<String, List<CreditBlock>> LIST_BLOCKS =
            evaluateList(Contracts.CREDITS, "ListBlocks", String.class, CreditBlock.class);
    public static final Transaction<String, ProjectCreditLedger> GET_PROJECT_CREDIT_LEDGER =
            evaluate(Contracts.CREDITS, "GetProjectCreditLedger", String.class, ProjectCreditLedger.class);
    public static final Transaction<String, BondCredits> GET_BOND_CREDITS =
            evaluate(Contracts.CREDITS, "GetBondCredits", String.class, BondCredits.class);

    // the regulator's history
    public static final Transaction<PageRequest, MovementPage> ASSET_MOVEMENTS =
            evaluate(Contracts.HISTORY, "AssetMovements", PageRequest.class, MovementPage.class);
    public static final Transaction<PageRequest, MovementPage> ACCOUNT_MOVEMENTS =
            evaluate(Contracts.HISTORY, "AccountMovements", PageRequest.class, MovementPage.class);
    public static final Transaction<RecordRef, List<RecordChange>> RECORD_HISTORY =
            evaluateList(Contracts.HISTORY, "RecordHistory", RecordRef.class, RecordChange.class);

    private final String contract;
    private final String txName;
    private final Intent intent;
    private final Class<Q> requestType;
    private final Type resultType;
    private final ArgumentShape shape;

    private Transaction(String contract, String txName, Intent intent, Class<Q> requestType, Type resultType) {
        this.contract = contract;
        this.txName = txName;
        this.intent = intent;
        this.requestType = requestType;
        this.resultType = resultType;
        this.shape = ArgumentShape.of(requestType);
    }

    /** A write: endorsed, ordered and committed. */
    static <Q, R> Transaction<Q, R> submit(String contract, String txName, Class<Q> request, Class<R> result) {
        return new Transaction<>(contract, txName, Intent.SUBMIT, request, result);
    }

    /** A read of one record: evaluated on one peer, changes nothing. */
    static <Q, R> Transaction<Q, R> evaluate(String contract, String txName, Class<Q> request, Class<R> result) {
        return new Transaction<>(contract, txName, Intent.EVALUATE, request, result);
    }

    /** A read whose result is a JSON array of {@code element}. */
    static <Q, R> Transaction<Q, List<R>> evaluateList(String contract, String txName, Class<Q> request,
            Class<R> element) {
        return new Transaction<>(contract, txName, Intent.EVALUATE, request,
                TypeToken.getParameterized(List.class, element).getType());
    }

    /** Every entry of the catalog, in declaration order as the JVM lists fields. */
    public static List<Transaction<?, ?>> all() {
        return Listing.ALL;
    }

    /** The name the chaincode registers the serving contract under ({@link Contracts}). */
    public String contract() {
        return contract;
    }

    /** The contract method's name. */
    public String txName() {
        return txName;
    }

    public Intent intent() {
        return intent;
    }

    /** The name a client invokes: {@code contract:TxName}. */
    public String qualifiedName() {
        return contract + ":" + txName;
    }

    /** What a client sends: an api record, {@link String} for a plain id, {@link Void} for nothing. */
    public Class<Q> requestType() {
        return requestType;
    }

    /** What the chaincode returns, a record type or, for a listing, {@code List<record>}. */
    public Type resultType() {
        return resultType;
    }

    /**
     * Whether sending it again can never apply it twice, so a client may retry it after a conflict:
     * every read, a write whose request is {@link Idempotent}, and a chunk of a servicing run. A
     * write whose request is neither is not, however harmless it looks.
     */
    public boolean replaySafe() {
        return intent == Intent.EVALUATE || Idempotent.class.isAssignableFrom(requestType) || chunked();
    }

    /** Whether it is one chunk of a servicing run ({@link ServicingChunk}), sent again until the run is DONE. */
    public boolean chunked() {
        return intent == Intent.SUBMIT && ServicingChunk.class.isAssignableFrom(requestType);
    }

    /**
     * The chaincode arguments that carry {@code request}, in order.
     *
     * @param request the request; {@code null} for a transaction that takes none
     */
    public List<String> arguments(Q request) {
        return shape.arguments(request);
    }

    /**
     * The parameters of the contract method after its context: {@code String} per argument,
     * {@code int} where a positional request has an int component.
     */
    public List<Class<?>> parameterTypes() {
        return shape.parameterTypes(requestType);
    }

    /**
     * Decodes the JSON request a contract method received.
     *
     * @throws GreenLedgerError MALFORMED_REQUEST or INVALID_ARGUMENT, as {@link Json#decode(String, Type)}
     * @throws IllegalStateException if the transaction takes ids, not one JSON request
     */
    public Q request(String json) {
        if (shape != ArgumentShape.JSON) {
            throw new IllegalStateException(qualifiedName() + " takes " + shape + " arguments, not JSON");
        }
        return Json.decode(json, requestType);
    }

    /** Decodes the result the chaincode returned. */
    public R result(String json) {
        return Json.decode(json, resultType);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }

    /** Reads are evaluated on one peer; writes are endorsed, ordered and committed. */
    public enum Intent { SUBMIT, EVALUATE }

    /** Contract names, as the chaincode registers them. */
    public static final class Contracts {
        public static final String GOVERNANCE = "governance";
        public static final String ACCOUNTS = "accounts";
        public static final String BONDS = "bonds";
        public static final String COMPLIANCE = "compliance";
        public static final String FORCED_TRANSFERS = "forcedTransfers";
        public static final String CASH = "cash";
        public static final String HOLDINGS = "holdings";
        public static final String ISSUANCE = "issuance";
        public static final String TRADES = "trades";
        public static final String COUPONS = "coupons";
        public static final String REDEMPTION = "redemption";
        public static final String PROCEEDS = "proceeds";
        public static final String IMPACT = "impact";
        public static final String DOCUMENTS = "documents";
        public static final String CARBON_PROJECTS = "carbonProjects";
        public static final String CREDIT_ISSUANCE = "creditIssuance";
        public static final String CREDITS = "credits";
        public static final String HISTORY = "history";

        private Contracts() {
        }
    }

    /**
     * The constants above, read once they exist: listing them by reflection means no entry can be
     * declared and forgotten in a hand-kept list.
     */
    private static final class Listing {
        static final List<Transaction<?, ?>> ALL = Arrays.stream(Transaction.class.getDeclaredFields())
                .filter(f -> f.getType() == Transaction.class && Modifier.isStatic(f.getModifiers()))
                .<Transaction<?, ?>>map(Listing::value).toList();

        private static Transaction<?, ?> value(Field field) {
            try {
                return (Transaction<?, ?>) field.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("the catalog's constants are public", e);
            }
        }
    }
}
