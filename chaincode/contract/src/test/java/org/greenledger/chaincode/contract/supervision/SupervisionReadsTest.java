package org.greenledger.chaincode.contract.supervision;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_NO_ROLE;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Type;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.IssuerOutstanding;
import org.greenledger.chaincode.api.compliance.MeasureKind;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's reads: the outstanding totals the sandbox caps are checked against, the
 * document hash of an account freeze, and the regulator's measures in force as lists. Each read
 * is refused to the orgs and users that may not see it, and to bad input, changing nothing.
 */
class SupervisionReadsTest {
    private static final String FREEZE = "f".repeat(64);
    private static final String SANCTION = "5".repeat(64);
    private static final String PAUSE = "7".repeat(64);
    private static final Currency VND = Currency.of("VND");
    /** Cash minted in the market: Bank A 500M + 500M + 100M, Bank B 500M (VND, no minor units). */
    private static final long CASH_A_MINTED = 1_100_000_000L;
    private static final long CASH_B_MINTED = 500_000_000L;

    private final ComplianceContract compliance = new ComplianceContract();
    private Market market;
    private TestLedger ledger;

    @BeforeEach
    void market() {
        market = new Market();
        ledger = market.ledger;
    }

    private Outstanding outstanding(TestIdentity who, String assetClass, String currency) {
        return Json.decode(ledger.evaluate(who, ctx -> compliance.GetOutstanding(ctx, assetClass, currency)),
                Outstanding.class);
    }

