package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.connect;
import static org.greenledger.client.TestNetwork.networkScript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events through Bank A's peer while that peer is stopped and started again, and across a
 * restart of the subscribing process: each event reaches the application once, in order.
 */
class EventsIT {
    private static final String PEER = "peer-banka";

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @AfterAll
    static void peerIsBack() {
        networkScript("start", PEER);
    }

    private static OpenAccountRequest account(String id, String custodian) {
        return new OpenAccountRequest(id, custodian, InvestorType.PROFESSIONAL, "VN",
                new KycAttestation("a".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1)));
    }

    @Test
    void each_event_reaches_the_application_once_across_a_peer_restart_and_a_process_restart() throws Exception {
        String run = TestNetwork.runId();
        Path checkpoint = Files.createTempDirectory("gl-events").resolve("checkpoint.json");
        List<String> opened = Collections.synchronizedList(new ArrayList<>());
        List<String> transactions = Collections.synchronizedList(new ArrayList<>());
        Consumer<LedgerEvent> handler = event -> {
            transactions.add(event.transactionId());
            if (event.type() == EventType.ACCOUNT_OPENED) {
                String id = event.payload(Account.class).accountId();
                if (id.endsWith(run)) {
                    opened.add(id);
                }
            }
        };
        try (GreenLedger viewer = connect(BANK_A, "viewer"); GreenLedger bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator")) {
            long start = viewer.blockHeight();
            EventSubscription subscription = viewer.events().subscribe(checkpoint, start, handler);
            bankA.accounts().open(account("E1-" + run, BANK_A));
            bankA.accounts().open(account("E2-" + run, BANK_A));
            awaitSize(opened, 2);

            networkScript("stop", PEER);
            bankB.accounts().open(account("E3-" + run, BANK_B));
            bankB.accounts().open(account("E4-" + run, BANK_B));
            networkScript("start", PEER);
            awaitSize(opened, 4);
            assertTrue(subscription.reconnections() >= 1, "the stream never lost its peer");
            assertTrue(subscription.failure().isEmpty());
            subscription.close();

            // The application restarts: a new subscription resumes after the last handled event.
            bankB.accounts().open(account("E5-" + run, BANK_B));
            try (EventSubscription resumed = viewer.events().subscribe(checkpoint, start, handler)) {
                awaitSize(opened, 5);
            }
        }
        assertEquals(List.of("E1-" + run, "E2-" + run, "E3-" + run, "E4-" + run, "E5-" + run), opened);
        assertEquals(transactions.size(), transactions.stream().distinct().count(), "an event came twice");
    }

    private static void awaitSize(List<String> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (list.size() < size) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + list + " arrived");
            }
            Thread.sleep(100);
        }
    }
}
