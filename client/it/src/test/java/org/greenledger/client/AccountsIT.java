package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.greenledger.client.TestNetwork.connectVia;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue items b, c, d: accounts across orgs, refusals from the wrong org and role, bad input. */
class AccountsIT {
    private static final String HASH = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    private static final LocalDate NEXT_YEAR = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    private static GatewayConnection bankAOperator;
    private static GatewayConnection bankBOperator;
    private static String run;

    @BeforeAll
    static void connect_() {
        TestNetwork.ensureMembers();
        bankAOperator = connect(BANK_A, "operator");
        bankBOperator = connect(BANK_B, "operator");
        run = TestNetwork.runId();
    }

    @AfterAll
    static void close() {
        bankAOperator.close();
        bankBOperator.close();
    }

    private static OpenAccountRequest request(String id, String custodian, LocalDate kycExpiry) {
        return new OpenAccountRequest(id, custodian, InvestorType.PROFESSIONAL, "SG",
                new KycAttestation(HASH, KycLevel.STANDARD, kycExpiry));
    }

    @Test
    void a_bank_a_operator_opens_an_account_that_reads_back_through_bank_bs_peer() {
        Account opened = bankAOperator.accounts().open(request("A-" + run + "-1", BANK_A, NEXT_YEAR));
        assertEquals(AccountStatus.ACTIVE, opened.status());
        assertEquals(BANK_A, opened.custodianMspId());
        TestNetwork.awaitPeersInSync();

        try (GreenLedger viaBankB = connectVia(BANK_B, BANK_A, "viewer");
                GreenLedger regulator = connect(REGULATOR, "viewer");
                GreenLedger alliance = connectVia(BANK_B, ALLIANCE, "operator")) {
            assertEquals(opened, viaBankB.accounts().get(opened.accountId()));
            assertEquals(opened, regulator.accounts().get(opened.accountId()));
            assertEquals(opened, alliance.accounts().get(opened.accountId()));
        }
    }

    @Test
    void a_bank_b_identity_cannot_open_change_close_or_read_a_bank_a_account() {
        Account opened = bankAOperator.accounts().open(request("A-" + run + "-2", BANK_A, NEXT_YEAR));
        String id = opened.accountId();
        TestNetwork.awaitPeersInSync();
        KycAttestation other = new KycAttestation(HASH.replace('2', '3'), KycLevel.ENHANCED, NEXT_YEAR.plusYears(1));

        assertRejected(ErrorCode.NOT_AUTHORIZED,
                () -> bankBOperator.accounts().open(request("A-" + run + "-3", BANK_A, NEXT_YEAR)));
        assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankBOperator.accounts().updateKyc(new UpdateKycRequest(id, other)));
        assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankBOperator.accounts().close(id));
        assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankBOperator.accounts().get(id));

        assertEquals(opened, bankAOperator.accounts().get(id), "nothing was written");
        assertRejected(ErrorCode.NOT_FOUND, () -> bankAOperator.accounts().get("A-" + run + "-3"));
    }

    @Test
    void a_viewer_cannot_write() {
        try (GreenLedger viewer = connect(BANK_A, "viewer")) {
            String id = "A-" + run + "-4";
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> viewer.accounts().open(request(id, BANK_A, NEXT_YEAR)));
            assertRejected(ErrorCode.NOT_FOUND, () -> viewer.accounts().get(id));
        }
    }

    @Test
    void bad_input_gets_its_code_and_writes_nothing() {
        String id = "A-" + run + "-5";
        Invoker raw = bankAOperator.invoker();
        String valid = Json.encode(request(id, BANK_A, NEXT_YEAR));

        assertRejected(ErrorCode.MALFORMED_REQUEST, () -> raw.send(Transaction.OPEN_ACCOUNT,
                List.of("{\"accountId\":")));
        assertRejected(ErrorCode.INVALID_ARGUMENT, () -> raw.send(Transaction.OPEN_ACCOUNT,
                List.of(valid.replace(",\"jurisdiction\":\"SG\"", ""))));
        assertRejected(ErrorCode.INVALID_ARGUMENT, () -> raw.send(Transaction.OPEN_ACCOUNT,
                List.of(valid.replace("PROFESSIONAL", "WHALE"))));
        assertRejected(ErrorCode.KYC_EXPIRED, () -> bankAOperator.accounts().open(
                request(id, BANK_A, LocalDate.now(ZoneOffset.UTC).minusDays(1))));
        assertRejected(ErrorCode.NOT_FOUND, () -> bankAOperator.accounts().get(id));

        Account opened = bankAOperator.accounts().open(request(id, BANK_A, NEXT_YEAR));
        assertRejected(ErrorCode.ALREADY_EXISTS, () -> bankAOperator.accounts().open(
                new OpenAccountRequest(id, BANK_A, InvestorType.RETAIL, "VN", new KycAttestation(HASH, KycLevel.SIMPLIFIED, NEXT_YEAR))));
        assertEquals(opened, bankAOperator.accounts().get(id), "the duplicate changed nothing");
    }
}
