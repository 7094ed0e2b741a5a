package org.greenledger.client.cli;

import java.nio.file.Path;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Use of proceeds: the green project register and the allocation of a bond's net proceeds. */
@Command(name = "proceeds", description = "Green projects and the allocation of bond proceeds to them.")
final class ProceedsCommands extends LedgerCommands {
    @Command(name = "register-project", description = "Registers a green project (issuer). "
            + "The project is the JSON of RegisterProjectRequest.")
    void registerProject(@Option(names = "--file", required = true, paramLabel = "FILE",
            description = "RegisterProjectRequest as JSON; - reads standard input") Path file) {
        RegisterProjectRequest request = read(file, RegisterProjectRequest.class);
        print(ledger().proceeds().registerProject(request));
    }

    @Command(name = "project", description = "One green project.")
    void project(@Parameters(paramLabel = "PROJECT_ID") String projectId) {
        print(ledger().proceeds().project(projectId));
    }

    @Command(name = "allocate", description = "Allocates net proceeds of an issued bond to an eligible project (issuer).")
    void allocate(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--id", required = true, paramLabel = "ALLOCATION_ID") String allocationId,
            @Option(names = "--project", required = true, paramLabel = "PROJECT_ID") String projectId,
            @Option(names = "--amount-minor", required = true, paramLabel = "AMOUNT") long amount) {
        AllocationRequest request = new AllocationRequest(allocationId, bondId, projectId, amount);
        print(ledger().proceeds().allocate(request));
    }

    @Command(name = "release", description = "Returns part of an allocation to the unallocated proceeds (issuer).")
    void release(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--id", required = true, paramLabel = "ALLOCATION_ID") String allocationId,
            @Option(names = "--amount-minor", required = true, paramLabel = "AMOUNT") long amount) {
        ReleaseRequest request = new ReleaseRequest(bondId, allocationId, amount);
        print(ledger().proceeds().release(request));
    }

    @Command(name = "flag", description = "Flags an allocation as ineligible (the bond's external reviewer); "
            + "the bond is in covenant breach until it is cleared or released.")
    void flag(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--id", required = true, paramLabel = "ALLOCATION_ID") String allocationId,
            @Option(names = "--reason-hash", required = true, paramLabel = "SHA256") String reason) {
        FlagRequest request = new FlagRequest(bondId, allocationId, reason);
        print(ledger().proceeds().flag(request));
    }

    @Command(name = "clear-flag", description = "Clears the reviewer's flag on an allocation (the external reviewer).")
    void clearFlag(@Parameters(paramLabel = "ISIN") String bondId,
            @Option(names = "--id", required = true, paramLabel = "ALLOCATION_ID") String allocationId,
            @Option(names = "--reason-hash", required = true, paramLabel = "SHA256") String reason) {
        FlagRequest request = new FlagRequest(bondId, allocationId, reason);
        print(ledger().proceeds().clearFlag(request));
    }

    @Command(name = "allocations", description = "Every allocation of a bond's proceeds.")
    void allocations(@Parameters(paramLabel = "ISIN") String bondId) {
        print(ledger().proceeds().allocations(bondId));
    }
}
