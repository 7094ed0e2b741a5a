package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.networkScript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Bank A client whose profile names Bank B's Gateway as a fallback keeps working while Bank A's
 * peer is down: its calls move to the fallback. (Each org runs one peer here; with several, the
 * fallbacks would be the org's own other peers.)
 */
class FailoverIT {
    private static final String PEER = "peer-banka";

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static Path org(String mspId) {
        return TestNetwork.orgDir(mspId);
    }

    @Test
    void calls_move_to_the_fallback_gateway_while_the_first_is_down() throws Exception {
        ConnectionProfile fallback = ConnectionProfile.load(org(BANK_B).resolve("connection.json"));
        ConnectionProfile profile = ConnectionProfile.load(org(BANK_A).resolve("connection.json"))
                .withFallback(new GatewayEndpoint(fallback.endpoint(), fallback.tlsRootCertificate()));
        Credentials operator = Credentials.fromMspDirectory(org(BANK_A).resolve("users/operator/msp"));
        String id = "FO-" + TestNetwork.runId();
        try (GreenLedger bankA = GreenLedger.connect(profile, operator)) {
            assertEquals(BANK_A, bankA.governance().org(BANK_A).mspId());
            long before = Invoker.failovers();
            networkScript("stop", PEER);
            Account opened = bankA.accounts().open(new OpenAccountRequest(id, BANK_A, InvestorType.PROFESSIONAL, "VN",
                    new KycAttestation("a".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1))));
            assertEquals(opened, bankA.accounts().get(id));
            assertTrue(Invoker.failovers() > before, "the first Gateway answered although its peer was stopped");
        } finally {
            networkScript("start", PEER);
        }
    }
}
