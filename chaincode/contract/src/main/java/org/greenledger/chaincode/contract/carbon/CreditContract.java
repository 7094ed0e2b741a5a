package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.api.Transaction.APPLY_ADJUSTMENT;
import static org.greenledger.chaincode.api.Transaction.CANCEL_CREDITS;
import static org.greenledger.chaincode.api.Transaction.FREEZE_CREDIT_BLOCK;
import static org.greenledger.chaincode.api.Transaction.RETIRE_CREDITS;
import static org.greenledger.chaincode.api.Transaction.TRANSFER_CREDITS;
import static org.greenledger.chaincode.api.Transaction.UNFREEZE_CREDIT_BLOCK;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.carbon.AdjustmentRequest;
import org.greenledger.chaincode.api.carbon.Article6;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.BlockStatus;
import org.greenledger.chaincode.api.carbon.CancelCreditsRequest;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CorrespondingAdjustment;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.SerialRange;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.account.AccountVisibility;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.asset.CarbonProjectRegister;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.CreditBlocks;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Credits in use: the holder's bank transfers or retires the first serials of one of its
 * client's blocks (the block splits, the rest stays), through the compliance rules; a retirement
 * makes a certificate and its serials never move again; the registry cancels serials and records
 * corresponding adjustments. A retirement as a bond's impact claim needs the bond to finance the
 * project and stays within the bond's attributable share.
 */
@Contract(name = Contracts.CREDITS, info = @Info(title = "GreenLedger carbon credits", version = "0.1.0"))
public final class CreditContract implements GreenLedgerContract {
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy REGISTRY_STAFF = AccessPolicy.orgWith(OrgRole.REGISTRY).users(OPERATOR, ADMIN);
    private static final AccessPolicy REGULATOR_STAFF = AccessPolicy.orgWith(OrgRole.REGULATOR).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String TransferCredits(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        TransferCreditsRequest request = Requests.decode(requestJson, TRANSFER_CREDITS);
        requireCustodian(ctx, caller, request.block().holderAccountId());
        return Replays.once(ctx, TRANSFER_CREDITS, request.transferId(), request, () -> transfer(ctx, request));
    }

