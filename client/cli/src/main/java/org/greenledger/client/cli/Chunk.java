package org.greenledger.client.cli;

import org.greenledger.chaincode.api.bond.RunProgress;
import picocli.CommandLine.Option;

/**
 * The chunk size of a servicing run (the issue, a record date, a payment run, a redemption): how
 * many subscriptions or holders each transaction processes. The command sends transactions until
 * the run is done, so it also resumes a run that stopped halfway (after a crash, say).
 */
final class Chunk {
    static final int DEFAULT = 100;

    @Option(names = "--chunk", defaultValue = "" + DEFAULT, paramLabel = "N",
            description = "holders or subscriptions per transaction, 1 to " + RunProgress.MAX_CHUNK + " (default: "
                    + DEFAULT + "); transactions are sent until the run is done, resuming one begun before")
    int size;
}
