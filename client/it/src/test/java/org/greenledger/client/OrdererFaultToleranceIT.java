package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.connect;
import static org.greenledger.client.TestNetwork.height;
import static org.greenledger.client.TestNetwork.heightOnceServing;
import static org.greenledger.client.TestNetwork.networkScript;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue item f: BFT ordering over four orderers of four orgs tolerates one stopped orderer;
 * the stopped orderer catches up with the others when it restarts.
 */
class OrdererFaultToleranceIT {
    private static final String STOPPED = "orderer-banka";
    private static final String REFERENCE = "orderer-alliance";

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @AfterEach
    void restart() {
        networkScript("start", STOPPED);
    }

    @Test
    void transactions_commit_with_one_orderer_down_and_it_catches_up_after_restart() throws Exception {
        networkScript("stop", STOPPED);
        long heightWhenStopped = height(REFERENCE);

        String run = TestNetwork.runId();
        try (GreenLedger bankA = connect(BANK_A, "operator")) {
            for (int i = 1; i <= 3; i++) {
                String id = "F-" + run + "-" + i;
                bankA.accounts().open(new OpenAccountRequest(id, BANK_A, InvestorType.RETAIL, "VN",
                        new KycAttestation("b".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1))));
                assertEquals(id, bankA.accounts().get(id).accountId());
            }
        }
        long heightWithoutIt = height(REFERENCE);
        assertEquals(true, heightWithoutIt >= heightWhenStopped + 3, "three blocks were ordered without " + STOPPED);

        networkScript("start", STOPPED);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        long caughtUp = heightOnceServing(STOPPED);
        while (caughtUp < heightWithoutIt && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            caughtUp = heightOnceServing(STOPPED);
        }
        assertEquals(true, caughtUp >= heightWithoutIt, STOPPED + " is at " + caughtUp + ", the others at " + heightWithoutIt);
    }
}
