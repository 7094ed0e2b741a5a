package org.greenledger.client.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.client.GreenLedgerException;
import org.greenledger.client.NotCommittedException;
import org.greenledger.client.RejectedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * {@code greenledger}, the operators' command line: every command is one call of the SDK, made as
 * the org and user given by {@code --org}/{@code --user} (or {@code --profile}/{@code --msp}),
 * its result printed as a table or as JSON.
 *
 * <pre>
 * scripts/greenledger --org banka bond show XS0000000001
 * scripts/greenledger --org alliance bond approve XS0000000001 -o json
 * scripts/greenledger bond pay-coupon --help
 * </pre>
 *
 * <p>Exit status: 0 done; 2 the input is invalid (nothing was sent); 3 the ledger refused it
 * (the error code is printed, nothing was written); 4 ordered but invalidated at commit; 1 the
 * network could not be reached or did not answer.
 */
@Command(name = "greenledger", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        version = "GreenLedger CLI 0.1.0", sortOptions = false,
        description = "Operate GreenLedger: green bonds, use of proceeds, carbon credits and compliance.",
        subcommands = {OrgCommands.class, AccountCommands.class, BondCommands.class, CashCommands.class,
                ComplianceCommands.class, ProceedsCommands.class, ImpactCommands.class, CarbonCommands.class,
                CreditCommands.class, ReportCommands.class, HsmCommands.class})
public final class Cli {
    /** Held so the setting sticks (java.util.logging keeps loggers only weakly): gRPC's notices are not results. */
    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");

    /** Exit status when the ledger refused the call. */
    static final int REFUSED = 3;
    /** Exit status when the input is invalid. */
    static final int INVALID = 2;
    /** Exit status when the transaction was invalidated at commit. */
    static final int NOT_COMMITTED = 4;
    /** Exit status when the network could not be reached or did not answer. */
    static final int UNREACHABLE = 1;

    @Mixin
    Session session;

    private PrintWriter out;

    private Cli() {
    }

    /** Runs one command and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        GRPC_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(run(out, err, args));
    }

    /**
     * Runs one command, writing results to {@code out} and errors to {@code err}, for a program that
     * embeds the CLI (and for tests); returns the exit status.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Cli cli = new Cli();
        cli.out = out;
        CommandLine commandLine = new CommandLine(cli)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, command, parsed) -> failure(err, e));
        try {
            return commandLine.execute(args);
        } finally {
            if (cli.session != null) {
                cli.session.close();
            }
        }
    }

    /** Prints a command's result in the chosen format. */
    void print(Object result) {
        new Printer(out, session.output).print(result);
    }

    private static int failure(PrintWriter err, Exception e) {
        if (e instanceof RejectedException rejected && rejected.refusedLocally()) {
            err.println("invalid input (" + rejected.code() + "): " + rejected.reason());
            return INVALID;
        }
        if (e instanceof RejectedException rejected) {
            err.println("refused (" + rejected.code() + "): " + rejected.reason());
            return REFUSED;
        }
        if (e instanceof GreenLedgerError invalid) { // its message starts with its code
            err.println("invalid input: " + invalid.getMessage());
            return INVALID;
        }
        if (e instanceof CliException cannot) {
            err.println(cannot.getMessage());
            return INVALID;
        }
        if (e instanceof NotCommittedException notCommitted) {
            err.println("not committed: " + notCommitted.getMessage());
            return NOT_COMMITTED;
        }
        if (e instanceof GreenLedgerException failed) {
            err.println("failed: " + failed.getMessage());
            return UNREACHABLE;
        }
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
}
