package org.greenledger.client.console;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.client.ConnectionProfile;
import org.greenledger.client.Credentials;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.GreenLedgerException;

/**
 * The command behind {@code scripts/console}: connects as one org's enrolled identity (from the
 * network's state folder, like the CLI, or a connection profile and MSP folder) and serves the
 * console on loopback until stopped.
 *
 * <pre>
 * scripts/console --org regulator [--user viewer] [--port 7080] [--bond ISIN] [--token ID] [--project ID]
 * </pre>
 */
public final class Console {
    private static final String USAGE = """
            Usage: scripts/console --org ORG [options]
              --org ORG          the org folder under STATE/orgs to read as (default: $GL_ORG)
              --user USER        its enrolled user: admin, operator or viewer (default: viewer)
              --state DIR        the network's state folder (default: $GL_STATE or .network)
              --profile FILE     a connection profile instead of STATE/orgs/ORG/connection.json
              --msp DIR          an MSP folder instead of STATE/orgs/ORG/users/USER/msp
              --host ADDRESS     where to listen (default: 127.0.0.1)
              --port PORT        (default: 7080; 0 for any free port)
              --bond ISIN        narrow the overview and the pack to this bond (repeat, or comma-separated);
                                 without --bond, --token or --project they cover every asset the ledger lists
              --token ID         narrow them to this deposit token (repeat, or comma-separated)
              --project ID       narrow them to this carbon project (repeat, or comma-separated)
              --checkpoint FILE  the live feed's event checkpoint (default: STATE/console/ORG.checkpoint)
            """;

    private Console() {
    }

    /**
     * Runs the console until the process is stopped.
     *
     * @param args the options (--help lists them)
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(Arrays.asList(args));
        } catch (IllegalArgumentException | GreenLedgerError e) {
            System.err.println("console: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(USAGE);
            return;
        }
        run(options, System.out);
    }

    private static void run(Options options, PrintStream out) {
        ConnectionProfile profile;
        Credentials credentials;
        try {
            profile = ConnectionProfile.load(options.profile());
            credentials = Credentials.fromMspDirectory(options.msp());
            Files.createDirectories(options.checkpoint().toAbsolutePath().getParent());
        } catch (IOException e) {
            System.err.println("console: cannot read the identity or profile: " + e.getMessage()
                    + " (is the network up? scripts/network.sh up)");
            System.exit(1);
            return;
        }
        GreenLedger ledger;
        ConsoleServer console;
        try {
            ledger = GreenLedger.connect(profile, credentials);
        } catch (GreenLedgerException e) {
            System.err.println("console: cannot connect to " + options.profile() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            console = ConsoleServer.start(ledger, new InetSocketAddress(options.host, options.port),
                    options.market(), options.checkpoint());
        } catch (UncheckedIOException | GreenLedgerException e) {
            ledger.close();
            System.err.println("console: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.close();
            ledger.close();
            stopped.countDown();
        }, "console-stop"));
        out.println("GreenLedger console for " + ledger.mspId() + " at http://" + options.host + ":" + console.port()
                + "/");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command line, read strictly: an unknown option or a missing value is an error. */
    static final class Options {
        String org = System.getenv("GL_ORG");
        String user = "viewer";
        Path state = Path.of(System.getenv().getOrDefault("GL_STATE", ".network"));
        Path profile;
        Path msp;
        String host = "127.0.0.1";
        int port = 7080;
        Path checkpoint;
        final List<String> bonds = new ArrayList<>();
        final List<String> tokens = new ArrayList<>();
        final List<String> projects = new ArrayList<>();
        boolean help;

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String name = args.get(i);
                if (name.equals("--help") || name.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args.get(++i);
                switch (name) {
                    case "--org" -> o.org = value;
                    case "--user" -> o.user = value;
                    case "--state" -> o.state = Path.of(value);
                    case "--profile" -> o.profile = Path.of(value);
                    case "--msp" -> o.msp = Path.of(value);
                    case "--host" -> o.host = value;
                    case "--port" -> o.port = port(value);
                    case "--checkpoint" -> o.checkpoint = Path.of(value);
                    case "--bond" -> o.bonds.addAll(List.of(value.split(",")));
                    case "--token" -> o.tokens.addAll(List.of(value.split(",")));
                    case "--project" -> o.projects.addAll(List.of(value.split(",")));
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (!o.help && (o.org == null || o.org.isBlank()) && (o.profile == null || o.msp == null)) {
                throw new IllegalArgumentException("say whom to read as: --org ORG, or --profile FILE and --msp DIR");
            }
            if (o.org != null && !o.org.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("--org is an org folder name such as regulator or banka");
            }
            o.market(); // checks the ids now, before connecting
            return o;
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--port must be 0 to 65535, not " + value);
        }

        Market market() {
            return new Market(bonds.stream().map(String::strip).toList(), tokens.stream().map(String::strip).toList(),
                    projects.stream().map(String::strip).toList());
        }

        Path profile() {
            return profile != null ? profile : state.resolve("orgs").resolve(org).resolve("connection.json");
        }

        Path msp() {
            return msp != null ? msp : state.resolve("orgs").resolve(org).resolve("users").resolve(user).resolve("msp");
        }

        Path checkpoint() {
            return checkpoint != null ? checkpoint
                    : state.resolve("console").resolve((org == null ? "profile" : org) + ".checkpoint");
        }
    }
}
