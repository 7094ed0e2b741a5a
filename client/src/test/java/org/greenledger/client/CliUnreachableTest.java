package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenledger.client.cli.Cli;
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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "--profile", profile.toString(),
                "--msp", msp.toString(), "--deadline", "5", "org", "list");
        assertEquals(1, status, err.toString());
        assertTrue(err.toString().startsWith("failed: governance:ListOrgs failed: ")
                && err.toString().contains("UNAVAILABLE"), err.toString());
        assertEquals("", out.toString());
    }
}
