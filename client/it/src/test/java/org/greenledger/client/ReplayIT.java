package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.money.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request ids on the real network: the same request sent again by its org gets the first
 * result and moves nothing; the id with another body, or from another org, is refused and
 * writes nothing, and another org never sees the first result.
 */
class ReplayIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void a_request_id_returns_its_first_result_only_for_the_same_request_from_the_same_org() {
        String run = TestNetwork.runId();
        String tokenA = "CASH-RA-" + run;
        String tokenB = "CASH-RB-" + run;
        String a = "RA-" + run;
        String b = "RB-" + run;
        KycAttestation kyc = new KycAttestation("c".repeat(64), KycLevel.STANDARD,
                LocalDate.now(ZoneOffset.UTC).plusYears(1));
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(tokenA, Currency.of("VND")));
            bankB.cash().createToken(new CreateDepositTokenRequest(tokenB, Currency.of("VND")));
            bankA.accounts().open(new OpenAccountRequest(a, BANK_A, InvestorType.PROFESSIONAL, "VN", kyc));
            bankB.accounts().open(new OpenAccountRequest(b, BANK_B, InvestorType.PROFESSIONAL, "VN", kyc));
            CashRequest deposit = new CashRequest("DEP-" + run, tokenA, a, 1_000);
            UnitsMoved minted = bankA.cash().mint(deposit);
            TestNetwork.awaitPeersInSync();
            bankB.cash().mint(new CashRequest("DEPB-" + run, tokenB, b, 500));
            TransferRequest pay = new TransferRequest("PAY-" + run, tokenA, a, b, 100, "invoice 7");
            UnitsMoved paid = bankA.holdings().transfer(pay);
            TestNetwork.awaitPeersInSync();

            // Sent again after a timeout: the first result, nothing moves twice.
            assertEquals(paid, bankA.holdings().transfer(pay));
            assertEquals(minted, bankA.cash().mint(deposit));
            // The id with another body, from the same org.
            assertRejected(ErrorCode.REQUEST_ID_REUSED, () -> bankA.holdings().transfer(
                    new TransferRequest("PAY-" + run, tokenA, a, b, 101, "invoice 7")));
            // Another org: its exact request is refused by access control before any replay lookup,
            // and its own request under the id is refused as a reuse.
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.holdings().transfer(pay));
            assertRejected(ErrorCode.REQUEST_ID_REUSED, () -> bankB.holdings().transfer(
                    new TransferRequest("PAY-" + run, tokenB, b, a, 5, "invoice 7")));
            TestNetwork.awaitPeersInSync();
            assertEquals(900, regulator.holdings().holding(tokenA, a).units());
            assertEquals(100, regulator.holdings().holding(tokenA, b).units());
            assertEquals(500, regulator.holdings().holding(tokenB, b).units());
            assertEquals(0, regulator.holdings().holding(tokenB, a).units());
        }
    }
}
