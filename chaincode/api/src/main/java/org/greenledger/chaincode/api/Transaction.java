package org.greenledger.chaincode.api;

/**
 * Every GreenLedger transaction: the contract that serves it, its name, and whether it is a
 * read ({@link Intent#EVALUATE}) or a write ({@link Intent#SUBMIT}). Arguments and results are
 * the JSON of the records in this module.
 */
public enum Transaction {
    BOOTSTRAP(Contracts.GOVERNANCE, "Bootstrap", Intent.SUBMIT),
    REGISTER_ORG(Contracts.GOVERNANCE, "RegisterOrg", Intent.SUBMIT),
    PROPOSE_ROLE_CHANGE(Contracts.GOVERNANCE, "ProposeRoleChange", Intent.SUBMIT),
    APPROVE_ROLE_CHANGE(Contracts.GOVERNANCE, "ApproveRoleChange", Intent.SUBMIT),
    GET_ORG(Contracts.GOVERNANCE, "GetOrg", Intent.EVALUATE),
    LIST_ORGS(Contracts.GOVERNANCE, "ListOrgs", Intent.EVALUATE),
    GET_ROLE_CHANGE(Contracts.GOVERNANCE, "GetRoleChange", Intent.EVALUATE),

    OPEN_ACCOUNT(Contracts.ACCOUNTS, "OpenAccount", Intent.SUBMIT),
    UPDATE_KYC(Contracts.ACCOUNTS, "UpdateKyc", Intent.SUBMIT),
    CLOSE_ACCOUNT(Contracts.ACCOUNTS, "CloseAccount", Intent.SUBMIT),
    GET_ACCOUNT(Contracts.ACCOUNTS, "GetAccount", Intent.EVALUATE),
    LIST_ACCOUNTS(Contracts.ACCOUNTS, "ListAccounts", Intent.EVALUATE),

    CREATE_BOND(Contracts.BONDS, "CreateBond", Intent.SUBMIT),
    REVIEW_BOND(Contracts.BONDS, "ReviewBond", Intent.SUBMIT),
    APPROVE_BOND(Contracts.BONDS, "ApproveBond", Intent.SUBMIT),
    OPEN_SUBSCRIPTIONS(Contracts.BONDS, "OpenSubscriptions", Intent.SUBMIT),
    CANCEL_BOND(Contracts.BONDS, "CancelBond", Intent.SUBMIT),
    OBSERVE_TARGET(Contracts.BONDS, "ObserveTarget", Intent.SUBMIT),
    GET_STEP_UP_TRIGGERS(Contracts.BONDS, "GetStepUpTriggers", Intent.EVALUATE),
    GET_BOND(Contracts.BONDS, "GetBond", Intent.EVALUATE),
    GET_COUPON_SCHEDULE(Contracts.BONDS, "GetCouponSchedule", Intent.EVALUATE),

    FREEZE_ACCOUNT(Contracts.COMPLIANCE, "FreezeAccount", Intent.SUBMIT),
    UNFREEZE_ACCOUNT(Contracts.COMPLIANCE, "UnfreezeAccount", Intent.SUBMIT),
    LIST_SANCTION(Contracts.COMPLIANCE, "ListSanction", Intent.SUBMIT),
    LIFT_SANCTION(Contracts.COMPLIANCE, "LiftSanction", Intent.SUBMIT),
    PAUSE_ASSET(Contracts.COMPLIANCE, "PauseAsset", Intent.SUBMIT),
    UNPAUSE_ASSET(Contracts.COMPLIANCE, "UnpauseAsset", Intent.SUBMIT),
    SET_SANDBOX_CAP(Contracts.COMPLIANCE, "SetSandboxCap", Intent.SUBMIT),
    SET_REPORTING_THRESHOLD(Contracts.COMPLIANCE, "SetReportingThreshold", Intent.SUBMIT),
    FREEZE_HOLDING(Contracts.COMPLIANCE, "FreezeHolding", Intent.SUBMIT),
    UNFREEZE_HOLDING(Contracts.COMPLIANCE, "UnfreezeHolding", Intent.SUBMIT),
    GET_SANCTION(Contracts.COMPLIANCE, "GetSanction", Intent.EVALUATE),
    GET_ASSET_PAUSE(Contracts.COMPLIANCE, "GetAssetPause", Intent.EVALUATE),
    GET_SANDBOX_CAP(Contracts.COMPLIANCE, "GetSandboxCap", Intent.EVALUATE),
    GET_REPORTING_THRESHOLD(Contracts.COMPLIANCE, "GetReportingThreshold", Intent.EVALUATE),

    PROPOSE_FORCED_TRANSFER(Contracts.FORCED_TRANSFERS, "ProposeForcedTransfer", Intent.SUBMIT),
    APPROVE_FORCED_TRANSFER(Contracts.FORCED_TRANSFERS, "ApproveForcedTransfer", Intent.SUBMIT),
    GET_FORCED_TRANSFER(Contracts.FORCED_TRANSFERS, "GetForcedTransfer", Intent.EVALUATE),

