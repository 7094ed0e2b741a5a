package org.greenledger.chaincode.contract.history;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.history.RecordKind;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.asset.CarbonProjectRegister;
import org.greenledger.chaincode.contract.asset.TokenRegister;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.movement.Movements;
import org.greenledger.chaincode.contract.proceeds.ProjectRegister;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The regulator's full history: every movement of any asset or account, oldest first and paged,
 * and every committed change of an account, bond or deposit token (from the peer's history
 * database). Read-only; only the regulator's staff.
 */
@Contract(name = Contracts.HISTORY, info = @Info(title = "GreenLedger history", version = "0.1.0"))
public final class HistoryContract implements GreenLedgerContract {
    private static final AccessPolicy REGULATOR = AccessPolicy.orgWith(OrgRole.REGULATOR);
    private static final int MAX_PAGE = 500;

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String AssetMovements(GreenLedgerContext ctx, String assetId, int pageSize, String bookmark) {
        REGULATOR.check(ctx);
        Requests.id("assetId", assetId, Check.ID);
        return page(new Movements(ctx.ledger()).ofAsset(assetId, validPageSize(pageSize), bookmark));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String AccountMovements(GreenLedgerContext ctx, String accountId, int pageSize, String bookmark) {
        REGULATOR.check(ctx);
        // Escrow is recorded under its pseudo-account, escrow:<bond id> (Movements.escrowOf).
        if (accountId == null || !accountId.startsWith(Movements.escrowOf(""))) {
            Requests.id("accountId", accountId, Check.ID);
        } else {
            BondContract.validBondId(accountId.substring(Movements.escrowOf("").length()));
        }
        return page(new Movements(ctx.ledger()).ofAccount(accountId, validPageSize(pageSize), bookmark));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String RecordHistory(GreenLedgerContext ctx, String kind, String id) {
        REGULATOR.check(ctx);
        RecordKind recordKind = Requests.enumValue("kind", kind, RecordKind.class);
        Requests.id("id", id, Check.ID);
        java.util.List<Ledger.KeyChange> changes = switch (recordKind) {
            case ACCOUNT -> new AccountBook(ctx.ledger()).history(id);
            case BOND -> new BondRegister(ctx.ledger()).history(id);
            case DEPOSIT_TOKEN -> new TokenRegister(ctx.ledger()).history(id);
            case GREEN_PROJECT -> new ProjectRegister(ctx.ledger()).history(id);
            case CARBON_PROJECT -> new CarbonProjectRegister(ctx.ledger()).history(id);
        };
        if (changes.isEmpty()) {
            throw ContractError.notFound(recordKind.name().toLowerCase(java.util.Locale.ROOT), id);
        }
        return Json.encode(changes.stream()
                .map(c -> new RecordChange(c.transactionId(), c.timestamp(), c.deleted(), c.value())).toList());
    }

    private static int validPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE) {
            throw ContractError.of(GreenLedgerError.invalid("pageSize", "must be between 1 and " + MAX_PAGE));
        }
        return pageSize;
    }

    private static String page(Ledger.Page<UnitsMoved> page) {
        return Json.encode(new MovementPage(page.items(), page.bookmark()));
    }
}
