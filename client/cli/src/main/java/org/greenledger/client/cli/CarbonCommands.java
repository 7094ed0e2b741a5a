package org.greenledger.client.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Carbon projects from listing to registration, and the monitoring reports that earn credits. */
@Command(name = "carbon", description = "Carbon projects: list, validate, register; monitoring reports.")
final class CarbonCommands extends LedgerCommands {
    private static final String DOCUMENT = "--document-hash";

    @Command(name = "list-project", description = "Lists a carbon project for its developer (the developer's bank). "
            + "The project is the JSON of ListCarbonProjectRequest.")
    void listProject(@Option(names = "--file", required = true, paramLabel = "FILE",
            description = "ListCarbonProjectRequest as JSON; - reads standard input") Path file) {
        ListCarbonProjectRequest request = read(file, ListCarbonProjectRequest.class);
        print(ledger().carbonProjects().list(request));
    }

    @Command(name = "validate", description = "Validates a listed project (verifier).")
    void validate(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = DOCUMENT, required = true, paramLabel = "SHA256") String document) {
        ProjectDecision request = new ProjectDecision(projectId, document);
        print(ledger().carbonProjects().validate(request));
    }

    @Command(name = "register", description = "Registers a validated project (registry).")
    void register(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = DOCUMENT, required = true, paramLabel = "SHA256") String document) {
        ProjectDecision request = new ProjectDecision(projectId, document);
        print(ledger().carbonProjects().register(request));
    }

    @Command(name = "reject", description = "Rejects a project (registry).")
    void reject(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = DOCUMENT, required = true, paramLabel = "SHA256") String document) {
        ProjectDecision request = new ProjectDecision(projectId, document);
        print(ledger().carbonProjects().reject(request));
    }

    @Command(name = "projects", description = "The carbon projects in id order, a page at a time, optionally by "
            + "status; with a filter a page may hold fewer than --page-size: go on with its bookmark until it is empty.")
    void projects(@Option(names = "--status", paramLabel = "STATUS") CarbonProjectStatus status,
            @Option(names = "--page-size", defaultValue = "50", paramLabel = "N") int pageSize,
            @Option(names = "--bookmark", defaultValue = "", paramLabel = "BOOKMARK",
                    description = "where the previous page ended") String bookmark) {
        CarbonProjectQuery query = new CarbonProjectQuery(status, pageSize, bookmark);
        print(ledger().carbonProjects().find(query));
    }

    @Command(name = "show", description = "One carbon project.")
    void show(@Parameters(paramLabel = "PROJECT_ID") String projectId) {
        print(ledger().carbonProjects().get(projectId));
    }

    @Command(name = "submit-report", description = "Submits a monitoring report for a period within one vintage year "
            + "(the developer's bank).")
    void submitReport(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = "--id", required = true, paramLabel = "REPORT_ID") String reportId,
            @Option(names = "--from", required = true, paramLabel = "DATE") LocalDate from,
            @Option(names = "--to", required = true, paramLabel = "DATE") LocalDate to,
            @Option(names = "--tonnes", required = true, paramLabel = "N") long tonnes,
            @Option(names = "--report-hash", required = true, paramLabel = "SHA256") String hash) {
        MonitoringReportRequest request = new MonitoringReportRequest(reportId, projectId, from, to, tonnes,
                hash);
        print(ledger().carbonProjects().submitReport(request));
    }

    @Command(name = "verify-report", description = "Verifies a monitoring report in whole tonnes (verifier).")
    void verifyReport(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = "--id", required = true, paramLabel = "REPORT_ID") String reportId,
            @Option(names = "--tonnes", required = true, paramLabel = "N") long tonnes,
            @Option(names = "--statement-hash", required = true, paramLabel = "SHA256") String hash) {
        VerificationRequest request = new VerificationRequest(projectId, reportId, tonnes, hash);
        print(ledger().carbonProjects().verifyReport(request));
    }

    @Command(name = "report", description = "One monitoring report.")
    void report(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = "--id", required = true, paramLabel = "REPORT_ID") String reportId) {
        print(ledger().carbonProjects().report(projectId, reportId));
    }
}
