package org.greenledger.client.cli;

import java.util.List;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Command(name = "register", description = "Registers a new member org with its business roles (the alliance's "
            + "admin; scripts/add-member.sh does it for an org that joined the channel).")
    void register(@Parameters(paramLabel = "MSP_ID") String mspId,
            @Option(names = "--name", required = true, paramLabel = "NAME") String name,
            @Option(names = "--role", required = true, paramLabel = "ROLE",
                    description = "ISSUER, CUSTODIAN or VERIFIER; repeat for several") List<OrgRole> roles) {
        print(ledger().governance().registerOrg(new RegisterOrgRequest(mspId, name, roles)));
    }
}
