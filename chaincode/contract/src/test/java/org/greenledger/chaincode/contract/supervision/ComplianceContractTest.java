package org.greenledger.chaincode.contract.supervision;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.CouponType;
import org.greenledger.chaincode.api.bond.GreenFramework;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.schedule.BusinessDayConvention;
import org.greenledger.chaincode.api.schedule.DayCount;
import org.greenledger.chaincode.api.schedule.Frequency;
import org.greenledger.chaincode.api.schedule.HolidayCalendar;
import org.greenledger.chaincode.api.schedule.ScheduleTerms;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplianceContractTest {
    private static final String DECISION = "9".repeat(64);
    private static final String BOND = "VNGRNBOND018";

    private final ComplianceContract compliance = new ComplianceContract();
    private final AccountContract accounts = new AccountContract();
    private TestLedger ledger;

    @BeforeEach
    void membersAccountAndBond() {
        ledger = new TestLedger();
        Members.register(ledger);
        ledger.submit(BANK_A_OPERATOR, ctx -> accounts.OpenAccount(ctx, Json.encode(new OpenAccountRequest("ACC-1", BANK_A,
                InvestorType.PROFESSIONAL, "VN", new KycAttestation("e".repeat(64), KycLevel.STANDARD, LocalDate.of(2028, 1, 1))))));
        ScheduleTerms schedule = new ScheduleTerms(LocalDate.of(2027, 1, 15), LocalDate.of(2030, 1, 15), Frequency.ANNUAL,
                DayCount.ACT_365F, BusinessDayConvention.FOLLOWING, HolidayCalendar.weekendsAnd("VN", List.of()), 10);
        ledger.submit(BANK_A_OPERATOR, ctx -> new BondContract().CreateBond(ctx, Json.encode(new BondTerms(BOND, BANK_A,
                "ACC-1", "Bond", Currency.of("VND"), 100_000, 1_000, CouponType.FIXED, new BigDecimal("0.05"), schedule,
                List.of(InvestorType.PROFESSIONAL), 100, new GreenFramework(List.of(IcmaCategory.GREEN_BUILDINGS),
                        "c".repeat(64), Members.VERIFIER), null))));
    }

    private static String action(String target) {
        return Json.encode(new RegulatoryAction(target, DECISION));
    }

    private Account account(TestIdentity who) {
        return Json.decode(ledger.evaluate(who, ctx -> accounts.GetAccount(ctx, "ACC-1")), Account.class);
    }

    @Test
    void the_regulator_freezes_and_unfreezes_an_account_and_a_frozen_account_cannot_be_closed() {
        Account frozen = Json.decode(ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx, action("ACC-1"))),
                Account.class);
        assertEquals(AccountStatus.FROZEN, frozen.status());
        assertEquals(frozen, ledger.lastEvent(EventType.ACCOUNT_FROZEN, Account.class));
        assertEquals(AccountStatus.FROZEN, account(BANK_A_OPERATOR).status());

        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> accounts.CloseAccount(ctx, "ACC-1"));
        ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx, action("ACC-1")));

        ledger.submit(REGULATOR_ADMIN, ctx -> compliance.UnfreezeAccount(ctx, action("ACC-1")));
        assertEquals(AccountStatus.ACTIVE, ledger.lastEvent(EventType.ACCOUNT_UNFROZEN, Account.class).status());
        ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_ADMIN, ctx -> compliance.UnfreezeAccount(ctx, action("ACC-1")));
    }

    @Test
    void only_regulator_operators_and_admins_use_the_powers() {
        for (TestIdentity who : List.of(BANK_A_ADMIN, BANK_B_ADMIN, ALLIANCE_ADMIN, REGULATOR_VIEWER)) {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who, ctx -> compliance.FreezeAccount(ctx, action("ACC-1")));
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who, ctx -> compliance.ListSanction(ctx, action("ACC-1")));
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who, ctx -> compliance.PauseAsset(ctx, action(BOND)));
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who, ctx -> compliance.SetSandboxCap(ctx,
                    Json.encode(new SandboxCap(AssetClass.GREEN_BOND, Currency.of("VND"), 1, 2))));
        }
    }

    @Test
    void the_sanctions_list_holds_accounts_until_lifted() {
        RegulatoryRecord listed = Json.decode(ledger.submit(REGULATOR_OPERATOR,
                ctx -> compliance.ListSanction(ctx, action("ACC-1"))), RegulatoryRecord.class);
        assertEquals(REGULATOR, listed.imposedBy());
        assertEquals(listed, Json.decode(ledger.evaluate(BANK_A_OPERATOR, ctx -> compliance.GetSanction(ctx, "ACC-1")),
                RegulatoryRecord.class));
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, REGULATOR_OPERATOR, ctx -> compliance.ListSanction(ctx, action("ACC-1")));

        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.LiftSanction(ctx, action("ACC-1")));
        assertEquals("ACC-1", ledger.lastEvent(EventType.SANCTION_LIFTED, RegulatoryRecord.class).targetId());
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> compliance.GetSanction(ctx, "ACC-1"));
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_OPERATOR, ctx -> compliance.LiftSanction(ctx, action("ACC-1")));
        // an account can be listed before it is opened
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.ListSanction(ctx, action("NOT-YET-OPENED")));
    }

    @Test
    void the_regulator_pauses_and_unpauses_existing_assets() {
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.PauseAsset(ctx, action(BOND)));
        assertEquals(BOND, ledger.lastEvent(EventType.ASSET_PAUSED, RegulatoryRecord.class).targetId());
        ledger.evaluate(BANK_A_OPERATOR, ctx -> compliance.GetAssetPause(ctx, BOND));
        ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_OPERATOR, ctx -> compliance.PauseAsset(ctx, action(BOND)));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.UnpauseAsset(ctx, action(BOND)));
        ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_OPERATOR, ctx -> compliance.UnpauseAsset(ctx, action(BOND)));
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_OPERATOR, ctx -> compliance.PauseAsset(ctx, action("VNGRNBOND026")));
    }

    @Test
    void caps_and_thresholds_are_set_per_class_and_currency() {
        SandboxCap cap = new SandboxCap(AssetClass.GREEN_BOND, Currency.of("VND"), 5_000_000_000L, 100_000_000_000L);
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetSandboxCap(ctx, Json.encode(cap)));
        assertEquals(cap, ledger.lastEvent(EventType.SANDBOX_CAP_SET, SandboxCap.class));
        assertEquals(cap, Json.decode(ledger.evaluate(BANK_A_OPERATOR,
                ctx -> compliance.GetSandboxCap(ctx, "GREEN_BOND", "VND")), SandboxCap.class));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> compliance.GetSandboxCap(ctx, "GREEN_BOND", "USD"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> compliance.GetSandboxCap(ctx, "STOCK", "VND"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_OPERATOR, ctx -> compliance.SetSandboxCap(ctx,
                "{\"assetClass\":\"GREEN_BOND\",\"currency\":{\"code\":\"VND\",\"minorUnits\":0},"
                        + "\"perTransactionMaxMinor\":10,\"totalMaxMinor\":5}"));

        ReportingThreshold threshold = new ReportingThreshold(Currency.of("USD"), 1_000_000_00L);
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.SetReportingThreshold(ctx, Json.encode(threshold)));
        assertEquals(threshold, Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> compliance.GetReportingThreshold(ctx, "USD")), ReportingThreshold.class));
    }

    @Test
    void bad_input_is_refused_with_its_code() {
        ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx, "ACC-1"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, REGULATOR_OPERATOR,
                ctx -> compliance.FreezeAccount(ctx, "{\"targetId\":\"ACC-1\",\"referenceHash\":\"short\"}"));
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx, action("ACC-404")));
    }
}
