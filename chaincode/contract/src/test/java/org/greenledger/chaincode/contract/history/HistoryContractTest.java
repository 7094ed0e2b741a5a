package org.greenledger.chaincode.contract.history;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.TREASURY;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.RedeemRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.history.RecordChange;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.bond.RedemptionContract;
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
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, Json.encode(new IssueBondRequest(BOND, List.of(), 0, 100))));
    }

    private MovementPage accountMovements(String account, int pageSize, String bookmark) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AccountMovements(ctx, account, pageSize, bookmark)), MovementPage.class);
    }

    @Test
    void every_movement_of_an_account_in_time_order_page_by_page() {
        MovementPage first = accountMovements("A1", 2, "");
        assertEquals(List.of("mint", "subscription S-A1"), first.movements().stream().map(UnitsMoved::reference).toList());
        assertEquals("escrow:" + BOND, first.movements().get(1).toAccountId(), "the price went into escrow");
        MovementPage rest = accountMovements("A1", 2, first.bookmark());
        assertEquals(1, rest.movements().size());
        assertEquals(BOND, rest.movements().get(0).assetId(), "the units delivered at issue");
        assertEquals("", rest.bookmark(), "a short page is the last");

        // The escrow pseudo-account pages like any account: the price in, then out to the issuer.
        MovementPage escrow = accountMovements("escrow:" + BOND, 10, "");
        assertEquals(List.of("escrow:" + BOND, TREASURY), escrow.movements().stream()
                .map(m -> m.toAccountId()).toList());
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> history.AccountMovements(ctx, "escrow:NOT-AN-ISIN", 10, ""));

        MovementPage cash = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AssetMovements(ctx, CASH_A, 10, "")), MovementPage.class);
        UnitsMoved paid = cash.movements().get(cash.movements().size() - 1);
        assertEquals(List.of("escrow:" + BOND, TREASURY, 100 * Market.DENOMINATION),
                List.of(paid.fromAccountId(), paid.toAccountId(), paid.units()), "escrow paid to the issuer at issue");

        MovementPage bond = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AssetMovements(ctx, BOND, 10, "")), MovementPage.class);
        assertEquals(1, bond.movements().size());
        assertEquals(100, bond.movements().get(0).units());
    }

    @Test
    void refunds_and_the_units_retired_at_redemption_are_recorded_too() {
        IssuanceContract issuance = new IssuanceContract();
        Market other = new Market();
        other.ledger.submit(BANK_B_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-B1", BOND, "B1", 10, Market.CASH_B))));
        other.ledger.submit(BANK_B_OPERATOR, ctx -> issuance.WithdrawSubscription(ctx, BOND, "S-B1"));
        MovementPage b1 = Json.decode(other.ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AccountMovements(ctx, "B1", 10, "")), MovementPage.class);
        assertEquals(List.of("mint", "subscription S-B1", "refund S-B1"),
                b1.movements().stream().map(UnitsMoved::reference).toList());

        ledger.setTime(java.time.Instant.parse("2028-01-17T10:00:00Z"));
        ledger.submit(BANK_A_OPERATOR, ctx -> new RedemptionContract().RedeemBond(ctx,
                Json.encode(new RedeemRequest(BOND, CASH_A, 0, null, 100))));
        MovementPage bond = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> history.AssetMovements(ctx, BOND, 10, "")), MovementPage.class);
        UnitsMoved retired = bond.movements().get(bond.movements().size() - 1);
        assertEquals(List.of("A1", 100L), List.of(retired.fromAccountId(), retired.units()));
        assertEquals(null, retired.toAccountId(), "retired units go to no one");
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
