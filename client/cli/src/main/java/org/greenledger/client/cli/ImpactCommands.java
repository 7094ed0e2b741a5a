package org.greenledger.client.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Impact of green projects: reported by the issuer, attested by the project's verifier. */
@Command(name = "impact", description = "Impact reports of green projects: report (issuer), attest (verifier).")
final class ImpactCommands extends LedgerCommands {
    @Command(name = "report", description = "Reports a project's impact for an ended period (issuer). "
            + "The report is the JSON of ReportImpactRequest.")
    void report(@Option(names = "--file", required = true, paramLabel = "FILE",
            description = "ReportImpactRequest as JSON; - reads standard input") Path file) {
        ReportImpactRequest request = read(file, ReportImpactRequest.class);
        print(ledger().impact().report(request));
    }

    @Command(name = "attest", description = "Attests a reported period (the project's verifier).")
    void attest(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = "--period-start", required = true, paramLabel = "DATE") LocalDate periodStart,
            @Option(names = "--statement-hash", required = true, paramLabel = "SHA256") String statement) {
        AttestImpactRequest request = new AttestImpactRequest(projectId, periodStart, statement);
        print(ledger().impact().attest(request));
    }

    @Command(name = "list", description = "Every impact report of a project.")
    void list(@Parameters(paramLabel = "PROJECT_ID") String projectId) {
        print(ledger().impact().reports(projectId));
    }
}
