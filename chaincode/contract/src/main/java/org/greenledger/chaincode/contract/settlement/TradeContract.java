package org.greenledger.chaincode.contract.settlement;

import static org.greenledger.chaincode.api.Transaction.PROPOSE_TRADE;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.chaincode.api.settlement.TradeStatus;
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
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Secondary trades between two custodians' clients. The seller's bank instructs, the buyer's
 * bank affirms, and the affirmation settles both legs in one transaction: the units and the
 * deposit tokens (DVP) move together or not at all, each leg through the compliance rules.
 */
@Contract(name = Contracts.TRADES, info = @Info(title = "GreenLedger trades", version = "0.1.0"))
public final class TradeContract implements GreenLedgerContract {
    private static final String TRADE = "trade";
    private static final AccessPolicy CUSTODIAN_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ProposeTrade(GreenLedgerContext ctx, String requestJson) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        TradeRequest request = Requests.decode(requestJson, PROPOSE_TRADE);
        AccountBook accounts = new AccountBook(ctx.ledger());
        Account seller = accounts.get(request.sellerAccountId());
        AccountVisibility.requireCustodian(seller, caller);
        Account buyer = accounts.get(request.buyerAccountId());
        return Replays.once(ctx, PROPOSE_TRADE, request.tradeId(), request, () -> {
                    // A trade recorded before request ids were remembered is never written over.
                    if (find(ctx, request.tradeId()).isPresent()) {
                        throw ContractError.alreadyExists("trade", request.tradeId());
                    }
                    MovementCore.heldInLots(Assets.get(ctx.ledger(), request.assetId()));
                    if (request.settlement() == SettlementType.DVP) {
                        cashLeg(ctx, request);
                    }
                    Trade trade = new Trade(request, seller.custodianMspId(), buyer.custodianMspId(),
                            TradeStatus.PROPOSED, List.of(), ctx.ledger().now(), null);
                    save(ctx, trade);
                    ctx.ledger().emit(EventType.TRADE_PROPOSED, trade);
                    return trade;
                });
    }

    /** The buyer's custodian affirms: both legs settle now, or the transaction is refused. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String SettleTrade(GreenLedgerContext ctx, String tradeId) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        Trade trade = proposed(ctx, tradeId);
        if (!trade.buyerCustodian().equals(caller.mspId())) {
            throw ContractError.notAuthorized("trade " + tradeId + " is affirmed by the buyer's custodian "
                    + trade.buyerCustodian());
        }
        TradeRequest r = trade.request();
        String reference = "trade " + r.tradeId() + (r.paymentReference() == null ? "" : " " + r.paymentReference());
        List<MovementCore.Leg> legs = new ArrayList<>();
        legs.add(new MovementCore.Leg(Assets.get(ctx.ledger(), r.assetId()), r.sellerAccountId(), r.buyerAccountId(),
                r.units(), reference));
        if (r.settlement() == SettlementType.DVP) {
            legs.add(new MovementCore.Leg(cashLeg(ctx, r), r.buyerAccountId(), r.sellerAccountId(),
                    r.considerationMinor(), reference));
        }
        List<UnitsMoved> moved = new MovementCore(ctx.ledger()).deliver(legs);
        Trade settled = trade.settled(moved, ctx.ledger().now());
        save(ctx, settled);
        ctx.ledger().emit(EventType.TRADE_SETTLED, settled);
        return Json.encode(settled);
    }

    /** Either custodian withdraws a trade that has not settled. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CancelTrade(GreenLedgerContext ctx, String tradeId) {
        Caller caller = CUSTODIAN_STAFF.check(ctx);
        Trade trade = proposed(ctx, tradeId);
        if (!trade.buyerCustodian().equals(caller.mspId()) && !trade.sellerCustodian().equals(caller.mspId())) {
            throw ContractError.notAuthorized(caller.mspId() + " is not a custodian of trade " + tradeId);
        }
        Trade cancelled = trade.cancelled(ctx.ledger().now());
        save(ctx, cancelled);
        ctx.ledger().emit(EventType.TRADE_CANCELLED, cancelled);
        return Json.encode(cancelled);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetTrade(GreenLedgerContext ctx, String tradeId) {
        Caller caller = MEMBER.check(ctx);
        Trade trade = get(ctx, tradeId);
        if (!caller.mspId().equals(trade.buyerCustodian())) {
            AccountVisibility.requireMaySee(ctx, caller, trade.sellerCustodian());
        }
        return Json.encode(trade);
    }

    private static Trade get(GreenLedgerContext ctx, String tradeId) {
        return find(ctx, Requests.id("tradeId", tradeId, Check.ID))
                .orElseThrow(() -> ContractError.notFound("trade", tradeId));
    }

    private static Trade proposed(GreenLedgerContext ctx, String tradeId) {
        Trade trade = get(ctx, tradeId);
        if (trade.status() != TradeStatus.PROPOSED) {
            throw new ContractError(ErrorCode.INVALID_STATE, "trade " + tradeId + " is " + trade.status());
        }
        return trade;
    }

    private static java.util.Optional<Trade> find(GreenLedgerContext ctx, String tradeId) {
        return ctx.ledger().read(ctx.ledger().key(TRADE, tradeId), Trade.class);
    }

    private static void save(GreenLedgerContext ctx, Trade trade) {
        ctx.ledger().write(ctx.ledger().key(TRADE, trade.tradeId()), trade);
    }

    /** A delivery-versus-payment trade pays in a deposit token. */
    private static AssetRules cashLeg(GreenLedgerContext ctx, TradeRequest request) {
        AssetRules cash = Assets.get(ctx.ledger(), request.cashTokenId());
        if (cash.assetClass() != AssetClass.DEPOSIT_TOKEN) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, "cashTokenId " + request.cashTokenId() + " is a "
                    + cash.assetClass() + ", not a deposit token");
        }
        return cash;
    }
}
