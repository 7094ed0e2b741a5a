package org.greenledger.chaincode.contract.history;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.TREASURY;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The regulator reads every movement of an asset or account, and every change of a record. */
class HistoryContractTest {
    private final HistoryContract history = new HistoryContract();
    private TestLedger ledger;

    @BeforeEach
    void issued() {
        ledger = new Market().ledger;
        IssuanceContract issuance = new IssuanceContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-A1", BOND, "A1", 100, CASH_A))));
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, Json.encode(new IssueBondRequest(BOND, List.of(), 0))));
    }

    private MovementPage accountMovements(String account, int pageSize, String bookmark) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AccountMovements(ctx, account, pageSize, bookmark)), MovementPage.class);
    }

    @Test
    void every_movement_of_an_account_in_time_order_page_by_page() {
        MovementPage first = accountMovements("A1", 2, "");
        assertEquals(List.of("mint", "subscription S-A1"), first.movements().stream().map(UnitsMoved::reference).toList());
        MovementPage rest = accountMovements("A1", 2, first.bookmark());
        assertEquals(1, rest.movements().size());
        assertEquals(TREASURY, rest.movements().get(0).toAccountId());
        assertEquals("", rest.bookmark(), "a short page is the last");

        MovementPage bond = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AssetMovements(ctx, BOND, 10, "")), MovementPage.class);
        assertEquals(1, bond.movements().size());
        assertEquals(100, bond.movements().get(0).units());
    }

    @Test
    void every_change_of_a_record_oldest_first() {
        List<RecordChange> changes = List.of(Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.RecordHistory(ctx, "BOND", BOND)), RecordChange[].class));
        assertEquals(List.of("DRAFT", "REVIEWED", "APPROVED", "OPEN", "ISSUED"), changes.stream()
                .map(c -> Json.decode(c.value(), org.greenledger.chaincode.api.bond.Bond.class).status().name()).toList());
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_VIEWER, ctx -> history.RecordHistory(ctx, "ACCOUNT", "NOPE"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER, ctx -> history.RecordHistory(ctx, "LOT", "A1"));
    }

    @Test
    void only_the_regulator_reads_history_and_pages_are_bounded() {
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_ADMIN, ctx -> history.AccountMovements(ctx, "A1", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> history.RecordHistory(ctx, "ACCOUNT", "A1"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER, ctx -> history.AssetMovements(ctx, BOND, 0, ""));
    }
}
