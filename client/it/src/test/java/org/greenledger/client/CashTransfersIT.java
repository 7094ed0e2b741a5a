package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.holding.TransferCheck;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deposit tokens and transfers across banks, through the compliance rules, on the real network. */
class CashTransfersIT {
    private static final LocalDate NEXT_YEAR = LocalDate.now(ZoneOffset.UTC).plusYears(1);

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static OpenAccountRequest account(String id, String custodian) {
        return new OpenAccountRequest(id, custodian, InvestorType.PROFESSIONAL, "VN",
                new KycAttestation("3".repeat(64), KycLevel.STANDARD, NEXT_YEAR));
    }

    @Test
    void bank_a_pays_a_bank_b_client_and_the_rules_refuse_the_rest() {
        String run = TestNetwork.runId();
        String token = "CASH-A-" + run;
        String a = "PAYER-" + run;
        String b = "PAYEE-" + run;
        try (GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger regulator = connect(REGULATOR, "operator")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            bankA.accounts().open(account(a, BANK_A));
            bankB.accounts().open(account(b, BANK_B));
            bankA.cash().mint(new CashRequest(TestNetwork.requestId(), token, a, 1_000_000));
            TestNetwork.awaitPeersInSync();

            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.cash().mint(new CashRequest(TestNetwork.requestId(), token, b, 1)));
            assertRejected(ErrorCode.NOT_AUTHORIZED,
                    () -> bankB.holdings().transfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 1, "pull attempt")));
            TransferCheck tooMuch = bankA.holdings().canTransfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 2_000_000, "x"));
            assertFalse(tooMuch.allowed());
            assertEquals(ErrorCode.INSUFFICIENT_UNITS, tooMuch.code());
            assertRejected(ErrorCode.INSUFFICIENT_UNITS,
                    () -> bankA.holdings().transfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 2_000_000, "x")));

            bankA.holdings().transfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 400_000, "INV-" + run));
            TestNetwork.awaitPeersInSync();
            assertEquals(400_000, bankB.holdings().holding(token, b).units());
            assertEquals(600_000, bankA.holdings().holding(token, a).units());

            RegulatoryAction listing = new RegulatoryAction(b, "4".repeat(64));
            regulator.compliance().listSanction(listing);
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.SANCTIONED, () -> bankA.holdings().transfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 1, "x")));
            regulator.compliance().liftSanction(listing);
            TestNetwork.awaitPeersInSync();
            assertEquals(600_000, bankA.holdings().holding(token, a).units(), "refusals moved nothing");

            HoldingFreezeRequest freeze = new HoldingFreezeRequest(token, a, 500_000, "5".repeat(64));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.compliance().freezeHolding(freeze));
            assertEquals(500_000, regulator.compliance().freezeHolding(freeze).frozenUnits());
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.INSUFFICIENT_UNITS,
                    () -> bankA.holdings().transfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 100_001, "x")));
            bankA.holdings().transfer(new TransferRequest(TestNetwork.requestId(), token, a, b, 100_000, "within the unfrozen part"));
            TestNetwork.awaitPeersInSync();
            assertEquals(0, regulator.compliance().unfreezeHolding(freeze).frozenUnits());
            TestNetwork.awaitPeersInSync();

            // A court order: the regulator proposes, the sender's custodian (not the receiver's) approves.
            ForcedTransfer order = regulator.compliance().proposeForcedTransfer(
                    new ForcedTransferRequest(TestNetwork.requestId(), token, a, b, 50_000, "6".repeat(64)));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> regulator.compliance().approveForcedTransfer(order.proposalId()));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.compliance().approveForcedTransfer(order.proposalId()));
            bankA.compliance().approveForcedTransfer(order.proposalId());
            TestNetwork.awaitPeersInSync();
            assertEquals(550_000, bankB.holdings().holding(token, b).units());
        }
    }

    @Test
    void twenty_concurrent_transfers_among_different_holders_all_commit() throws Exception {
        String run = TestNetwork.runId();
        String token = "CASH-C-" + run;
        int pairs = 20;
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankB = connect(BANK_B, "operator")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            ExecutorService pool = Executors.newFixedThreadPool(pairs);
            try {
                List<Future<?>> opened = new ArrayList<>();
                for (int i = 0; i < pairs; i++) {
                    String n = run + "-" + i;
                    opened.add(pool.submit(() -> bankA.accounts().open(account("S-" + n, BANK_A))));
                    GreenLedger receiverBank = i % 2 == 0 ? bankA : bankB;
                    String custodian = i % 2 == 0 ? BANK_A : BANK_B;
                    opened.add(pool.submit(() -> receiverBank.accounts().open(account("R-" + n, custodian))));
                }
                for (Future<?> f : opened) {
                    f.get();
                }
                TestNetwork.awaitPeersInSync();
                // One bank's mints share its issued-total key, so they go one after another.
                for (int i = 0; i < pairs; i++) {
                    bankA.cash().mint(new CashRequest(TestNetwork.requestId(), token, "S-" + run + "-" + i, 1_000));
                }
                TestNetwork.awaitPeersInSync();

                List<Future<?>> transfers = new ArrayList<>();
                for (int i = 0; i < pairs; i++) {
                    String n = run + "-" + i;
                    transfers.add(pool.submit(() -> bankA.holdings().transfer(
                            new TransferRequest(TestNetwork.requestId(), token, "S-" + n, "R-" + n, 100, "concurrent " + n))));
                }
                for (Future<?> f : transfers) {
                    f.get(); // an MVCC or phantom conflict would surface here as NotCommittedException
                }
                TestNetwork.awaitPeersInSync();
            } finally {
                pool.shutdownNow();
            }
            for (int i = 0; i < pairs; i++) {
                String n = run + "-" + i;
                assertEquals(900, bankA.holdings().holding(token, "S-" + n).units());
                GreenLedger receiverBank = i % 2 == 0 ? bankA : bankB;
                assertEquals(100, receiverBank.holdings().holding(token, "R-" + n).units());
            }
        }
    }
}
