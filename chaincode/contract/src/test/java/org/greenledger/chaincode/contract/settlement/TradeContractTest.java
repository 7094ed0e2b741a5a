package org.greenledger.chaincode.contract.settlement;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Market.CASH_A;
import static org.greenledger.chaincode.contract.support.Market.CASH_B;
import static org.greenledger.chaincode.contract.support.Market.DENOMINATION;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.Trade;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.chaincode.api.settlement.TradeStatus;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secondary trades across banks: both legs or neither. A1 (Bank A) holds 200 units of the bond. */
class TradeContractTest {
    private final TradeContract trades = new TradeContract();
    private Market market;
    private TestLedger ledger;

    @BeforeEach
    void issued() {
        market = new Market();
        ledger = market.ledger;
        IssuanceContract issuance = new IssuanceContract();
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                Json.encode(new SubscribeRequest("S-A1", BOND, "A1", 200, CASH_A))));
        ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx, Json.encode(new IssueBondRequest(BOND, List.of(), 0, 100))));
    }

    private static String dvp(String id, long units, long price) {
        return Json.encode(new TradeRequest(id, BOND, "A1", "B1", units, SettlementType.DVP, CASH_B, price, null));
    }

    @Test
    void the_buyers_bank_affirms_and_units_and_cash_move_together() {
        Trade proposed = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx,
                dvp("T1", 50, 5_100_000))), Trade.class);
        assertEquals(TradeStatus.PROPOSED, proposed.status());
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> trades.SettleTrade(ctx, "T1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> trades.SettleTrade(ctx, "T1"));
        Trade settled = Json.decode(ledger.submit(BANK_B_OPERATOR, ctx -> trades.SettleTrade(ctx, "T1")), Trade.class);
        assertEquals(TradeStatus.SETTLED, settled.status());
        assertEquals(2, settled.legs().size());
        assertEquals(150, market.units(BOND, "A1"));
        assertEquals(50, market.units(BOND, "B1"));
        assertEquals(5_100_000, market.units(CASH_B, "A1"));
        assertEquals(500_000_000 - 5_100_000, market.units(CASH_B, "B1"));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_B_OPERATOR, ctx -> trades.SettleTrade(ctx, "T1"));
    }

    @Test
    void the_cash_leg_of_a_dvp_is_a_deposit_token() {
        ContractError e = ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx,
                Json.encode(new TradeRequest("T-bond-for-bond", BOND, "A1", "B1", 10, SettlementType.DVP, BOND, 10,
                        null))));
        assertTrue(e.getMessage().contains("not a deposit token"), e.getMessage());
    }

    @Test
    void when_either_leg_fails_neither_moves() {
        ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx, dvp("T-cash", 50, 600_000_000)));
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_B_OPERATOR, ctx -> trades.SettleTrade(ctx, "T-cash"));
        // Both legs are checked before the units move: the refusal comes before any write.
        assertEquals(ErrorCode.INSUFFICIENT_UNITS, ledger.attempt(BANK_B_OPERATOR,
                ctx -> trades.SettleTrade(ctx, "T-cash")).code());
        ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx, dvp("T-units", 201, 1_000)));
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_B_OPERATOR, ctx -> trades.SettleTrade(ctx, "T-units"));
        ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx, dvp("T-sanctioned", 10, 1_000_000)));
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().ListSanction(ctx,
                Json.encode(new RegulatoryAction("B1", "f".repeat(64)))));
        ledger.assertRefused(ErrorCode.SANCTIONED, BANK_B_OPERATOR, ctx -> trades.SettleTrade(ctx, "T-sanctioned"));
        assertEquals(200, market.units(BOND, "A1"));
        assertEquals(0, market.units(CASH_B, "A1"));
    }

    @Test
    void free_of_payment_records_the_off_ledger_reference_and_either_bank_may_cancel() {
        String fop = Json.encode(new TradeRequest("T-fop", BOND, "A1", "B1", 20, SettlementType.FOP, null, 0,
                "SWIFT-MT540-77"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> trades.ProposeTrade(ctx, fop));
        ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx, fop));
        Trade settled = Json.decode(ledger.submit(BANK_B_OPERATOR, ctx -> trades.SettleTrade(ctx, "T-fop")), Trade.class);
        assertEquals(1, settled.legs().size());
        assertEquals("trade T-fop SWIFT-MT540-77", settled.legs().get(0).reference());
        ledger.submit(BANK_A_OPERATOR, ctx -> trades.ProposeTrade(ctx, dvp("T-x", 1, 100_000)));
        assertEquals(TradeStatus.CANCELLED, Json.decode(ledger.submit(BANK_B_OPERATOR,
                ctx -> trades.CancelTrade(ctx, "T-x")), Trade.class).status());
        assertEquals(180, market.units(BOND, "A1"));
        assertEquals(DENOMINATION * 0, market.units(CASH_B, "A1"));
    }
}
