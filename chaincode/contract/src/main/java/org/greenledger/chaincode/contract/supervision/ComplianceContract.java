package org.greenledger.chaincode.contract.supervision;

import static org.greenledger.chaincode.api.Transaction.FREEZE_ACCOUNT;
import static org.greenledger.chaincode.api.Transaction.FREEZE_HOLDING;
import static org.greenledger.chaincode.api.Transaction.LIFT_SANCTION;
import static org.greenledger.chaincode.api.Transaction.LIST_SANCTION;
import static org.greenledger.chaincode.api.Transaction.PAUSE_ASSET;
import static org.greenledger.chaincode.api.Transaction.SET_REPORTING_THRESHOLD;
import static org.greenledger.chaincode.api.Transaction.SET_SANDBOX_CAP;
import static org.greenledger.chaincode.api.Transaction.UNFREEZE_ACCOUNT;
import static org.greenledger.chaincode.api.Transaction.UNFREEZE_HOLDING;
import static org.greenledger.chaincode.api.Transaction.UNPAUSE_ASSET;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.MeasureKind;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.account.AccountVisibility;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.RegulatoryRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.IssuedTotals;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The regulator's powers that stand on their own: freezing accounts or part of a holding, the
 * sanctions list, pausing assets, sandbox caps and reporting thresholds. Only users of a REGULATOR org act;
 * every action names the hash of the document that grounds it. The reads show the measures in
 * force, one or a page at a time, and the outstanding totals the caps are checked against.
 */
