package org.greenledger.chaincode.contract.account;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountPage;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountContractTest {
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    /** The test ledger's transaction date is 2026-11-22. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final AccountContract accounts = new AccountContract();
    private TestLedger ledger;

    @BeforeEach
    void members() {
        ledger = new TestLedger();
        Members.register(ledger);
    }

    private static String openJson(String id, String custodian, LocalDate kycExpiry) {
        return Json.encode(new OpenAccountRequest(id, custodian, InvestorType.PROFESSIONAL, "SG",
                new KycAttestation(HASH, KycLevel.STANDARD, kycExpiry)));
    }

    private Account open(String id) {
        return Json.decode(ledger.submit(BANK_A_OPERATOR,
                ctx -> accounts.OpenAccount(ctx, openJson(id, BANK_A, TODAY.plusYears(1)))), Account.class);
    }

    @Test
    void a_custodian_operator_opens_an_active_account_held_at_its_bank() {
        Account account = open("ACC-1");

        assertEquals(BANK_A, account.custodianMspId());
        assertEquals(AccountStatus.ACTIVE, account.status());
        assertEquals(Instant.parse("2026-11-22T10:00:00Z"), account.openedAt());
        assertEquals(account, ledger.lastEvent(EventType.ACCOUNT_OPENED, Account.class));
        assertEquals(account, Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> accounts.GetAccount(ctx, "ACC-1")),
                Account.class));
    }

    @Test
    void the_registry_and_the_regulator_read_any_account_and_other_banks_none() {
        open("ACC-1");
        ledger.evaluate(REGULATOR_VIEWER, ctx -> accounts.GetAccount(ctx, "ACC-1"));
        ledger.evaluate(ALLIANCE_OPERATOR, ctx -> accounts.GetAccount(ctx, "ACC-1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> accounts.GetAccount(ctx, "ACC-1"));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR,
                ctx -> accounts.ListAccounts(ctx, BANK_A, 10, ""));
    }

    @Test
    void another_bank_cannot_open_or_change_the_account() {
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR,
                ctx -> accounts.OpenAccount(ctx, openJson("ACC-1", BANK_A, TODAY.plusYears(1))));
        open("ACC-1");
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> accounts.UpdateKyc(ctx,
                Json.encode(new UpdateKycRequest("ACC-1", new KycAttestation(HASH, KycLevel.ENHANCED, TODAY.plusYears(2))))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> accounts.CloseAccount(ctx, "ACC-1"));
    }

    @Test
    void viewers_and_non_custodian_orgs_cannot_open_accounts() {
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER,
                ctx -> accounts.OpenAccount(ctx, openJson("ACC-1", BANK_A, TODAY.plusYears(1))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR,
                ctx -> accounts.OpenAccount(ctx, openJson("ACC-1", VERIFIER, TODAY.plusYears(1))));
    }

    @Test
    void kyc_must_be_valid_at_the_transaction_date() {
        ledger.assertRefused(ErrorCode.KYC_EXPIRED, BANK_A_OPERATOR,
                ctx -> accounts.OpenAccount(ctx, openJson("ACC-1", BANK_A, TODAY.minusDays(1))));
        ledger.submit(BANK_A_OPERATOR, ctx -> accounts.OpenAccount(ctx, openJson("ACC-1", BANK_A, TODAY)));
        ledger.assertRefused(ErrorCode.KYC_EXPIRED, BANK_A_OPERATOR, ctx -> accounts.UpdateKyc(ctx,
                Json.encode(new UpdateKycRequest("ACC-1", new KycAttestation(HASH, KycLevel.ENHANCED, TODAY.minusDays(1))))));
    }

    @Test
    void kyc_is_renewed_by_the_custodian() {
        open("ACC-1");
        ledger.setTime(Instant.parse("2026-12-01T09:00:00Z"));
        KycAttestation renewed = new KycAttestation(HASH.replace('9', '8'), KycLevel.ENHANCED, TODAY.plusYears(3));
        Account updated = Json.decode(ledger.submit(BANK_A_ADMIN,
                ctx -> accounts.UpdateKyc(ctx, Json.encode(new UpdateKycRequest("ACC-1", renewed)))), Account.class);
        assertEquals(renewed, updated.kyc());
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), updated.updatedAt());
        assertEquals(updated, ledger.lastEvent(EventType.ACCOUNT_KYC_UPDATED, Account.class));
    }

    @Test
    void a_closed_account_stays_closed() {
        open("ACC-1");
        Account closed = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> accounts.CloseAccount(ctx, "ACC-1")),
                Account.class);
        assertEquals(AccountStatus.CLOSED, closed.status());
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> accounts.CloseAccount(ctx, "ACC-1"));
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> accounts.UpdateKyc(ctx,
                Json.encode(new UpdateKycRequest("ACC-1", new KycAttestation(HASH, KycLevel.ENHANCED, TODAY.plusYears(2))))));
    }

    @Test
    void bad_input_is_refused_with_its_code_and_writes_nothing() {
        open("ACC-1");
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR,
                ctx -> accounts.OpenAccount(ctx, openJson("ACC-1", BANK_A, TODAY.plusYears(1))));
        ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, BANK_A_OPERATOR, ctx -> accounts.OpenAccount(ctx, "{not json"));
        String valid = openJson("ACC-2", BANK_A, TODAY.plusYears(1));
        for (String broken : List.of(
                valid.replace("\"investorType\":\"PROFESSIONAL\",", ""),
                valid.replace("PROFESSIONAL", "WHALE"),
                valid.replace("\"SG\"", "\"Singapore\""),
                valid.replace(HASH, "not-a-hash"),
                valid.replace("\"ACC-2\"", "\"\""),
                valid.replace("2027-11-22", "22/11/2027"))) {
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> accounts.OpenAccount(ctx, broken));
        }
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> accounts.CloseAccount(ctx, "ACC-404"));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR,
                ctx -> accounts.ListAccounts(ctx, BANK_A, 0, ""));
    }

    @Test
    void a_custodian_lists_its_accounts_page_by_page_in_id_order() {
        for (int i = 5; i >= 1; i--) {
            open("ACC-" + i);
        }
        ledger.submit(BANK_B_OPERATOR, ctx -> accounts.OpenAccount(ctx, openJson("ACC-B", BANK_B, TODAY.plusYears(1))));

        List<String> seen = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            String mark = bookmark;
            AccountPage page = Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> accounts.ListAccounts(ctx, BANK_A, 2, mark)),
                    AccountPage.class);
            page.accounts().forEach(a -> seen.add(a.accountId()));
            bookmark = page.bookmark();
            pages++;
        } while (!bookmark.isEmpty());

        assertEquals(List.of("ACC-1", "ACC-2", "ACC-3", "ACC-4", "ACC-5"), seen);
        assertEquals(3, pages);
    }

    @Test
    void a_bookmark_from_another_query_cannot_open_another_custodians_accounts() {
        for (int i = 1; i <= 3; i++) {
            open("ACC-" + i);
        }
        String intoBankA = Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> accounts.ListAccounts(ctx, BANK_A, 1, "")),
                AccountPage.class).bookmark();
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, TestIdentity.of(BANK_B, "viewer"),
                ctx -> accounts.ListAccounts(ctx, BANK_B, 10, intoBankA));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_VIEWER,
                ctx -> accounts.ListAccounts(ctx, BANK_A, 10, "not base64url!"));
        assertEquals(2, Json.decode(ledger.evaluate(BANK_A_VIEWER, ctx -> accounts.ListAccounts(ctx, BANK_A, 10,
                intoBankA)), AccountPage.class).accounts().size(), "the page it came from goes on");
    }
}
