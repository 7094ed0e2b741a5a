package org.greenledger.chaincode.contract.holding;

import static org.greenledger.chaincode.api.Transaction.CAN_TRANSFER;
import static org.greenledger.chaincode.api.Transaction.TRANSFER;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.account.AccountVisibility;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.movement.HoldingBook;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Holdings of any asset and free-of-payment transfers between accounts. The sender's custodian
 * instructs a transfer; it happens only if the compliance rules allow it, and a transfer at or
 * above the regulator's threshold is flagged in its event as a large-movement report.
 */
@Contract(name = Contracts.HOLDINGS, info = @Info(title = "GreenLedger holdings", version = "0.1.0"))
public final class HoldingContract implements GreenLedgerContract {
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Transfer(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        TransferRequest request = Requests.decode(requestJson, TRANSFER);
        Account sender = new AccountBook(ctx.ledger()).get(request.fromAccountId());
        AccountVisibility.requireCustodian(sender, caller);
        // The lots named are a hint of which units pay, not part of what the request id stands for.
        return Replays.once(ctx, TRANSFER, request.requestId(), request.withLots(null), () -> {
            AssetRules asset = heldInLots(ctx, request.assetId());
            UnitsMoved moved = new MovementCore(ctx.ledger()).transfer(asset, request.fromAccountId(),
                    request.toAccountId(), request.units(), request.paymentReference(), request.fromLots());
            ctx.ledger().emit(EventType.UNITS_TRANSFERRED, moved);
            return moved;
        });
    }

    /** Whether the transfer would pass compliance now, and if not why; changes nothing (ERC-1400 style). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String CanTransfer(GreenLedgerContext ctx, String requestJson) {
        Caller caller = MEMBER.check(ctx);
        TransferRequest request = Requests.decode(requestJson, CAN_TRANSFER);
        Account sender = new AccountBook(ctx.ledger()).get(request.fromAccountId());
        AccountVisibility.requireMaySee(ctx, caller, sender.custodianMspId());
        AssetRules asset = heldInLots(ctx, request.assetId());
        TransferCheck check = new MovementCore(ctx.ledger()).transferRefusal(asset, request.fromAccountId(),
                        request.toAccountId(), request.units())
                .map(r -> new TransferCheck(false, r.code(), r.message()))
                .orElse(new TransferCheck(true, null, "allowed"));
        return Json.encode(check);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetHolding(GreenLedgerContext ctx, String assetId, String accountId) {
        requireMaySeeHolding(ctx, assetId, accountId);
        return Json.encode(new HoldingBook(ctx.ledger()).holding(assetId, accountId));
    }

    /**
     * The account's lots of the asset, for a client that names different lots in concurrent
     * transfers from one account (TransferRequest.fromLots); visible to whoever may see the holding.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetLots(GreenLedgerContext ctx, String assetId, String accountId) {
        requireMaySeeHolding(ctx, assetId, accountId);
        return Json.encode(new HoldingBook(ctx.ledger()).lotsOf(assetId, accountId));
    }

    /** A holding is seen by its custodian and the overseers, for an asset that exists. */
    private static void requireMaySeeHolding(GreenLedgerContext ctx, String assetId, String accountId) {
        Caller caller = MEMBER.check(ctx);
        Requests.id("assetId", assetId, Check.ID);
        Requests.id("accountId", accountId, Check.ID);
        Account account = new AccountBook(ctx.ledger()).get(accountId);
        AccountVisibility.requireMaySee(ctx, caller, account.custodianMspId());
        Assets.get(ctx.ledger(), assetId);
    }

    /** Bonds and deposit tokens; carbon credits move by serial block. */
    private static AssetRules heldInLots(GreenLedgerContext ctx, String assetId) {
        return MovementCore.heldInLots(Assets.get(ctx.ledger(), assetId));
    }
}