@Contract(name = Contracts.COMPLIANCE, info = @Info(title = "GreenLedger compliance", version = "0.1.0"))
public final class ComplianceContract implements GreenLedgerContract {
    private static final AccessPolicy REGULATOR_STAFF = AccessPolicy.orgWith(OrgRole.REGULATOR).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();
    /**
     * Who reads the market's outstanding totals: they add up every bank's issuance, deposit tokens
     * included, which no bank may read of another (a bank sees its own clients, DOMAIN section 6).
     */
    private static final AccessPolicy OVERSEER = AccessPolicy.orgWithAnyOf(OrgRole.REGISTRY, OrgRole.REGULATOR);

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String FreezeAccount(GreenLedgerContext ctx, String actionJson) {
        return changeAccountStatus(ctx, FREEZE_ACCOUNT, actionJson, AccountStatus.ACTIVE, AccountStatus.FROZEN,
                EventType.ACCOUNT_FROZEN);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String UnfreezeAccount(GreenLedgerContext ctx, String actionJson) {
        return changeAccountStatus(ctx, UNFREEZE_ACCOUNT, actionJson, AccountStatus.FROZEN, AccountStatus.ACTIVE,
                EventType.ACCOUNT_UNFROZEN);
    }

    /** Lists an account on the sanctions list (it need not exist yet: listing can come first). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ListSanction(GreenLedgerContext ctx, String actionJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        RegulatoryAction action = Requests.decode(actionJson, LIST_SANCTION);
        RegulatoryRegister register = new RegulatoryRegister(ctx.ledger());
        if (register.sanction(action.targetId()).isPresent()) {
            throw ContractError.alreadyExists("sanction of account", action.targetId());
        }
        RegulatoryRecord record = record(ctx, caller, action);
        register.listSanction(record);
        ctx.ledger().emit(EventType.SANCTION_LISTED, record);
        return Json.encode(record);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String LiftSanction(GreenLedgerContext ctx, String actionJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        RegulatoryAction action = Requests.decode(actionJson, LIFT_SANCTION);
        RegulatoryRegister register = new RegulatoryRegister(ctx.ledger());
        register.sanction(action.targetId())
                .orElseThrow(() -> ContractError.notFound("sanction of account", action.targetId()));
        register.liftSanction(action.targetId());
        RegulatoryRecord lifted = record(ctx, caller, action);
        ctx.ledger().emit(EventType.SANCTION_LIFTED, lifted);
        return Json.encode(lifted);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String PauseAsset(GreenLedgerContext ctx, String actionJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        RegulatoryAction action = Requests.decode(actionJson, PAUSE_ASSET);
        Assets.get(ctx.ledger(), action.targetId());
        RegulatoryRegister register = new RegulatoryRegister(ctx.ledger());
        if (register.pause(action.targetId()).isPresent()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "asset " + action.targetId() + " is already paused");
        }
        RegulatoryRecord record = record(ctx, caller, action);
        register.pause(record);
        ctx.ledger().emit(EventType.ASSET_PAUSED, record);
        return Json.encode(record);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String UnpauseAsset(GreenLedgerContext ctx, String actionJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        RegulatoryAction action = Requests.decode(actionJson, UNPAUSE_ASSET);
        RegulatoryRegister register = new RegulatoryRegister(ctx.ledger());
        if (register.pause(action.targetId()).isEmpty()) {
            throw new ContractError(ErrorCode.INVALID_STATE, "asset " + action.targetId() + " is not paused");
        }
        register.unpause(action.targetId());
        RegulatoryRecord lifted = record(ctx, caller, action);
        ctx.ledger().emit(EventType.ASSET_UNPAUSED, lifted);
        return Json.encode(lifted);
    }

    /** Freezes part of a holding: the units stay with the holder but cannot move until released. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String FreezeHolding(GreenLedgerContext ctx, String requestJson) {
        return changeHoldingFreeze(ctx, FREEZE_HOLDING, requestJson, true);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String UnfreezeHolding(GreenLedgerContext ctx, String requestJson) {
        return changeHoldingFreeze(ctx, UNFREEZE_HOLDING, requestJson, false);
    }

    /** Sets (or replaces) the sandbox cap of an asset class in a currency. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SetSandboxCap(GreenLedgerContext ctx, String capJson) {
        REGULATOR_STAFF.check(ctx);
        SandboxCap cap = Requests.decode(capJson, SET_SANDBOX_CAP);
        new RegulatoryRegister(ctx.ledger()).save(cap);
        ctx.ledger().emit(EventType.SANDBOX_CAP_SET, cap);
        return Json.encode(cap);
    }

    /** Sets (or replaces) the face value from which movements in a currency are reported. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SetReportingThreshold(GreenLedgerContext ctx, String thresholdJson) {
        REGULATOR_STAFF.check(ctx);
        ReportingThreshold threshold = Requests.decode(thresholdJson, SET_REPORTING_THRESHOLD);
        new RegulatoryRegister(ctx.ledger()).save(threshold);
        ctx.ledger().emit(EventType.REPORTING_THRESHOLD_SET, threshold);
        return Json.encode(threshold);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetSanction(GreenLedgerContext ctx, String accountId) {
        MEMBER.check(ctx);
        Requests.id("accountId", accountId, Check.ID);
        return Json.encode(new RegulatoryRegister(ctx.ledger()).sanction(accountId)
                .orElseThrow(() -> ContractError.notFound("sanction of account", accountId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetAssetPause(GreenLedgerContext ctx, String assetId) {
        MEMBER.check(ctx);
        Requests.id("assetId", assetId, Check.ID);
        return Json.encode(new RegulatoryRegister(ctx.ledger()).pause(assetId)
                .orElseThrow(() -> ContractError.notFound("pause of asset", assetId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetSandboxCap(GreenLedgerContext ctx, String assetClass, String currency) {
        MEMBER.check(ctx);
        AssetClass kind = Requests.enumValue("assetClass", assetClass, AssetClass.class);
        Currency money = ContractError.enforce(() -> Currency.of(currency));
        return Json.encode(new RegulatoryRegister(ctx.ledger()).sandboxCap(kind, money)
                .orElseThrow(() -> ContractError.notFound("sandbox cap", kind + "/" + currency)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetReportingThreshold(GreenLedgerContext ctx, String currency) {
        MEMBER.check(ctx);
        Currency money = ContractError.enforce(() -> Currency.of(currency));
        return Json.encode(new RegulatoryRegister(ctx.ledger()).reportingThreshold(money)
                .orElseThrow(() -> ContractError.notFound("reporting threshold", currency)));
    }

    /**
     * The freeze in force on an account, with the hash of the decision that grounds it: for the
     * account's custodian, the registry and the regulator, as the account itself.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetAccountFreeze(GreenLedgerContext ctx, String accountId) {
        Caller caller = MEMBER.check(ctx);
        Requests.id("accountId", accountId, Check.ID);
        Account account = new AccountBook(ctx.ledger()).get(accountId);
        AccountVisibility.requireMaySee(ctx, caller, account.custodianMspId());
        return Json.encode(new RegulatoryRegister(ctx.ledger()).accountFreeze(accountId)
                .orElseThrow(() -> ContractError.notFound("freeze of account", accountId)));
    }

    /**
     * The regulator's measures in force of one kind, a page at a time: sanctions and asset pauses
     * for every member (each is readable by id); account freezes for the registry and the
     * regulator only, since they name other banks' clients.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String FindMeasures(GreenLedgerContext ctx, String kind, int pageSize, String bookmark) {
        MEMBER.check(ctx);
        MeasureQuery query = ContractError.enforce(() -> new MeasureQuery(
                Requests.enumValue("kind", kind, MeasureKind.class), pageSize, bookmark));
        if (query.kind() == MeasureKind.ACCOUNT_FREEZE) {
            OVERSEER.check(ctx);
        }
        Ledger.Page<RegulatoryRecord> page = new RegulatoryRegister(ctx.ledger())
                .measures(query.kind(), query.pageSize(), query.bookmark());
        return Json.encode(new MeasurePage(query.kind(), page.items(), page.bookmark()));
    }

    /** Every sandbox cap set, by asset class then currency. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListSandboxCaps(GreenLedgerContext ctx) {
        MEMBER.check(ctx);
        return Json.encode(new RegulatoryRegister(ctx.ledger()).sandboxCaps());
    }

    /** Every reporting threshold set, by currency. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListReportingThresholds(GreenLedgerContext ctx) {
        MEMBER.check(ctx);
        return Json.encode(new RegulatoryRegister(ctx.ledger()).reportingThresholds());
    }

    /**
     * The face value outstanding in one asset class and currency, the total its sandbox cap is
     * checked against, with each issuer's share; for the registry and the regulator.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetOutstanding(GreenLedgerContext ctx, String assetClass, String currency) {
        OVERSEER.check(ctx);
        AssetClass kind = Requests.enumValue("assetClass", assetClass, AssetClass.class);
        if (kind == AssetClass.CARBON_CREDIT) {
            throw ContractError.of(GreenLedgerError.invalid("assetClass", "carbon credits have no face value"
                    + " outstanding; a project's credit ledger counts its tonnes"));
        }
        Currency money = ContractError.enforce(() -> Currency.of(currency));
        return Json.encode(new IssuedTotals(ctx.ledger()).outstanding(kind, money));
    }

    /** The face value outstanding in every asset class and currency issued in, as {@link #GetOutstanding}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListOutstanding(GreenLedgerContext ctx) {
        OVERSEER.check(ctx);
        return Json.encode(new IssuedTotals(ctx.ledger()).all());
    }

    private static String changeAccountStatus(GreenLedgerContext ctx,
            org.greenledger.chaincode.api.Transaction<RegulatoryAction, ?> transaction, String actionJson,
            AccountStatus from, AccountStatus to, EventType event) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        RegulatoryAction action = Requests.decode(actionJson, transaction);
        AccountBook book = new AccountBook(ctx.ledger());
        Account account = book.get(action.targetId());
        if (account.status() != from) {
            throw new ContractError(ErrorCode.INVALID_STATE, "account " + account.accountId() + " is "
                    + account.status() + ", not " + from);
        }
        Account changed = account.withStatus(to, ctx.ledger().now());
        book.save(changed);
        RegulatoryRegister register = new RegulatoryRegister(ctx.ledger());
        if (to == AccountStatus.FROZEN) {
            register.recordAccountFreeze(record(ctx, caller, action));
        } else {
            register.clearAccountFreeze(account.accountId());
        }
        ctx.ledger().emit(event, changed);
        return Json.encode(changed);
    }

    private static String changeHoldingFreeze(GreenLedgerContext ctx,
            org.greenledger.chaincode.api.Transaction<HoldingFreezeRequest, ?> transaction, String requestJson,
            boolean freeze) {
        REGULATOR_STAFF.check(ctx);
        HoldingFreezeRequest request = Requests.decode(requestJson, transaction);
        AssetRules asset = Assets.get(ctx.ledger(), request.assetId());
        MovementCore core = new MovementCore(ctx.ledger());
        Holding after = freeze ? core.freeze(asset, request.accountId(), request.units())
                : core.unfreeze(asset, request.accountId(), request.units());
        ctx.ledger().emit(freeze ? EventType.HOLDING_FROZEN : EventType.HOLDING_UNFROZEN, after);
        return Json.encode(after);
    }

    private static RegulatoryRecord record(GreenLedgerContext ctx, Caller caller, RegulatoryAction action) {
        return new RegulatoryRecord(action.targetId(), action.referenceHash(), caller.mspId(), ctx.ledger().now());
    }
}