    @Test
    void the_registry_and_the_regulator_read_the_outstanding_totals_per_issuer() {
        Outstanding tokens = new Outstanding(AssetClass.DEPOSIT_TOKEN, VND, CASH_A_MINTED + CASH_B_MINTED,
                List.of(new IssuerOutstanding(BANK_A, CASH_A_MINTED), new IssuerOutstanding(BANK_B, CASH_B_MINTED)));
        assertEquals(tokens, outstanding(REGULATOR_VIEWER, "DEPOSIT_TOKEN", "VND"));
        assertEquals(tokens, outstanding(ALLIANCE_OPERATOR, "DEPOSIT_TOKEN", "VND"));
        assertEquals(new Outstanding(AssetClass.GREEN_BOND, VND, 0, List.of()),
                outstanding(REGULATOR_VIEWER, "GREEN_BOND", "VND"));

        market.issue();
        ledger.submit(BANK_A_OPERATOR, ctx -> new CashContract().Burn(ctx,
                Json.encode(new CashRequest(RequestIds.next(), Market.CASH_A, "A2", 100_000_000))));

        // 400 units of VND 100,000 issued; subscribers' cash moved to the issuer, none minted or burned by it.
        assertEquals(new Outstanding(AssetClass.GREEN_BOND, VND, 40_000_000,
                List.of(new IssuerOutstanding(BANK_A, 40_000_000))), outstanding(REGULATOR_VIEWER, "GREEN_BOND", "VND"));
        Outstanding afterBurn = outstanding(REGULATOR_VIEWER, "DEPOSIT_TOKEN", "VND");
        assertEquals(CASH_A_MINTED - 100_000_000 + CASH_B_MINTED, afterBurn.outstandingMinor());
        assertEquals(CASH_A_MINTED - 100_000_000, afterBurn.issuers().get(0).outstandingMinor());
        assertEquals(new Outstanding(AssetClass.GREEN_BOND, Currency.of("USD"), 0, List.of()),
                outstanding(ALLIANCE_OPERATOR, "GREEN_BOND", "USD"));

        Type list = Transaction.LIST_OUTSTANDING.resultType();
        List<Outstanding> all = Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> compliance.ListOutstanding(ctx)),
                list);
        assertEquals(List.of(afterBurn, outstanding(REGULATOR_VIEWER, "GREEN_BOND", "VND")), all);
    }

    @Test
    void the_outstanding_total_is_the_one_the_cap_is_checked_against() {
        long total = outstanding(REGULATOR_VIEWER, "DEPOSIT_TOKEN", "VND").outstandingMinor();
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetSandboxCap(ctx, Json.encode(
                new SandboxCap(AssetClass.DEPOSIT_TOKEN, VND, 1_000, total + 1_000))));
        market.mint(BANK_B_OPERATOR, Market.CASH_B, "B1", 1_000);
        assertEquals(total + 1_000, outstanding(REGULATOR_VIEWER, "DEPOSIT_TOKEN", "VND").outstandingMinor());
        ledger.assertRefused(ErrorCode.SANDBOX_CAP_EXCEEDED, BANK_A_OPERATOR, ctx -> new CashContract().Mint(ctx,
                Json.encode(new CashRequest(RequestIds.next(), Market.CASH_A, "A1", 1))));
    }

    @Test
    void banks_the_verifier_and_users_without_a_role_do_not_read_the_market_totals() {
        for (TestIdentity who : List.of(BANK_A_OPERATOR, BANK_B_OPERATOR, VERIFIER_OPERATOR, BANK_A_NO_ROLE)) {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who,
                    ctx -> compliance.GetOutstanding(ctx, "DEPOSIT_TOKEN", "VND"));
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who, ctx -> compliance.ListOutstanding(ctx));
        }
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, TestIdentity.of(REGULATOR, null),
                ctx -> compliance.ListOutstanding(ctx));
    }

    @Test
    void bad_outstanding_queries_are_refused() {
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.GetOutstanding(ctx, "CARBON_CREDIT", "VND"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.GetOutstanding(ctx, "BONDS", "VND"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.GetOutstanding(ctx, "", "VND"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.GetOutstanding(ctx, "GREEN_BOND", "vnd"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.GetOutstanding(ctx, "GREEN_BOND", "XYZ"));
    }

    private void freeze(String account) {
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx,
                Json.encode(new RegulatoryAction(account, FREEZE))));
    }

    @Test
    void an_account_freeze_shows_its_document_hash_to_the_custodian_the_registry_and_the_regulator() {
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_VIEWER, ctx -> compliance.GetAccountFreeze(ctx, "A1"));
        freeze("A1");
        for (TestIdentity who : List.of(BANK_A_VIEWER, REGULATOR_VIEWER, ALLIANCE_OPERATOR)) {
            RegulatoryRecord record = Json.decode(ledger.evaluate(who, ctx -> compliance.GetAccountFreeze(ctx, "A1")),
                    RegulatoryRecord.class);
            assertEquals(new RegulatoryRecord("A1", FREEZE, REGULATOR, record.imposedAt()), record);
        }
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> compliance.GetAccountFreeze(ctx, "A1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR, ctx -> compliance.GetAccountFreeze(ctx, "A1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE, ctx -> compliance.GetAccountFreeze(ctx, "A1"));

        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.UnfreezeAccount(ctx,
                Json.encode(new RegulatoryAction("A1", FREEZE))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_VIEWER, ctx -> compliance.GetAccountFreeze(ctx, "A1"));
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_VIEWER, ctx -> compliance.GetAccountFreeze(ctx, "NOPE"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.GetAccountFreeze(ctx, "A1/../B1"));
    }

    private MeasurePage measures(TestIdentity who, String kind, int pageSize, String bookmark) {
        return Json.decode(ledger.evaluate(who, ctx -> compliance.FindMeasures(ctx, kind, pageSize, bookmark)),
                MeasurePage.class);
    }

    @Test
    void the_measures_in_force_are_listed_a_page_at_a_time_freezes_to_overseers_only() {
        for (String account : List.of("A2", "B1")) {
            ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.ListSanction(ctx,
                    Json.encode(new RegulatoryAction(account, SANCTION))));
        }
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.PauseAsset(ctx,
                Json.encode(new RegulatoryAction(Market.CASH_B, PAUSE))));
        freeze("A1");

        MeasurePage first = measures(BANK_B_OPERATOR, "SANCTION", 1, "");
        assertEquals(List.of("A2"), first.measures().stream().map(RegulatoryRecord::targetId).toList());
        assertFalse(first.bookmark().isEmpty());
        MeasurePage second = measures(BANK_B_OPERATOR, "SANCTION", 1, first.bookmark());
        assertEquals(List.of("B1"), second.measures().stream().map(RegulatoryRecord::targetId).toList());
        assertEquals(SANCTION, second.measures().get(0).referenceHash());
        assertEquals(MeasureKind.SANCTION, second.kind());

        MeasurePage pauses = measures(VERIFIER_OPERATOR, "ASSET_PAUSE", 10, "");
        assertEquals(List.of(Market.CASH_B), pauses.measures().stream().map(RegulatoryRecord::targetId).toList());
        assertEquals("", pauses.bookmark());

        for (TestIdentity who : List.of(REGULATOR_VIEWER, ALLIANCE_OPERATOR)) {
            MeasurePage freezes = measures(who, "ACCOUNT_FREEZE", 10, "");
            assertEquals(List.of(new RegulatoryRecord("A1", FREEZE, REGULATOR, freezes.measures().get(0).imposedAt())),
                    freezes.measures());
        }
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> compliance.FindMeasures(ctx, "ACCOUNT_FREEZE", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE,
                ctx -> compliance.FindMeasures(ctx, "SANCTION", 10, ""));

        // Bad input: an unknown or missing kind, a page size out of range, another listing's bookmark.
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.FindMeasures(ctx, "", 10, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.FindMeasures(ctx, "CAP", 10, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.FindMeasures(ctx, "SANCTION", 0, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_VIEWER,
                ctx -> compliance.FindMeasures(ctx, "ASSET_PAUSE", 10, first.bookmark()));
    }

    @Test
    void every_member_lists_the_caps_and_thresholds() {
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetSandboxCap(ctx, Json.encode(
                new SandboxCap(AssetClass.GREEN_BOND, VND, 5_000_000, 500_000_000))));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetSandboxCap(ctx, Json.encode(
                new SandboxCap(AssetClass.DEPOSIT_TOKEN, VND, 5_000_000_000L, 50_000_000_000L))));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetReportingThreshold(ctx, Json.encode(
                new ReportingThreshold(VND, 1_000_000))));
        List<SandboxCap> caps = Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> compliance.ListSandboxCaps(ctx)),
                Transaction.LIST_SANDBOX_CAPS.resultType());
        assertEquals(List.of(AssetClass.DEPOSIT_TOKEN, AssetClass.GREEN_BOND),
                caps.stream().map(SandboxCap::assetClass).toList());
        List<ReportingThreshold> thresholds = Json.decode(ledger.evaluate(VERIFIER_OPERATOR,
                ctx -> compliance.ListReportingThresholds(ctx)), Transaction.LIST_REPORTING_THRESHOLDS.resultType());
        assertEquals(List.of(new ReportingThreshold(VND, 1_000_000)), thresholds);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE, ctx -> compliance.ListSandboxCaps(ctx));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, TestIdentity.of("OutsiderMSP", "viewer"),
                ctx -> compliance.ListReportingThresholds(ctx));
    }
}
