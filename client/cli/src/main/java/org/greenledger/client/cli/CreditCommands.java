package org.greenledger.client.cli;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.CreditLabel;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementPurpose;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Carbon credits as serial blocks: issued by the registry, moved and retired by the holder's bank. */
@Command(name = "credits", description = "Carbon credits: issue, transfer, retire with a certificate, freeze.")
final class CreditCommands extends LedgerCommands {
    /** A serial block, named by its holder, project, vintage and first serial. */
    static final class Block {
        @Option(names = "--holder", required = true, paramLabel = "ACCOUNT_ID") String holder;
        @Option(names = "--project", required = true, paramLabel = "PROJECT_ID") String project;
        @Option(names = "--vintage", required = true, paramLabel = "YEAR") int vintage;
        @Option(names = "--first", required = true, paramLabel = "SERIAL", description = "the block's first serial")
        long first;

        BlockRef ref() {
            return new BlockRef(holder, project, vintage, first);
        }
    }

    @Command(name = "issue", description = "Issues a verified monitoring report's tonnes as one serial block, "
            + "the buffer share withheld (registry).")
    void issue(@Parameters(paramLabel = "PROJECT_ID") String projectId,
            @Option(names = "--report", required = true, paramLabel = "REPORT_ID") String reportId,
            @Option(names = "--buffer-bp", defaultValue = "0", paramLabel = "BASIS_POINTS",
                    description = "share withheld for the buffer pool, in basis points") int buffer,
            @Option(names = "--label", paramLabel = "LABEL", description = "${COMPLETION-CANDIDATES}; repeatable")
            List<CreditLabel> labels,
            @Option(names = "--letter-of-authorization", paramLabel = "SHA256",
                    description = "for ARTICLE6_AUTHORIZED units") String letter) {
        IssueCreditsRequest request = new IssueCreditsRequest(projectId, reportId, buffer,
                labels == null ? List.of() : new ArrayList<>(labels), letter);
        print(ledger().credits().issue(request));
    }

    @Command(name = "transfer", description = "Moves the first QUANTITY serials of a block to another account "
            + "(the holder's bank).")
    void transfer(@ArgGroup(exclusive = false, multiplicity = "1") Block block,
            @Option(names = "--id", required = true, paramLabel = "TRANSFER_ID") String transferId,
            @Option(names = "--to", required = true, paramLabel = "ACCOUNT_ID") String to,
            @Option(names = "--quantity", required = true, paramLabel = "TONNES") long quantity) {
        TransferCreditsRequest request = new TransferCreditsRequest(transferId, block.ref(), to, quantity);
        print(ledger().credits().transfer(request));
    }

    @Command(name = "retire", description = "Retires the first QUANTITY serials of a block for a beneficiary and "
            + "prints the certificate (the holder's bank).")
    void retire(@ArgGroup(exclusive = false, multiplicity = "1") Block block,
            @Option(names = "--id", required = true, paramLabel = "RETIREMENT_ID") String retirementId,
            @Option(names = "--quantity", required = true, paramLabel = "TONNES") long quantity,
            @Option(names = "--beneficiary", required = true, paramLabel = "NAME") String beneficiary,
            @Option(names = "--purpose", required = true, paramLabel = "PURPOSE",
                    description = "${COMPLETION-CANDIDATES}") RetirementPurpose purpose,
            @Option(names = "--bond", paramLabel = "ISIN", description = "for BOND_IMPACT_CLAIM: the bond") String bond) {
        RetireCreditsRequest request = new RetireCreditsRequest(retirementId, block.ref(), quantity, beneficiary,
                purpose, bond);
        print(ledger().credits().retire(request));
    }

    @Command(name = "freeze", description = "Freezes one block (regulator).")
    void freeze(@ArgGroup(exclusive = false, multiplicity = "1") Block block,
            @Option(names = "--decision-hash", required = true, paramLabel = "SHA256") String decision) {
        BlockFreezeRequest request = new BlockFreezeRequest(block.ref(), decision);
        print(ledger().credits().freeze(request));
    }

    @Command(name = "unfreeze", description = "Unfreezes one block (regulator).")
    void unfreeze(@ArgGroup(exclusive = false, multiplicity = "1") Block block,
            @Option(names = "--decision-hash", required = true, paramLabel = "SHA256") String decision) {
        BlockFreezeRequest request = new BlockFreezeRequest(block.ref(), decision);
        print(ledger().credits().unfreeze(request));
    }

    @Command(name = "blocks", description = "The serial blocks an account holds.")
    void blocks(@Parameters(paramLabel = "ACCOUNT_ID") String accountId) {
        print(ledger().credits().blocks(accountId));
    }

    @Command(name = "certificate", description = "A retirement certificate.")
    void certificate(@Parameters(paramLabel = "RETIREMENT_ID") String retirementId) {
        print(ledger().credits().certificate(retirementId));
    }
}
