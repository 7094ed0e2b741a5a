package org.greenledger.client.cli;

import java.time.LocalDate;
import org.greenledger.chaincode.api.history.RecordKind;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The reports investors, registries and the regulator read: computed by the chaincode, printed here. */
@Command(name = "report", description = "Reports: allocation, impact, credits, movements, record history.")
final class ReportCommands extends LedgerCommands {
    /** Whose movements: an asset's or an account's. */
    static final class Subject {
        @Option(names = "--asset", required = true, paramLabel = "ASSET_ID") String asset;
        @Option(names = "--account", required = true, paramLabel = "ACCOUNT_ID") String account;
    }

    @Command(name = "allocation", description = "A bond's allocation report: per project and category, with shares.")
    void allocation(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().proceeds().allocationReport(bondId));
    }

    @Command(name = "impact", description = "A bond's impact report: each project's attested impact times the "
            + "bond's share of its financing, over periods within FROM..TO.")
    void impact(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--from", required = true, paramLabel = "DATE") LocalDate from,
            @Option(names = "--to", required = true, paramLabel = "DATE") LocalDate to) {
        BondImpactQuery request = new BondImpactQuery(bondId, from, to);
        print(ledger().impact().bondImpact(request));
    }

    @Command(name = "project-credits", description = "A carbon project's issuance and retirement ledger.")
    void projectCredits(@Parameters(paramLabel = "PROJECT_ID") String projectId) {
        print(ledger().credits().projectLedger(projectId));
    }

    @Command(name = "bond-credits", description = "The credits attributable to a bond, and those claimed.")
    void bondCredits(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().credits().bondCredits(bondId));
    }

    @Command(name = "movements", description = "Recorded movements of an asset or of an account, a page at a time.")
    void movements(@ArgGroup(exclusive = true, multiplicity = "1") Subject subject,
            @Option(names = "--page-size", defaultValue = "50", paramLabel = "N") int pageSize,
            @Option(names = "--bookmark", defaultValue = "", paramLabel = "BOOKMARK") String bookmark) {
        print(subject.asset != null
                ? ledger().history().assetMovements(subject.asset, pageSize, bookmark)
                : ledger().history().accountMovements(subject.account, pageSize, bookmark));
    }

    @Command(name = "history", description = "Every committed change of a record.")
    void history(@Parameters(index = "0", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}") RecordKind kind,
            @Parameters(index = "1", paramLabel = "ID") String id) {
        print(ledger().history().recordHistory(kind, id));
    }
}