    private static CreditsMoved transfer(GreenLedgerContext ctx, TransferCreditsRequest request) {
        Ledger ledger = ctx.ledger();
        CreditBlock block = activeBlock(ctx, request.block(), request.quantity());
        // The first transfer of authorized units is what Article 6 accounting counts as their first transfer.
        boolean firstTransfer = block.article6().authorized() && block.firstTransferTxId() == null;
        SerialRange moved = new MovementCore(ledger).transferBlock(creditsOf(ctx, block), block, request.quantity(),
                request.toAccountId(), firstTransfer ? ledger.txId() : block.firstTransferTxId(),
                "credit transfer " + request.transferId());
        CreditsMoved event = new CreditsMoved(request.transferId(), moved, block.holderAccountId(), request.toAccountId(),
                BlockStatus.ACTIVE, firstTransfer, ledger.now());
        ledger.emit(EventType.CREDITS_TRANSFERRED, event);
        return event;
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RetireCredits(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        RetireCreditsRequest request = Requests.decode(requestJson, RETIRE_CREDITS);
        requireCustodian(ctx, caller, request.block().holderAccountId());
        return Replays.once(ctx, RETIRE_CREDITS, request.retirementId(), request, () -> retire(ctx, request));
    }

    private static RetirementCertificate retire(GreenLedgerContext ctx, RetireCreditsRequest request) {
        Ledger ledger = ctx.ledger();
        SerialBook serials = new SerialBook(ledger);
        // A certificate recorded before request ids were remembered is never written over.
        if (serials.certificate(request.retirementId()).isPresent()) {
            throw ContractError.alreadyExists("retirement certificate", request.retirementId());
        }
        CreditBlock block = activeBlock(ctx, request.block(), request.quantity());
        AssetRules credits = creditsOf(ctx, block);
        MovementCore core = new MovementCore(ledger);
        // The compliance rules answer first, as for every movement; then the bond's share of the claim.
        core.requireBlockMovable(credits, block, request.quantity(), null);
        if (request.purpose() == RetirementPurpose.BOND_IMPACT_CLAIM) {
            new BondClaims(ledger).requireWithinShare(request.bondId(), block.projectId(), request.quantity());
        }
        SerialRange retired = core.retireBlock(credits, block, request.quantity(), "retirement " + request.retirementId());
        RetirementCertificate certificate = new RetirementCertificate(request.retirementId(), retired,
                block.holderAccountId(), request.beneficiary(), request.purpose(), request.bondId(), block.article6(),
                ledger.txId(), ledger.now());
        serials.putCertificate(certificate);
        ledger.emit(EventType.CREDITS_RETIRED, certificate);
        return certificate;
    }

    /** The registry that registered the project cancels serials (export, reversal, correction). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CancelCredits(GreenLedgerContext ctx, String requestJson) {
        Caller caller = REGISTRY_STAFF.check(ctx);
        CancelCreditsRequest request = Requests.decode(requestJson, CANCEL_CREDITS);
        CarbonProject project = new CarbonProjectRegister(ctx.ledger()).registeredBy(request.block().projectId(),
                caller.mspId());
        return Replays.once(ctx, CANCEL_CREDITS, request.cancellationId(), request,
                () -> cancel(ctx, request, project));
    }

    private static CreditsMoved cancel(GreenLedgerContext ctx, CancelCreditsRequest request, CarbonProject project) {
        Ledger ledger = ctx.ledger();
        CreditBlock block = activeBlock(ctx, request.block(), request.quantity());
        SerialRange cancelled = new MovementCore(ledger).cancelBlock(Assets.rulesOf(project), block,
                request.quantity(), "cancellation " + request.cancellationId());
        CreditsMoved event = new CreditsMoved(request.cancellationId(), cancelled, block.holderAccountId(), null,
                BlockStatus.CANCELLED, false, ledger.now());
        ledger.emit(EventType.CREDITS_CANCELLED, event);
        return event;
    }

    /** The registry records the host country's corresponding adjustment for a block of authorized units. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ApplyCorrespondingAdjustment(GreenLedgerContext ctx, String requestJson) {
        Caller caller = REGISTRY_STAFF.check(ctx);
        AdjustmentRequest request = Requests.decode(requestJson, APPLY_ADJUSTMENT);
        CarbonProject project = new CarbonProjectRegister(ctx.ledger()).registeredBy(request.block().projectId(),
                caller.mspId());
        CreditBlock block = activeBlock(ctx, request.block(), 1);
        if (block.article6().adjustment() != CorrespondingAdjustment.PENDING) {
            throw new ContractError(ErrorCode.INVALID_STATE, "block " + block.range() + " has adjustment "
                    + block.article6().adjustment());
        }
        CreditBlock adjusted = block.withArticle6(new Article6(block.article6().letterOfAuthorization(),
                CorrespondingAdjustment.APPLIED), ctx.ledger().now());
        new MovementCore(ctx.ledger()).restateBlock(Assets.rulesOf(project), block, adjusted);
        ctx.ledger().emit(EventType.CORRESPONDING_ADJUSTMENT_APPLIED, adjusted);
        return Json.encode(adjusted);
    }

    /** The regulator freezes one block: it neither moves nor retires until unfrozen. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String FreezeCreditBlock(GreenLedgerContext ctx, String requestJson) {
        REGULATOR_STAFF.check(ctx);
        BlockFreezeRequest request = Requests.decode(requestJson, FREEZE_CREDIT_BLOCK);
        CreditBlock block = activeBlock(ctx, request.block(), 1);
        if (block.frozenBy() != null) {
            throw new ContractError(ErrorCode.INVALID_STATE, "block " + block.range() + " is already frozen");
        }
        return saveFrozen(ctx, block, block.frozen(request.decisionHash(), ctx.ledger().now()),
                EventType.CREDIT_BLOCK_FROZEN);
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String UnfreezeCreditBlock(GreenLedgerContext ctx, String requestJson) {
        REGULATOR_STAFF.check(ctx);
        BlockFreezeRequest request = Requests.decode(requestJson, UNFREEZE_CREDIT_BLOCK);
        CreditBlock block = activeBlock(ctx, request.block(), 1);
        if (block.frozenBy() == null) {
            throw new ContractError(ErrorCode.INVALID_STATE, "block " + block.range() + " is not frozen");
        }
        return saveFrozen(ctx, block, block.frozen(null, ctx.ledger().now()), EventType.CREDIT_BLOCK_UNFROZEN);
    }

    private static String saveFrozen(GreenLedgerContext ctx, CreditBlock before, CreditBlock after, EventType event) {
        new MovementCore(ctx.ledger()).restateBlock(creditsOf(ctx, before), before, after);
        ctx.ledger().emit(event, after);
        return Json.encode(after);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetCertificate(GreenLedgerContext ctx, String retirementId) {
        MEMBER.check(ctx);
        String id = Requests.id("retirementId", retirementId, Check.ID);
        return Json.encode(new SerialBook(ctx.ledger()).certificate(id)
                .orElseThrow(() -> ContractError.notFound("retirement certificate", id)));
    }

    /** The account's active blocks: its custodian and the overseers read them; the buffer pool is public. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListBlocks(GreenLedgerContext ctx, String accountId) {
        Caller caller = MEMBER.check(ctx);
        if (!CreditBlock.BUFFER_POOL.equals(accountId)) {
            Account account = new AccountBook(ctx.ledger()).get(Requests.id("accountId", accountId, Check.ID));
            AccountVisibility.requireMaySee(ctx, caller, account.custodianMspId());
        }
        return Json.encode(new CreditBlocks(ctx.ledger()).held(accountId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetProjectCreditLedger(GreenLedgerContext ctx, String projectId) {
        MEMBER.check(ctx);
        CarbonProject project = new CarbonProjectRegister(ctx.ledger()).get(Requests.id("projectId", projectId, Check.ID));
        return Json.encode(CreditReports.ledgerOf(new SerialBook(ctx.ledger()), new CreditBlocks(ctx.ledger()),
                project.projectId()));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetBondCredits(GreenLedgerContext ctx, String bondId) {
        MEMBER.check(ctx);
        Bond bond = new BondRegister(ctx.ledger()).get(BondContract.validBondId(bondId));
        return Json.encode(new BondClaims(ctx.ledger()).report(bond.bondId()));
    }

    /** The caller's org must hold the account (a bank acts for its own clients only). */
    private static void requireCustodian(GreenLedgerContext ctx, Caller caller, String accountId) {
        if (CreditBlock.BUFFER_POOL.equals(accountId)) {
            throw ContractError.notAuthorized("only the registry moves the buffer pool, by cancellation");
        }
        Account account = new AccountBook(ctx.ledger()).get(accountId);
        if (!account.custodianMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized("account " + accountId + " is held by " + account.custodianMspId());
        }
    }

    /** The named active block holding at least {@code quantity}, or why not. */
    private static CreditBlock activeBlock(GreenLedgerContext ctx, BlockRef ref, long quantity) {
        CreditBlocks blocks = new CreditBlocks(ctx.ledger());
        CreditBlock block = blocks.active(ref).orElseThrow(() -> blocks.ended(ref)
                .map(ended -> new ContractError(ErrorCode.CREDITS_RETIRED, "serials " + ended.range() + " are "
                        + ended.status() + " and never move again"))
                .orElseGet(() -> ContractError.notFound("credit block", ref.holderAccountId() + " " + ref.projectId()
                        + " " + ref.vintage() + " " + ref.firstSerial())));
        if (quantity > block.quantity()) {
            throw new ContractError(ErrorCode.INSUFFICIENT_UNITS, "block " + block.range() + " holds "
                    + block.quantity() + " tonnes, not " + quantity);
        }
        return block;
    }

    /** The rules of the block's credits (its project's). */
    private static AssetRules creditsOf(GreenLedgerContext ctx, CreditBlock block) {
        return Assets.rulesOf(new CarbonProjectRegister(ctx.ledger()).get(block.projectId()));
    }
}
