package org.greenledger.chaincode.contract.holding;

import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deposit tokens and free-of-payment transfers, through the compliance rules. */
class CashAndTransferTest {
    private static final String TOKEN = "CASH-BANKA-VND";
    private static final String DECISION = "8".repeat(64);

    private final CashContract cash = new CashContract();
    private final HoldingContract holdings = new HoldingContract();
    private final ComplianceContract compliance = new ComplianceContract();
    private TestLedger ledger;

    @BeforeEach
    void membersAccountsAndToken() {
        ledger = new TestLedger();
        Members.register(ledger);
        open(BANK_A_OPERATOR, "A1", BANK_A, InvestorType.PROFESSIONAL, "2028-01-01");
        open(BANK_A_OPERATOR, "A2", BANK_A, InvestorType.RETAIL, "2026-12-31");
        open(BANK_B_OPERATOR, "B1", BANK_B, InvestorType.INSTITUTIONAL, "2028-01-01");
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.CreateDepositToken(ctx,
                Json.encode(new CreateDepositTokenRequest(TOKEN, Currency.of("VND")))));
        mint("A1", 1_000_000);
    }

    private void open(TestIdentity who, String id, String custodian, InvestorType type, String kycExpiry) {
        ledger.submit(who, ctx -> new AccountContract().OpenAccount(ctx, Json.encode(new OpenAccountRequest(id, custodian,
                type, "VN", new KycAttestation("e".repeat(64), KycLevel.STANDARD, LocalDate.parse(kycExpiry))))));
    }

    private UnitsMoved mint(String account, long amount) {
        return Json.decode(ledger.submit(BANK_A_OPERATOR,
                ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, account, amount)))), UnitsMoved.class);
    }

    private static String transfer(String from, String to, long units) {
        return Json.encode(new TransferRequest(RequestIds.next(), TOKEN, from, to, units, "INV-2026-001"));
    }

    private Holding holding(String account) {
        TestIdentity viewer = account.startsWith("B") ? TestIdentity.of(BANK_B, "viewer") : BANK_A_VIEWER;
        return Json.decode(ledger.evaluate(viewer, ctx -> holdings.GetHolding(ctx, TOKEN, account)), Holding.class);
    }

    @Test
    void a_bank_mints_deposits_to_its_own_clients_only() {
        assertEquals(1_000_000, holding("A1").units());
        assertEquals("A1", ledger.lastEvent(EventType.CASH_MINTED, UnitsMoved.class).toAccountId());

        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR,
                ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "B1", 1))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "B1", 1))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER,
                ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "A1", 1))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR,
                ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), "CASH-NONE", "A1", 1))));
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> cash.CreateDepositToken(ctx,
                Json.encode(new CreateDepositTokenRequest(TOKEN, Currency.of("VND")))));
    }

    @Test
    void a_transfer_or_mint_sent_again_applies_once_and_a_reused_request_id_is_refused() {
        String request = Json.encode(new TransferRequest("PAY-1", TOKEN, "A1", "B1", 100, "INV-1"));
        String first = ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, request));
        // The same request, sent again after a timeout: the first result, nothing moves twice.
        assertEquals(first, ledger.assertUnchangedBy(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, request)));
        // Canonical: the same fields in another order and spacing are the same request.
        String reordered = "{ \"units\": 100, \"requestId\": \"PAY-1\", \"assetId\": \"" + TOKEN
                + "\", \"fromAccountId\": \"A1\", \"toAccountId\": \"B1\", \"paymentReference\": \"INV-1\" }";
        assertEquals(first, ledger.assertUnchangedBy(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, reordered)));
        ledger.assertRefused(ErrorCode.REQUEST_ID_REUSED, BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx,
                Json.encode(new TransferRequest("PAY-1", TOKEN, "A1", "B1", 101, "INV-1"))));
        // Another bank: its access is checked before any replay, so it learns nothing of the first.
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> holdings.Transfer(ctx, request));
        ledger.assertRefused(ErrorCode.REQUEST_ID_REUSED, BANK_B_OPERATOR, ctx -> holdings.Transfer(ctx,
                Json.encode(new TransferRequest("PAY-1", TOKEN, "B1", "A1", 100, "INV-1"))));
        assertEquals(1_000_000 - 100, holding("A1").units());
        assertEquals(100, holding("B1").units());

        String mint = Json.encode(new CashRequest("DEP-7", TOKEN, "A2", 5_000));
        String minted = ledger.submit(BANK_A_OPERATOR, ctx -> cash.Mint(ctx, mint));
        assertEquals(minted, ledger.assertUnchangedBy(BANK_A_OPERATOR, ctx -> cash.Mint(ctx, mint)));
        assertEquals(5_000, holding("A2").units());
        // Request ids are per transaction: a burn may use the id of a mint.
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.Burn(ctx, Json.encode(new CashRequest("DEP-7", TOKEN, "A2", 1_000))));
        assertEquals(4_000, holding("A2").units());
    }

    @Test
    void holdings_are_visible_to_the_custodian_and_the_regulator_only() {
        ledger.evaluate(REGULATOR_VIEWER, ctx -> holdings.GetHolding(ctx, TOKEN, "A1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> holdings.GetHolding(ctx, TOKEN, "A1"));
    }

    @Test
    void the_senders_custodian_transfers_and_the_units_move() {
        UnitsMoved moved = Json.decode(ledger.submit(BANK_A_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 300_000))), UnitsMoved.class);

        assertEquals(300_000, moved.faceValueMinor());
        assertFalse(moved.reportable());
        assertEquals(moved, ledger.lastEvent(EventType.UNITS_TRANSFERRED, UnitsMoved.class));
        // The mint left 16 lots of 62,500; the debit spent five whole ones and kept 12,500 change.
        assertEquals(new Holding(TOKEN, "A1", 700_000, 0, 12), holding("A1"));
        assertEquals(new Holding(TOKEN, "B1", 300_000, 0, 1), holding("B1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 1)));
    }

    @Test
    void a_mint_lands_as_sixteen_lots_and_a_transfer_naming_one_reads_that_lot_alone() {
        List<HoldingLot> lots = lots("A1");
        assertEquals(16, lots.size());
        assertEquals(1_000_000, lots.stream().mapToLong(HoldingLot::units).sum());
        String named = lots.get(3).lotId();
        ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 10, named)));
        assertTrue(ledger.lastReads().stream().noneMatch(r -> r.startsWith("range /lot/")), "no range read: " + ledger.lastReads());
        assertTrue(ledger.lastReads().stream().anyMatch(r -> r.endsWith(named + "/")), "the named lot was read");
        List<String> lotWrites = ledger.lastChanges().keySet().stream().map(k -> k.replace('\u0000', '/'))
                .filter(k -> k.startsWith("/lot/" + TOKEN + "/A1/")).toList();
        assertEquals(2, lotWrites.size(), "the spent lot and its change: " + lotWrites);
        assertEquals(new Holding(TOKEN, "A1", 999_990, 0, 16), holding("A1"));
        assertTrue(lots("A1").stream().noneMatch(l -> l.lotId().equals(named)), "the named lot was spent");
    }

    /**
     * What a transfer of deposit tokens naming one lot reads and writes (README "Benchmarks"):
     * each key once, no range, and only keys of the caller, the two accounts, the asset and the
     * regulator's settings that apply to it. A change here is a change of what every transfer costs.
     */
    @Test
    void a_transfer_reads_and_writes_exactly_these_keys() {
        String named = lots("A1").get(0).lotId();
        String request = Json.encode(new TransferRequest("FOOTPRINT", TOKEN, "A1", "B1", 10, "x", List.of(named)));
        ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, request));
        assertEquals(List.of("/account/A1/", "/account/B1/", "/assetPause/" + TOKEN + "/",
                "/depositToken/" + TOKEN + "/", "/governance/members/", "/lot/" + TOKEN + "/A1/" + named + "/",
                "/org/BankAMSP/", "/reportingThreshold/VND/", "/request/Transfer/FOOTPRINT/",
                "/sanction/A1/", "/sanction/B1/", "/sandboxCap/DEPOSIT_TOKEN/VND/"), ledger.lastReads());
        assertEquals(java.util.Map.of("GetState", 12, "PutState", 6, "DelState", 1, "PutStateMetadata", 2),
                ledger.lastCalls());
        assertEquals(List.of("lot", "lot", "lot", "movement", "movementByAccount", "movementByAccount", "request"),
                ledger.lastChanges().keySet().stream().map(k -> k.split("\u0000")[1]).sorted().toList());
    }

    @Test
    void named_lots_that_are_gone_or_too_small_leave_the_choice_to_the_ledger() {
        List<HoldingLot> lots = lots("A1");
        String gone = "0".repeat(64) + ".000001";
        ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 10, gone)));
        assertTrue(ledger.lastReads().stream().anyMatch(r -> r.startsWith("range /lot/")), "the whole holding was read");
        ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 100_000, lots.get(0).lotId())));
        assertEquals(1_000_000 - 100_010, holding("A1").units());
        ContractError refused = ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_A_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 900_000, lots.get(5).lotId())));
        assertTrue(refused.getMessage().contains("has 899990 unfrozen units"), refused.getMessage());
    }

    @Test
    void a_retry_naming_other_lots_is_the_same_request() {
        List<HoldingLot> lots = lots("A1");
        TransferRequest first = new TransferRequest(RequestIds.next(), TOKEN, "A1", "B1", 10, "INV-2026-001",
                List.of(lots.get(0).lotId()));
        String result = ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, Json.encode(first)));
        String retry = Json.encode(first.withLots(List.of(lots.get(1).lotId())));
        assertEquals(result, ledger.assertUnchangedBy(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, retry)));
        assertEquals(999_990, holding("A1").units());
    }

    /**
     * Sixteen transfers from one holder endorsed on the same state and committed in one block:
     * naming a different lot each, all commit; leaving the choice to the ledger, each reads the
     * whole holding and only the first commits (as with a single balance key). None is applied
     * twice and no unit is lost.
     */
    @Test
    void concurrent_transfers_from_one_holder_all_commit_when_each_names_its_own_lot() {
        List<HoldingLot> lots = lots("A1");
        List<TestLedger.Endorsed> named = new java.util.ArrayList<>();
        for (HoldingLot lot : lots) {
            named.add(ledger.endorse(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 1_000, lot.lotId()))));
        }
        assertEquals(16, ledger.commitBlock(named).stream().filter(v -> v).count());
        List<TestLedger.Endorsed> unnamed = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            unnamed.add(ledger.endorse(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 1_000))));
        }
        assertEquals(1, ledger.commitBlock(unnamed).stream().filter(v -> v).count());
        assertEquals(1_000_000 - 17 * 1_000, holding("A1").units());
        assertEquals(17 * 1_000, holding("B1").units());
    }

    @Test
    void lots_are_seen_by_whoever_sees_the_holding() {
        ledger.evaluate(REGULATOR_VIEWER, ctx -> holdings.GetLots(ctx, TOKEN, "A1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> holdings.GetLots(ctx, TOKEN, "A1"));
    }

    private List<HoldingLot> lots(String account) {
        return List.of(Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> holdings.GetLots(ctx, TOKEN, account)),
                HoldingLot[].class));
    }

    private static String transfer(String from, String to, long units, String lot) {
        return Json.encode(new TransferRequest(RequestIds.next(), TOKEN, from, to, units, "INV-2026-001", List.of(lot)));
    }

    @Test
    void transfers_are_refused_with_the_rule_they_break_and_change_nothing() {
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_A_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 1_000_001)));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "NOBODY", 1)));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.ListSanction(ctx, Json.encode(new RegulatoryAction("B1", DECISION))));
        ledger.assertRefused(ErrorCode.SANCTIONED, BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 1)));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.PauseAsset(ctx, Json.encode(new RegulatoryAction(TOKEN, DECISION))));
        ledger.assertRefused(ErrorCode.ASSET_PAUSED, BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "A2", 1)));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.UnpauseAsset(ctx, Json.encode(new RegulatoryAction(TOKEN, DECISION))));
        ledger.setTime(Instant.parse("2027-01-05T09:00:00Z"));
        ledger.assertRefused(ErrorCode.KYC_EXPIRED, BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "A2", 1)));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx, Json.encode(new RegulatoryAction("A1", DECISION))));
        ledger.assertRefused(ErrorCode.ACCOUNT_FROZEN, BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "A2", 1)));
        assertEquals(1_000_000, holding("A1").units());
    }

    @Test
    void can_transfer_answers_with_the_reason_and_writes_nothing() {
        TransferCheck ok = Json.decode(ledger.evaluate(BANK_A_OPERATOR,
                ctx -> holdings.CanTransfer(ctx, transfer("A1", "B1", 10))), TransferCheck.class);
        assertTrue(ok.allowed());
        TransferCheck tooMuch = Json.decode(ledger.evaluate(BANK_A_OPERATOR,
                ctx -> holdings.CanTransfer(ctx, transfer("A1", "B1", 2_000_000))), TransferCheck.class);
        assertEquals(new TransferCheck(false, ErrorCode.INSUFFICIENT_UNITS, tooMuch.message()), tooMuch);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR,
                ctx -> holdings.CanTransfer(ctx, transfer("A1", "B1", 10)));
    }

    @Test
    void movements_at_the_threshold_are_reported_to_the_regulator() {
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetReportingThreshold(ctx,
                Json.encode(new ReportingThreshold(Currency.of("VND"), 250_000))));
        assertFalse(Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 249_999))),
                UnitsMoved.class).reportable());
        assertTrue(Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 250_000))),
                UnitsMoved.class).reportable());
    }

    @Test
    void sandbox_caps_limit_each_movement_and_the_deposits_outstanding() {
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetSandboxCap(ctx,
                Json.encode(new SandboxCap(AssetClass.DEPOSIT_TOKEN, Currency.of("VND"), 500_000, 1_500_000))));
        ledger.assertRefused(ErrorCode.SANDBOX_CAP_EXCEEDED, BANK_A_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 500_001)));
        mint("A1", 500_000);
        ledger.assertRefused(ErrorCode.SANDBOX_CAP_EXCEEDED, BANK_A_OPERATOR,
                ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "A1", 1))));
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.Burn(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "A1", 100))));
        mint("A1", 100);
        assertEquals(1_500_000, holding("A1").units());
    }

    @Test
    void the_regulator_freezes_part_of_a_holding_which_then_cannot_move() {
        mint("A1", 500);
        String freeze = Json.encode(new HoldingFreezeRequest(TOKEN, "A1", 600_000, DECISION));
        Holding frozen = Json.decode(ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeHolding(ctx, freeze)),
                Holding.class);
        assertEquals(holding("A1"), frozen, "the event reports the holding as a later read sees it");
        assertEquals(1_000_500, frozen.units());
        assertEquals(600_000, frozen.frozenUnits());
        assertEquals(frozen, ledger.lastEvent(EventType.HOLDING_FROZEN, Holding.class));

        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_A_OPERATOR,
                ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 400_501)));
        ledger.submit(BANK_A_OPERATOR, ctx -> holdings.Transfer(ctx, transfer("A1", "B1", 400_500)));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> compliance.UnfreezeHolding(ctx, freeze));
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, REGULATOR_OPERATOR, ctx -> compliance.FreezeHolding(ctx,
                Json.encode(new HoldingFreezeRequest(TOKEN, "A1", 1, DECISION))));

        Holding released = Json.decode(ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.UnfreezeHolding(ctx,
                Json.encode(new HoldingFreezeRequest(TOKEN, "A1", 200_000, DECISION)))), Holding.class);
        assertEquals(holding("A1"), released);
        assertEquals(new Holding(TOKEN, "A1", 600_000, 400_000, 2), released);
        ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_OPERATOR, ctx -> compliance.UnfreezeHolding(ctx,
                Json.encode(new HoldingFreezeRequest(TOKEN, "A1", 400_001, DECISION))));
    }

    @Test
    void burning_needs_the_units() {
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.Burn(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "A1", 400_000))));
        assertEquals(600_000, holding("A1").units());
        assertEquals("A1", ledger.lastEvent(EventType.CASH_BURNED, UnitsMoved.class).fromAccountId());
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, BANK_A_OPERATOR,
                ctx -> cash.Burn(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "A1", 600_001))));
    }
}
