package org.greenledger.client.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Member orgs and their roles (governance). */
@Command(name = "org", description = "Member orgs and their roles.")
final class OrgCommands extends LedgerCommands {
    @Command(name = "list", description = "Every member org with its roles.")
    void list() {
        print(ledger().governance().orgs());
    }

    @Command(name = "show", description = "One member org.")
    void show(@Parameters(paramLabel = "MSP_ID") String mspId) {
        print(ledger().governance().org(mspId));
    }
}
