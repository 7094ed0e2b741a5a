package org.greenledger.client.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the CLI in the test's process: what it printed on standard output and standard
 * error, and its exit status. Shared by the CLI's unit and integration tests.
 *
 * @param status its exit status
 * @param out    what it printed as results
 * @param err    what it printed as errors
 */
public record CliRun(int status, String out, String err) {
    /** Runs {@code args} as the command line. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
