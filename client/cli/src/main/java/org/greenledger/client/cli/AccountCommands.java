package org.greenledger.client.cli;

import java.time.LocalDate;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Investor accounts, opened and kept by their custodian bank. */
@Command(name = "account", description = "Investor accounts and their KYC attestations (custodian banks).")
final class AccountCommands extends LedgerCommands {
    /** A KYC attestation: only the hash of the bank's KYC record goes on the ledger. */
    static final class Kyc {
        @Option(names = "--kyc-hash", required = true, paramLabel = "SHA256",
                description = "SHA-256 (hex) of the bank's KYC record")
        String hash;

        @Option(names = "--kyc-level", required = true, paramLabel = "LEVEL", description = "${COMPLETION-CANDIDATES}")
        KycLevel level;

        @Option(names = "--kyc-expires", required = true, paramLabel = "DATE", description = "expiry, yyyy-mm-dd")
        LocalDate expires;

        KycAttestation attestation() {
            return new KycAttestation(hash, level, expires);
        }
    }

    @Command(name = "open", description = "Opens an investor account at the caller's bank.")
    void open(@Option(names = "--id", required = true, paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--custodian", required = true, paramLabel = "MSP_ID") String custodian,
            @Option(names = "--type", required = true, paramLabel = "TYPE",
                    description = "${COMPLETION-CANDIDATES}") InvestorType type,
            @Option(names = "--jurisdiction", required = true, paramLabel = "COUNTRY",
                    description = "ISO 3166 alpha-2") String jurisdiction,
            @ArgGroup(exclusive = false, multiplicity = "1") Kyc kyc) {
        OpenAccountRequest request = new OpenAccountRequest(accountId, custodian, type, jurisdiction,
                kyc.attestation());
        print(ledger().accounts().open(request));
    }

    @Command(name = "kyc", description = "Records a renewed KYC attestation.")
    void kyc(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @ArgGroup(exclusive = false, multiplicity = "1") Kyc kyc) {
        UpdateKycRequest request = new UpdateKycRequest(accountId, kyc.attestation());
        print(ledger().accounts().updateKyc(request));
    }

    @Command(name = "close", description = "Closes an account that holds nothing.")
    void close(@Parameters(paramLabel = "ACCOUNT_ID") String accountId) {
        print(ledger().accounts().close(accountId));
    }

    @Command(name = "show", description = "One account.")
    void show(@Parameters(paramLabel = "ACCOUNT_ID") String accountId) {
        print(ledger().accounts().get(accountId));
    }

    @Command(name = "list", description = "A custodian's accounts, a page at a time.")
    void list(@Option(names = "--custodian", required = true, paramLabel = "MSP_ID") String custodian,
            @Option(names = "--page-size", defaultValue = "50", paramLabel = "N") int pageSize,
            @Option(names = "--bookmark", defaultValue = "", paramLabel = "BOOKMARK",
                    description = "where the previous page ended") String bookmark) {
        print(ledger().accounts().list(custodian, pageSize, bookmark));
    }

    @Command(name = "holding", description = "An account's holding of an asset (bond, deposit token).")
    void holding(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--asset", required = true, paramLabel = "ASSET_ID") String assetId) {
        print(ledger().holdings().holding(assetId, accountId));
    }
}