    CREATE_DEPOSIT_TOKEN(Contracts.CASH, "CreateDepositToken", Intent.SUBMIT),
    MINT_CASH(Contracts.CASH, "Mint", Intent.SUBMIT),
    BURN_CASH(Contracts.CASH, "Burn", Intent.SUBMIT),
    GET_DEPOSIT_TOKEN(Contracts.CASH, "GetDepositToken", Intent.EVALUATE),

    TRANSFER(Contracts.HOLDINGS, "Transfer", Intent.SUBMIT),
    CAN_TRANSFER(Contracts.HOLDINGS, "CanTransfer", Intent.EVALUATE),
    GET_HOLDING(Contracts.HOLDINGS, "GetHolding", Intent.EVALUATE),
    GET_LOTS(Contracts.HOLDINGS, "GetLots", Intent.EVALUATE),

    SUBSCRIBE(Contracts.ISSUANCE, "Subscribe", Intent.SUBMIT),
    WITHDRAW_SUBSCRIPTION(Contracts.ISSUANCE, "WithdrawSubscription", Intent.SUBMIT),
    ISSUE_BOND(Contracts.ISSUANCE, "IssueBond", Intent.SUBMIT),
    GET_SUBSCRIPTION(Contracts.ISSUANCE, "GetSubscription", Intent.EVALUATE),
    LIST_SUBSCRIPTIONS(Contracts.ISSUANCE, "ListSubscriptions", Intent.EVALUATE),

    PROPOSE_TRADE(Contracts.TRADES, "ProposeTrade", Intent.SUBMIT),
    SETTLE_TRADE(Contracts.TRADES, "SettleTrade", Intent.SUBMIT),
    CANCEL_TRADE(Contracts.TRADES, "CancelTrade", Intent.SUBMIT),
    GET_TRADE(Contracts.TRADES, "GetTrade", Intent.EVALUATE),

    FIX_RECORD_DATE(Contracts.COUPONS, "FixRecordDate", Intent.SUBMIT),
    PAY_COUPON(Contracts.COUPONS, "PayCoupon", Intent.SUBMIT),
    CONFIRM_PAYMENT(Contracts.COUPONS, "ConfirmPayment", Intent.SUBMIT),
    GET_COUPON_RECORD(Contracts.COUPONS, "GetCouponRecord", Intent.EVALUATE),
    GET_HOLDER_REGISTER(Contracts.COUPONS, "GetHolderRegister", Intent.EVALUATE),

    MATURE_BOND(Contracts.REDEMPTION, "MatureBond", Intent.SUBMIT),
    REDEEM_BOND(Contracts.REDEMPTION, "RedeemBond", Intent.SUBMIT),
    DECLARE_DEFAULT(Contracts.REDEMPTION, "DeclareDefault", Intent.SUBMIT),

    REGISTER_PROJECT(Contracts.PROCEEDS, "RegisterProject", Intent.SUBMIT),
    ALLOCATE_PROCEEDS(Contracts.PROCEEDS, "AllocateProceeds", Intent.SUBMIT),
    RELEASE_ALLOCATION(Contracts.PROCEEDS, "ReleaseAllocation", Intent.SUBMIT),
    FLAG_ALLOCATION(Contracts.PROCEEDS, "FlagAllocation", Intent.SUBMIT),
    CLEAR_ALLOCATION_FLAG(Contracts.PROCEEDS, "ClearAllocationFlag", Intent.SUBMIT),
    GET_PROJECT(Contracts.PROCEEDS, "GetProject", Intent.EVALUATE),
    LIST_ALLOCATIONS(Contracts.PROCEEDS, "ListAllocations", Intent.EVALUATE),
    GET_ALLOCATION_REPORT(Contracts.PROCEEDS, "GetAllocationReport", Intent.EVALUATE),

    REPORT_IMPACT(Contracts.IMPACT, "ReportImpact", Intent.SUBMIT),
    ATTEST_IMPACT(Contracts.IMPACT, "AttestImpact", Intent.SUBMIT),
    LIST_IMPACT_REPORTS(Contracts.IMPACT, "ListImpactReports", Intent.EVALUATE),
    GET_BOND_IMPACT_REPORT(Contracts.IMPACT, "GetBondImpactReport", Intent.EVALUATE),

    REGISTER_DOCUMENT(Contracts.DOCUMENTS, "RegisterDocument", Intent.SUBMIT),
    LIST_DOCUMENTS(Contracts.DOCUMENTS, "ListDocuments", Intent.EVALUATE),

    LIST_CARBON_PROJECT(Contracts.CARBON_PROJECTS, "ListCarbonProject", Intent.SUBMIT),
    VALIDATE_CARBON_PROJECT(Contracts.CARBON_PROJECTS, "ValidateCarbonProject", Intent.SUBMIT),
    REGISTER_CARBON_PROJECT(Contracts.CARBON_PROJECTS, "RegisterCarbonProject", Intent.SUBMIT),
    REJECT_CARBON_PROJECT(Contracts.CARBON_PROJECTS, "RejectCarbonProject", Intent.SUBMIT),
    WITHDRAW_CARBON_PROJECT(Contracts.CARBON_PROJECTS, "WithdrawCarbonProject", Intent.SUBMIT),
    GET_CARBON_PROJECT(Contracts.CARBON_PROJECTS, "GetCarbonProject", Intent.EVALUATE),

