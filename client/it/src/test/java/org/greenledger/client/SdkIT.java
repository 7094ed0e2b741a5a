package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.bond.Subscription;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the SDK adds on the real network: conflicting writes with request ids retried and applied once. */
class SdkIT {
    private static final int CONCURRENT = 6;

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void conflicting_writes_with_request_ids_are_retried_and_applied_once() throws Exception {
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator"); GreenLedger alliance = connect(ALLIANCE, "operator")) {
            IssuedBond open = new IssuedBond(bankA, bankB, verifier, alliance, false);
            bankA.cash().mint(new CashRequest(TestNetwork.requestId(), open.cashA, open.a1, CONCURRENT * 10 * IssuedBond.DENOMINATION));
            long retriesBefore = Invoker.retries();
            // One investor's subscriptions all spend the same cash lots: those ordered into one block
            // conflict, and the SDK sends the losers again.
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
            List<Future<Subscription>> results = new ArrayList<>();
            try {
                for (int i = 0; i < CONCURRENT; i++) {
                    SubscribeRequest request = new SubscribeRequest("R-" + i + "-" + open.run, open.bondId, open.a1,
                            10, open.cashA);
                    results.add(pool.submit(() -> bankA.bonds().subscribe(request)));
                }
                for (Future<Subscription> f : results) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertTrue(Invoker.retries() > retriesBefore, "no conflict happened, so nothing was retried");
            assertEquals(CONCURRENT, bankA.bonds().subscriptions(open.bondId).size());
            assertEquals(100 * IssuedBond.DENOMINATION, bankA.holdings().holding(open.cashA, open.a1).units(),
                    "the 100 units minted at setup are left: each subscription was paid exactly once");
        }
    }
}
