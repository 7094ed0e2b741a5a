package org.greenledger.chaincode.contract.cash;

import static org.greenledger.chaincode.api.Transaction.BURN_CASH;
import static org.greenledger.chaincode.api.Transaction.CREATE_DEPOSIT_TOKEN;
import static org.greenledger.chaincode.api.Transaction.MINT_CASH;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.holding.UnitsMoved;
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
import org.greenledger.chaincode.contract.asset.TokenRegister;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Tokenized bank deposits. A custodian bank creates its token per currency and mints (deposit)
 * or burns (withdrawal) it only on accounts it holds itself; every mint and burn passes the
 * compliance rules like any other movement.
 */
@Contract(name = Contracts.CASH, info = @Info(title = "GreenLedger deposit tokens", version = "0.1.0"))
public final class CashContract implements GreenLedgerContract {
    private static final AccessPolicy BANK_STAFF = AccessPolicy.orgWith(OrgRole.CUSTODIAN).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String CreateDepositToken(GreenLedgerContext ctx, String requestJson) {
        Caller caller = BANK_STAFF.check(ctx);
        CreateDepositTokenRequest request = Requests.decode(requestJson, CREATE_DEPOSIT_TOKEN);
        if (Assets.exists(ctx.ledger(), request.tokenId())) {
            throw ContractError.alreadyExists("asset", request.tokenId());
        }
        DepositToken token = new DepositToken(request.tokenId(), caller.mspId(), request.currency(), ctx.ledger().now());
        new TokenRegister(ctx.ledger()).save(token);
        ctx.ledger().emit(EventType.DEPOSIT_TOKEN_CREATED, token);
        return Json.encode(token);
    }

    /** Credits deposit tokens to one of the bank's own clients (a deposit received off the ledger). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Mint(GreenLedgerContext ctx, String requestJson) {
        CashRequest request = Requests.decode(requestJson, MINT_CASH);
        AssetRules token = ownTokenOnOwnAccount(ctx, request);
        return Replays.once(ctx, MINT_CASH, request.requestId(), request, () -> {
            UnitsMoved moved = new MovementCore(ctx.ledger()).mint(token,
                    new MovementCore.Allotment(request.accountId(), request.amountMinor(), "mint"));
            ctx.ledger().emit(EventType.CASH_MINTED, moved);
            return moved;
        });
    }

    /** Debits deposit tokens from one of the bank's own clients (a withdrawal paid off the ledger). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String Burn(GreenLedgerContext ctx, String requestJson) {
        CashRequest request = Requests.decode(requestJson, BURN_CASH);
        AssetRules token = ownTokenOnOwnAccount(ctx, request);
        return Replays.once(ctx, BURN_CASH, request.requestId(), request, () -> {
            UnitsMoved moved = new MovementCore(ctx.ledger()).destroy(token, request.accountId(),
                    request.amountMinor(), "burn");
            ctx.ledger().emit(EventType.CASH_BURNED, moved);
            return moved;
        });
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetDepositToken(GreenLedgerContext ctx, String tokenId) {
        MEMBER.check(ctx);
        Requests.id("tokenId", tokenId, Check.ID);
        return Json.encode(new TokenRegister(ctx.ledger()).find(tokenId)
                .orElseThrow(() -> ContractError.notFound("deposit token", tokenId)));
    }

    /**
     * The deposit tokens, a page at a time in token id order, optionally only one bank's (empty
     * for every bank's); see {@link DepositTokenQuery}.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String FindDepositTokens(GreenLedgerContext ctx, String issuerMspId, int pageSize, String bookmark) {
        MEMBER.check(ctx);
        DepositTokenQuery query = ContractError.enforce(() -> new DepositTokenQuery(Requests.optional(issuerMspId),
                pageSize, bookmark));
        return Json.encode(new TokenRegister(ctx.ledger()).page(query));
    }

    private static AssetRules ownTokenOnOwnAccount(GreenLedgerContext ctx, CashRequest request) {
        Caller caller = BANK_STAFF.check(ctx);
        DepositToken token = new TokenRegister(ctx.ledger()).find(request.tokenId())
                .orElseThrow(() -> ContractError.notFound("deposit token", request.tokenId()));
        if (!token.issuerMspId().equals(caller.mspId())) {
            throw ContractError.notAuthorized(request.tokenId() + " is owed by " + token.issuerMspId());
        }
        Account account = new AccountBook(ctx.ledger()).get(request.accountId());
        AccountVisibility.requireCustodian(account, caller);
        return Assets.rules(ctx.ledger(), token.tokenId()).orElseThrow();
    }
}