    SUBMIT_MONITORING_REPORT(Contracts.CREDIT_ISSUANCE, "SubmitMonitoringReport", Intent.SUBMIT),
    VERIFY_MONITORING_REPORT(Contracts.CREDIT_ISSUANCE, "VerifyMonitoringReport", Intent.SUBMIT),
    ISSUE_CREDITS(Contracts.CREDIT_ISSUANCE, "IssueCredits", Intent.SUBMIT),
    IMPORT_CREDITS(Contracts.CREDIT_ISSUANCE, "ImportCredits", Intent.SUBMIT),
    GET_MONITORING_REPORT(Contracts.CREDIT_ISSUANCE, "GetMonitoringReport", Intent.EVALUATE),

    TRANSFER_CREDITS(Contracts.CREDITS, "TransferCredits", Intent.SUBMIT),
    RETIRE_CREDITS(Contracts.CREDITS, "RetireCredits", Intent.SUBMIT),
    CANCEL_CREDITS(Contracts.CREDITS, "CancelCredits", Intent.SUBMIT),
    APPLY_ADJUSTMENT(Contracts.CREDITS, "ApplyCorrespondingAdjustment", Intent.SUBMIT),
    FREEZE_CREDIT_BLOCK(Contracts.CREDITS, "FreezeCreditBlock", Intent.SUBMIT),
    UNFREEZE_CREDIT_BLOCK(Contracts.CREDITS, "UnfreezeCreditBlock", Intent.SUBMIT),
    GET_CERTIFICATE(Contracts.CREDITS, "GetCertificate", Intent.EVALUATE),
    LIST_BLOCKS(Contracts.CREDITS, "ListBlocks", Intent.EVALUATE),
    GET_PROJECT_CREDIT_LEDGER(Contracts.CREDITS, "GetProjectCreditLedger", Intent.EVALUATE),
    GET_BOND_CREDITS(Contracts.CREDITS, "GetBondCredits", Intent.EVALUATE),

    ASSET_MOVEMENTS(Contracts.HISTORY, "AssetMovements", Intent.EVALUATE),
    ACCOUNT_MOVEMENTS(Contracts.HISTORY, "AccountMovements", Intent.EVALUATE),
    RECORD_HISTORY(Contracts.HISTORY, "RecordHistory", Intent.EVALUATE);

    /**
     * Writes whose request carries a client-chosen id, so that sending one again never applies it
     * twice: value-moving writes (transfers, mint, burn, court orders, subscriptions, trades,
     * credit transfers, retirements, cancellations and imports) go through the chaincode's one
     * replay rule, which returns the first result to the same request from the same org and
     * refuses any other use of the id (REQUEST_ID_REUSED); allocations, monitoring reports,
     * documents and impact reports are keyed by their own id or period and return the record for
     * the same request, ALREADY_EXISTS (or a revision, for an unattested impact report) otherwise.
     */
    private static final java.util.Set<Transaction> REPLAY_SAFE = java.util.EnumSet.of(TRANSFER, MINT_CASH, BURN_CASH,
            PROPOSE_FORCED_TRANSFER, SUBSCRIBE, PROPOSE_TRADE,
            ALLOCATE_PROCEEDS, REPORT_IMPACT, ATTEST_IMPACT, REGISTER_DOCUMENT, SUBMIT_MONITORING_REPORT,
            IMPORT_CREDITS, TRANSFER_CREDITS, RETIRE_CREDITS, CANCEL_CREDITS);

    /**
     * Servicing runs that take a bounded chunk of holders or subscriptions per transaction, their
     * progress on the ledger ({@link org.greenledger.chaincode.api.bond.RunProgress}): the issue,
     * a record date, a coupon payment run (under its request id) and a redemption. Sending one
     * again processes the next chunk after the ledger's cursor, so it never processes anyone
     * twice; once the run is done it is refused (INVALID_STATE for a record date, INVALID_TRANSITION
     * for the bond's issue and redemption) or, for a payment run, pays nobody.
     */
    private static final java.util.Set<Transaction> CHUNKED = java.util.EnumSet.of(ISSUE_BOND, FIX_RECORD_DATE,
            PAY_COUPON, REDEEM_BOND);

    /** Whether sending it again can never apply it twice: every read, the writes with a request id, the chunked runs. */
    public boolean replaySafe() {
        return intent == Intent.EVALUATE || REPLAY_SAFE.contains(this) || CHUNKED.contains(this);
    }

    /** Whether it is one chunk of a servicing run, sent again until the run's progress is DONE. */
    public boolean chunked() {
        return CHUNKED.contains(this);
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

    private final String contract;
    private final String txName;
    private final Intent intent;

    Transaction(String contract, String txName, Intent intent) {
        this.contract = contract;
        this.txName = txName;
        this.intent = intent;
    }

    public String contract() {
        return contract;
    }

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
}
