package org.greenledger.chaincode.api.event;

import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Payout;
import org.greenledger.chaincode.api.bond.StepUpTrigger;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.settlement.Trade;

/**
 * The chaincode events. Every write emits exactly one (Fabric keeps one per transaction); its
 * name is {@link #eventName()} and its payload is the JSON of {@link #payloadType()}.
 */
public enum EventType {
    GOVERNANCE_BOOTSTRAPPED("GovernanceBootstrapped", Bootstrapped.class),
    ORG_REGISTERED("OrgRegistered", MemberOrg.class),
    ROLE_CHANGE_PROPOSED("RoleChangeProposed", RoleChangeProposal.class),
    ORG_ROLES_CHANGED("OrgRolesChanged", MemberOrg.class),
    ACCOUNT_OPENED("AccountOpened", Account.class),
    ACCOUNT_KYC_UPDATED("AccountKycUpdated", Account.class),
    ACCOUNT_CLOSED("AccountClosed", Account.class),
    BOND_CREATED("BondCreated", Bond.class),
    BOND_REVIEWED("BondReviewed", Bond.class),
    BOND_APPROVED("BondApproved", Bond.class),
    /** The external reviewer attested a sustainability-linked bond's performance target met or missed. */
    TARGET_OBSERVED("TargetObserved", StepUpTrigger.class),
    BOND_OPENED("BondOpened", Bond.class),
    BOND_CANCELLED("BondCancelled", Bond.class),
    ACCOUNT_FROZEN("AccountFrozen", Account.class),
    ACCOUNT_UNFROZEN("AccountUnfrozen", Account.class),
    SANCTION_LISTED("SanctionListed", RegulatoryRecord.class),
    SANCTION_LIFTED("SanctionLifted", RegulatoryRecord.class),
    ASSET_PAUSED("AssetPaused", RegulatoryRecord.class),
    ASSET_UNPAUSED("AssetUnpaused", RegulatoryRecord.class),
    SANDBOX_CAP_SET("SandboxCapSet", SandboxCap.class),
    REPORTING_THRESHOLD_SET("ReportingThresholdSet", ReportingThreshold.class),
    DEPOSIT_TOKEN_CREATED("DepositTokenCreated", DepositToken.class),
    CASH_MINTED("CashMinted", UnitsMoved.class),
    CASH_BURNED("CashBurned", UnitsMoved.class),
    /** A transfer; when {@link UnitsMoved#reportable()} it is also the regulator's large-movement report. */
    UNITS_TRANSFERRED("UnitsTransferred", UnitsMoved.class),
    HOLDING_FROZEN("HoldingFrozen", Holding.class),
    HOLDING_UNFROZEN("HoldingUnfrozen", Holding.class),
    FORCED_TRANSFER_PROPOSED("ForcedTransferProposed", ForcedTransfer.class),
    FORCED_TRANSFER_EXECUTED("ForcedTransferExecuted", ForcedTransfer.class),
    BOND_SUBSCRIBED("BondSubscribed", Subscription.class),
    SUBSCRIPTION_REFUNDED("SubscriptionRefunded", Subscription.class),
    /**
     * A chunk of the issue settled: the bond is SETTLING, or ISSUED after the last chunk
     * ({@link org.greenledger.chaincode.api.bond.BondIssue#settlement()} shows how far).
     */
    BOND_ISSUED("BondIssued", Bond.class),
    TRADE_PROPOSED("TradeProposed", Trade.class),
    /** Both legs of a trade; a leg flagged {@link UnitsMoved#reportable()} is a large-movement report. */
    TRADE_SETTLED("TradeSettled", Trade.class),
    TRADE_CANCELLED("TradeCancelled", Trade.class),
    /** A chunk of a period's holders fixed; the record is final once its fixing is DONE. */
    RECORD_DATE_FIXED("RecordDateFixed", CouponRecord.class),
    /** A chunk of a payment run paid, or one paying agent's confirmation. */
    COUPON_PAID("CouponPaid", Payout.class),
    BOND_MATURED("BondMatured", Bond.class),
    /**
     * A chunk of the redemption at maturity paid and retired; the bond is REDEEMED with the chunk
     * whose progress is DONE, and REDEEMING before.
     */
    BOND_REDEEMED("BondRedeemed", Payout.class),
    /** A chunk of a call paid and retired; the bond is CALLED with the last chunk, as for BOND_REDEEMED. */
    BOND_CALLED("BondCalled", Payout.class),
    BOND_DEFAULTED("BondDefaulted", Bond.class),
    PROJECT_REGISTERED("ProjectRegistered", GreenProject.class),
    PROCEEDS_ALLOCATED("ProceedsAllocated", Allocation.class),
    ALLOCATION_RELEASED("AllocationReleased", Allocation.class),
    /** The verifier flagged an allocation: the bond is in breach of its green covenant. */
    ALLOCATION_FLAGGED("AllocationFlagged", AllocationFlag.class),
    ALLOCATION_FLAG_CLEARED("AllocationFlagCleared", AllocationFlag.class),
    IMPACT_REPORTED("ImpactReported", ImpactReport.class),
    IMPACT_ATTESTED("ImpactAttested", ImpactReport.class),
    DOCUMENT_REGISTERED("DocumentRegistered", Document.class),
    CARBON_PROJECT_LISTED("CarbonProjectListed", CarbonProject.class),
    CARBON_PROJECT_CHANGED("CarbonProjectChanged", CarbonProject.class),
    MONITORING_REPORT_SUBMITTED("MonitoringReportSubmitted", MonitoringReport.class),
    MONITORING_REPORT_VERIFIED("MonitoringReportVerified", MonitoringReport.class),
    CREDITS_ISSUED("CreditsIssued", CreditIssuance.class),
    CREDITS_IMPORTED("CreditsImported", CreditIssuance.class),
    CREDITS_TRANSFERRED("CreditsTransferred", CreditsMoved.class),
    CREDITS_RETIRED("CreditsRetired", RetirementCertificate.class),
    CREDITS_CANCELLED("CreditsCancelled", CreditsMoved.class),
    CORRESPONDING_ADJUSTMENT_APPLIED("CorrespondingAdjustmentApplied", CreditBlock.class),
    CREDIT_BLOCK_FROZEN("CreditBlockFrozen", CreditBlock.class),
    CREDIT_BLOCK_UNFROZEN("CreditBlockUnfrozen", CreditBlock.class);

    private final String eventName;
    private final Class<?> payloadType;

    EventType(String eventName, Class<?> payloadType) {
        this.eventName = eventName;
        this.payloadType = payloadType;
    }

    public String eventName() {
        return eventName;
    }

    public Class<?> payloadType() {
        return payloadType;
    }
}
