package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.greenledger.client.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI with a profile and identity of its own (--profile, --msp) and no Gateway listening. */
class CliUnreachableTest {
    @Test
    void a_gateway_that_cannot_be_reached_exits_with_status_one(@TempDir Path dir) throws Exception {
        Path msp = FakeGatewayConnections.writeMsp(dir.resolve("msp"));
        Path profile = dir.resolve("connection.json");
        Files.writeString(profile, """
                {"endpoint": "127.0.0.1:1", "tlsRootCertificate": "%s", "mspId": "BankAMSP",
                 "channel": "greenledger", "chaincode": "greenledger"}
                """.formatted(msp.resolve("signcerts").resolve("cert.pem")));
        CliRun run = CliRun.of("--profile", profile.toString(), "--msp", msp.toString(), "--deadline", "5", "org",
                "list");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("failed: governance:ListOrgs failed: ") && run.err().contains("UNAVAILABLE"),
                run.err());
        assertEquals("", run.out());
    }
}
