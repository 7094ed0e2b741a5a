package org.greenledger.client.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.greenledger.client.ConnectionProfile;
import org.greenledger.client.Credentials;
import org.greenledger.client.GreenLedger;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Who the CLI acts as and where it connects, given once on any command: an org folder and user of
 * the local network's state, or a connection profile and MSP directory anywhere. The connection
 * is opened on first use, so a command whose input is invalid fails before touching the network.
 */
final class Session implements AutoCloseable {
    @Option(names = "--state", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:GL_STATE:-.network}",
            description = "the network's state folder (default: $GL_STATE or .network)")
    Path state;

    @Option(names = "--org", scope = ScopeType.INHERIT, paramLabel = "ORG", defaultValue = "${env:GL_ORG}",
            description = "the org folder under STATE/orgs to act for: alliance, banka, bankb, verifier, regulator"
                    + " (default: $GL_ORG)")
    String org;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER",
            defaultValue = "${env:GL_USER:-operator}",
            description = "the org's enrolled user: admin, operator or viewer (default: $GL_USER or operator)")
    String user;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "a connection profile (instead of STATE/orgs/ORG/connection.json)")
    Path profile;

    @Option(names = "--msp", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "an MSP directory with signcerts/ and keystore/ (instead of STATE/orgs/ORG/users/USER/msp)")
    Path msp;

    @Option(names = "--deadline", scope = ScopeType.INHERIT, paramLabel = "SECONDS", defaultValue = "30",
            description = "how long each step of a call may take (default: 30)")
    int deadlineSeconds;

    @Option(names = {"-o", "--output"}, scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: table)")
    Printer.Format output;

    private GreenLedger ledger;

    /** The connection, opened on first use. */
    GreenLedger ledger() {
        if (ledger == null) {
            ledger = GreenLedger.connect(loadProfile(), loadCredentials(), Duration.ofSeconds(deadlineSeconds));
        }
        return ledger;
    }

    private ConnectionProfile loadProfile() {
        Path file = profile != null ? profile : orgFolder().resolve("connection.json");
        try {
            return ConnectionProfile.load(file);
        } catch (IOException e) {
            throw new CliException("cannot read the connection profile " + file + ": " + e.getMessage()
                    + (Files.exists(file) ? "" : " (is the network up? scripts/network.sh up)"));
        }
    }

    private Credentials loadCredentials() {
        Path dir = msp != null ? msp : orgFolder().resolve("users").resolve(user).resolve("msp");
        try {
            return Credentials.fromMspDirectory(dir);
        } catch (IOException e) {
            throw new CliException("cannot read the identity in " + dir + ": " + e.getMessage());
        }
    }

    private Path orgFolder() {
        if (org == null || org.isBlank()) {
            throw new CliException("say whom to act for: --org ORG (or $GL_ORG), or --profile FILE and --msp DIR");
        }
        return state.resolve("orgs").resolve(org);
    }

    @Override
    public void close() {
        if (ledger != null) {
            ledger.close();
        }
    }
}
