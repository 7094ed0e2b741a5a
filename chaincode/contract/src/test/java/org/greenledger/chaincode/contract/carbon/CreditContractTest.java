package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.DEV;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.PROJECT;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.ref;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.carbon.AdjustmentRequest;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BondCredits;
import org.greenledger.chaincode.api.carbon.CancelCreditsRequest;
import org.greenledger.chaincode.api.carbon.CorrespondingAdjustment;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditLabel;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.settlement.TradeContract;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/** Transfers and retirements split blocks; retired serials never move; the registry cancels and adjusts. */
class CreditContractTest {
    private CarbonRegistry registry = new CarbonRegistry(null);
    private TestLedger ledger = registry.ledger;
    private CreditContract credits = registry.credits;

    private CreditsMoved transfer(String id, String from, long first, String to, long quantity) {
        return Json.decode(ledger.submit(from.startsWith("B") ? BANK_B_OPERATOR : BANK_A_OPERATOR,
                ctx -> credits.TransferCredits(ctx, Json.encode(new TransferCreditsRequest(id, ref(from, first), to,
                        quantity)))), CreditsMoved.class);
    }

    private RetirementCertificate retire(String id, String holder, long first, long quantity) {
        return Json.decode(ledger.submit(holder.startsWith("B") ? BANK_B_OPERATOR : BANK_A_OPERATOR,
                ctx -> credits.RetireCredits(ctx, Json.encode(new RetireCreditsRequest(id, ref(holder, first), quantity,
                        "Acme Airlines", RetirementPurpose.VOLUNTARY, null)))), RetirementCertificate.class);
    }

    private List<String> ranges(String holder) {
        return registry.blocks(holder).stream().map(b -> b.range().first() + ".." + b.range().last()).toList();
    }

    @Test
    void transfers_split_blocks_at_every_boundary() {
        registry.issue("MR-1", 100, 0, List.of(CreditLabel.CCP), null);
        transfer("T1", DEV, 1, "A1", 1);
        assertEquals(List.of("2..100"), ranges(DEV));
        assertEquals(List.of("1..1"), ranges("A1"));
        transfer("T2", DEV, 2, "B1", 98);
        assertEquals(List.of("100..100"), ranges(DEV), "one less than the block leaves the last serial");
        transfer("T3", DEV, 100, "B1", 1);
        assertEquals(List.of(), ranges(DEV), "the whole block moves");
        assertEquals(List.of("2..99", "100..100"), ranges("B1"));
        assertEquals(List.of(CreditLabel.CCP), registry.blocks("B1").get(0).labels(), "labels travel with the units");
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_B_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T4", ref("B1", 100), "A1", 2))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_B_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T4", ref("B1", 50), "A1", 1))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T4", ref("B1", 2), "A1", 1))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER,
                ctx -> credits.TransferCredits(ctx, Json.encode(new TransferCreditsRequest("T4", ref("A1", 1), "B1", 1))));
        int events = ledger.eventCount();
        assertEquals(transfer("T1", DEV, 1, "A1", 1).operationId(), "T1");
        assertEquals(events, ledger.eventCount(), "a replayed transfer changes nothing");
    }

    @Test
    void every_credit_movement_passes_the_compliance_rules() {
        registry.issue("MR-1", 100, 0, List.of(), null);
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().FreezeAccount(ctx,
                Json.encode(new RegulatoryAction("B1", "5".repeat(64)))));
        ledger.assertRefused(ErrorCode.ACCOUNT_FROZEN, BANK_A_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T1", ref(DEV, 1), "B1", 10))));
        ledger.submit(REGULATOR_OPERATOR, ctx -> new ComplianceContract().PauseAsset(ctx,
                Json.encode(new RegulatoryAction(PROJECT, "5".repeat(64)))));
        ledger.assertRefused(ErrorCode.ASSET_PAUSED, BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx,
                Json.encode(new RetireCreditsRequest("R1", ref(DEV, 1), 10, "x", RetirementPurpose.VOLUNTARY, null))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T1", ref(DEV, 1), "NOBODY", 10))));
    }

    @Test
    void the_regulator_freezes_one_block_which_then_neither_moves_nor_retires() {
        registry.issue("MR-1", 100, 0, List.of(), null);
        transfer("T1", DEV, 1, "B1", 30);
        String freeze = Json.encode(new BlockFreezeRequest(ref("B1", 1), "6".repeat(64)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> credits.FreezeCreditBlock(ctx, freeze));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, REGULATOR_VIEWER, ctx -> credits.FreezeCreditBlock(ctx, freeze));
        ledger.submit(REGULATOR_OPERATOR, ctx -> credits.FreezeCreditBlock(ctx, freeze));
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_B_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T2", ref("B1", 1), "A1", 1))));
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_B_OPERATOR, ctx -> credits.RetireCredits(ctx,
                Json.encode(new RetireCreditsRequest("R1", ref("B1", 1), 1, "x", RetirementPurpose.VOLUNTARY, null))));
        // Not even the registry cancels serials of a frozen block.
        ledger.assertRefused(ErrorCode.INVALID_STATE, ALLIANCE_OPERATOR, ctx -> credits.CancelCredits(ctx,
                Json.encode(new CancelCreditsRequest("C-frozen", ref("B1", 1), 1, "9".repeat(64)))));
        transfer("T3", DEV, 31, "A1", 1);
        ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_OPERATOR, ctx -> credits.FreezeCreditBlock(ctx, freeze));
        ledger.submit(REGULATOR_OPERATOR, ctx -> credits.UnfreezeCreditBlock(ctx, freeze));
        transfer("T2", "B1", 1, "A1", 1);
        assertEquals(List.of("2..30"), ranges("B1"));
    }

    @Test
    void another_banks_retirement_id_shows_nothing_of_its_certificate() {
        registry.issue("MR-1", 100, 0, List.of(), null);
        transfer("T-B", DEV, 1, "B1", 50);
        RetirementCertificate ofBankB = retire("CERT-B", "B1", 1, 10);
        String bankBsRequest = Json.encode(new RetireCreditsRequest("CERT-B", ref("B1", 1), 10, "Acme Airlines",
                RetirementPurpose.VOLUNTARY, null));
        // Bank A sends Bank B's request: its access is checked first, as for a new request.
        ContractError refused = ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> credits.RetireCredits(ctx, bankBsRequest));
        assertFalse(refused.getMessage().contains("Acme"), refused.getMessage());
        // Bank A's own client's credits under Bank B's retirement id.
        ledger.assertRefused(ErrorCode.REQUEST_ID_REUSED, BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx,
                Json.encode(new RetireCreditsRequest("CERT-B", ref(DEV, 51), 10, "Acme Airlines",
                        RetirementPurpose.VOLUNTARY, null))));
        // Bank B, sending its own request again, gets its certificate back and nothing changes.
        assertEquals(ofBankB, Json.decode(ledger.assertUnchangedBy(BANK_B_OPERATOR,
                ctx -> credits.RetireCredits(ctx, bankBsRequest)), RetirementCertificate.class));
        assertEquals(List.of("11..50"), ranges("B1"));
        assertEquals(List.of("51..100"), ranges(DEV));
    }

    @Test
    void credits_move_by_serial_block_not_by_a_holdings_transfer_a_trade_or_a_holding_freeze() {
        registry.issue("MR-1", 100, 0, List.of(), null);
        ContractError e = ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR,
                ctx -> new HoldingContract().Transfer(ctx, Json.encode(new TransferRequest("R-1", PROJECT, DEV, "A1", 1,
                        "x"))));
        assertTrue(e.getMessage().contains("move by serial block"), e.getMessage());
        e = ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> new TradeContract().ProposeTrade(ctx,
                Json.encode(new TradeRequest("T-credits", PROJECT, DEV, "B1", 1, SettlementType.FOP, null, 0, "x"))));
        assertTrue(e.getMessage().contains("move by serial block"), e.getMessage());
        e = ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_OPERATOR, ctx -> new ComplianceContract()
                .FreezeHolding(ctx, Json.encode(new HoldingFreezeRequest(PROJECT, DEV, 1, "f".repeat(64)))));
        assertTrue(e.getMessage().contains("move by serial block"), e.getMessage());
        assertEquals(List.of("1..100"), ranges(DEV));
    }

    @Test
    void a_retirement_makes_a_certificate_and_retired_serials_never_move_again() {
        registry.issue("MR-1", 100, 0, List.of(), null);
        RetirementCertificate certificate = retire("CERT-1", DEV, 1, 40);
        assertEquals("GL-VN-WIND-7-2027-000000001-000000040", certificate.serials());
        assertEquals("Acme Airlines", certificate.beneficiary());
        assertEquals(List.of("41..100"), ranges(DEV));
        assertEquals(certificate, retire("CERT-1", DEV, 1, 40), "a replay returns the certificate");
        ledger.assertRefused(ErrorCode.CREDITS_RETIRED, BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx,
                Json.encode(new RetireCreditsRequest("CERT-2", ref(DEV, 1), 1, "x", RetirementPurpose.NDC, null))));
        ledger.assertRefused(ErrorCode.CREDITS_RETIRED, BANK_A_OPERATOR, ctx -> credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("T1", ref(DEV, 1), "A1", 1))));
        ledger.assertRefused(ErrorCode.REQUEST_ID_REUSED, BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx,
                Json.encode(new RetireCreditsRequest("CERT-1", ref(DEV, 41), 1, "x", RetirementPurpose.NDC, null))));
        retire("CERT-3", DEV, 41, 60);
        assertEquals(List.of(), ranges(DEV));
        ProjectCreditLedger report = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> credits.GetProjectCreditLedger(ctx, PROJECT)), ProjectCreditLedger.class);
        assertEquals(List.of(100L, 100L, 0L), List.of(report.issuedUnits(), report.retiredUnits(), report.cancelledUnits()));
        assertEquals(2, report.retirements().size());
    }

    @Test
    void the_registry_cancels_serials_and_records_article6_adjustments_and_first_transfers() {
        registry.issue("MR-1", 100, 1_000, List.of(CreditLabel.ARTICLE6_AUTHORIZED), "VN-LoA-2027-004");
        CreditBlock developer = registry.blocks(DEV).get(0);
        assertEquals(CorrespondingAdjustment.PENDING, developer.article6().adjustment());
        assertTrue(transfer("T1", DEV, 1, "A1", 10).firstTransfer(), "the first transfer of authorized units");
        assertFalse(transfer("T2", "A1", 1, "B1", 5).firstTransfer());
        assertEquals(null, registry.blocks(DEV).get(0).firstTransferTxId(), "the units never transferred keep none");

        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> credits.ApplyCorrespondingAdjustment(ctx,
                Json.encode(new AdjustmentRequest(ref("B1", 1), "8".repeat(64)))));
        ledger.submit(ALLIANCE_OPERATOR, ctx -> credits.ApplyCorrespondingAdjustment(ctx,
                Json.encode(new AdjustmentRequest(ref("B1", 1), "8".repeat(64)))));
        assertEquals(CorrespondingAdjustment.APPLIED, registry.blocks("B1").get(0).article6().adjustment());
        ledger.assertRefused(ErrorCode.INVALID_STATE, ALLIANCE_OPERATOR, ctx -> credits.ApplyCorrespondingAdjustment(ctx,
                Json.encode(new AdjustmentRequest(ref("B1", 1), "8".repeat(64)))));

        // The buffer pool (10 tonnes, serials 91..100) is the registry's to cancel, and nobody else's.
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> credits.CancelCredits(ctx,
                Json.encode(new CancelCreditsRequest("C1", ref(CreditBlock.BUFFER_POOL, 91), 3, "9".repeat(64)))));
        ledger.submit(ALLIANCE_OPERATOR, ctx -> credits.CancelCredits(ctx,
                Json.encode(new CancelCreditsRequest("C1", ref(CreditBlock.BUFFER_POOL, 91), 3, "9".repeat(64)))));
        assertEquals(List.of("94..100"), ranges(CreditBlock.BUFFER_POOL));
        ledger.assertRefused(ErrorCode.CREDITS_RETIRED, ALLIANCE_OPERATOR, ctx -> credits.CancelCredits(ctx,
                Json.encode(new CancelCreditsRequest("C2", ref(CreditBlock.BUFFER_POOL, 91), 1, "9".repeat(64)))));
    }

    @Test
    void a_bond_claims_credits_as_its_impact_only_within_its_share() {
        registry = new CarbonRegistry("GREEN-WIND");
        ledger = registry.ledger;
        credits = registry.credits;
        registry.issue("MR-1", 900, 0, List.of(), null);
        BondCredits owed = Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> credits.GetBondCredits(ctx, Market.BOND)),
                BondCredits.class);
        assertEquals(new BigDecimal("300.000"), owed.attributableTonnes(), "a third of 900");
        claim("CL-1", 1, 200);
        ledger.assertRefused(ErrorCode.DOUBLE_COUNTING, BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx, Json.encode(
                new RetireCreditsRequest("CL-2", ref(DEV, 201), 101, "Bank A", RetirementPurpose.BOND_IMPACT_CLAIM,
                        Market.BOND))));
        claim("CL-2", 201, 100);
        String otherBond = Isin.complete("VNOTHER0001");
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx, Json.encode(
                new RetireCreditsRequest("CL-3", ref(DEV, 301), 1, "Bank A", RetirementPurpose.BOND_IMPACT_CLAIM,
                        otherBond))));
        assertEquals(300, Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> credits.GetBondCredits(ctx, Market.BOND)),
                BondCredits.class).claimedTonnes());
    }

    private void claim(String id, long first, long quantity) {
        ledger.submit(BANK_A_OPERATOR, ctx -> credits.RetireCredits(ctx, Json.encode(new RetireCreditsRequest(id,
                ref(DEV, first), quantity, "Bank A", RetirementPurpose.BOND_IMPACT_CLAIM, Market.BOND))));
    }
}
