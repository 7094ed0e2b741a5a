package org.greenledger.client.cli;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.MeasureKind;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.money.Currency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The regulator's powers, each grounded by the hash of the decision or court order, and the check
 * any member can make before a transfer.
 */
@Command(name = "compliance", description = "The regulator's powers: freezes, sanctions, pauses, court orders.")
final class ComplianceCommands extends LedgerCommands {
    /** The hash of the decision or order that grounds a regulatory action: every action names one. */
    static final class Reference {
        @Option(names = "--reference", required = true, paramLabel = "SHA256",
                description = "SHA-256 of the decision that grounds the action")
        String hash;
    }

    @Command(name = "freeze-account", description = "Freezes an account: nothing moves in or out.")
    void freezeAccount(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Mixin Reference ref) {
        RegulatoryAction request = new RegulatoryAction(accountId, ref.hash);
        print(ledger().compliance().freezeAccount(request));
    }

    @Command(name = "unfreeze-account", description = "Lifts an account freeze.")
    void unfreezeAccount(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Mixin Reference ref) {
        RegulatoryAction request = new RegulatoryAction(accountId, ref.hash);
        print(ledger().compliance().unfreezeAccount(request));
    }

    @Command(name = "sanction", description = "Puts an account on the sanctions list.")
    void sanction(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Mixin Reference ref) {
        RegulatoryAction request = new RegulatoryAction(accountId, ref.hash);
        print(ledger().compliance().listSanction(request));
    }

    @Command(name = "lift-sanction", description = "Takes an account off the sanctions list.")
    void liftSanction(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Mixin Reference ref) {
        RegulatoryAction request = new RegulatoryAction(accountId, ref.hash);
        print(ledger().compliance().liftSanction(request));
    }

    @Command(name = "pause", description = "Pauses every movement of an asset.")
    void pause(@Parameters(paramLabel = "ASSET_ID") String assetId,
            @Mixin Reference ref) {
        RegulatoryAction request = new RegulatoryAction(assetId, ref.hash);
        print(ledger().compliance().pauseAsset(request));
    }

    @Command(name = "unpause", description = "Lets an asset move again.")
    void unpause(@Parameters(paramLabel = "ASSET_ID") String assetId,
            @Mixin Reference ref) {
        RegulatoryAction request = new RegulatoryAction(assetId, ref.hash);
        print(ledger().compliance().unpauseAsset(request));
    }

    @Command(name = "freeze-holding", description = "Freezes part of a holding.")
    void freezeHolding(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--asset", required = true, paramLabel = "ASSET_ID") String assetId,
            @Option(names = "--units", required = true, paramLabel = "N") long units,
            @Mixin Reference ref) {
        HoldingFreezeRequest request = new HoldingFreezeRequest(assetId, accountId, units, ref.hash);
        print(ledger().compliance().freezeHolding(request));
    }

    @Command(name = "unfreeze-holding", description = "Releases frozen units of a holding.")
    void unfreezeHolding(@Parameters(paramLabel = "ACCOUNT_ID") String accountId,
            @Option(names = "--asset", required = true, paramLabel = "ASSET_ID") String assetId,
            @Option(names = "--units", required = true, paramLabel = "N") long units,
            @Mixin Reference ref) {
        HoldingFreezeRequest request = new HoldingFreezeRequest(assetId, accountId, units, ref.hash);
        print(ledger().compliance().unfreezeHolding(request));
    }

    @Command(name = "forced-transfer", description = "Proposes a transfer under a court order (regulator); "
            + "the issuer or the custodian approves it.")
    void forcedTransfer(@Option(names = "--asset", required = true, paramLabel = "ASSET_ID") String assetId,
            @Option(names = "--from", required = true, paramLabel = "ACCOUNT_ID") String from,
            @Option(names = "--to", required = true, paramLabel = "ACCOUNT_ID") String to,
            @Option(names = "--units", required = true, paramLabel = "N") long units,
            @Option(names = "--court-order", required = true, paramLabel = "SHA256") String courtOrder,
            @Mixin RequestId requestId) {
        ForcedTransferRequest request = new ForcedTransferRequest(requestId.value(), assetId, from, to, units,
                courtOrder);
        print(ledger().compliance().proposeForcedTransfer(request));
    }

    @Command(name = "approve-forced-transfer", description = "Approves and executes a court-ordered transfer.")
    void approveForcedTransfer(@Parameters(paramLabel = "PROPOSAL_ID") String proposalId) {
        print(ledger().compliance().approveForcedTransfer(proposalId));
    }

    @Command(name = "outstanding", description = "Face value outstanding per asset class, currency and issuer, as "
            + "the sandbox caps count it (registry and regulator); every class and currency without options.")
    void outstanding(@Option(names = "--class", paramLabel = "ASSET_CLASS") AssetClass assetClass,
            @Option(names = "--currency", paramLabel = "ISO4217") String currency) {
        if ((assetClass == null) != (currency == null)) {
            throw GreenLedgerError.invalid(assetClass == null ? "class" : "currency",
                    "is required with --" + (assetClass == null ? "currency" : "class"));
        }
        if (assetClass == null) {
            print(ledger().compliance().outstanding());
        } else {
            Currency.of(currency);
            print(ledger().compliance().outstanding(assetClass, currency));
        }
    }

    @Command(name = "measures", description = "The regulator's measures in force of one kind, with their document "
            + "hashes, a page at a time (account freezes: registry and regulator).")
    void measures(@Option(names = "--kind", required = true, paramLabel = "KIND") MeasureKind kind,
            @Option(names = "--page-size", defaultValue = "50", paramLabel = "N") int pageSize,
            @Option(names = "--bookmark", defaultValue = "", paramLabel = "BOOKMARK",
                    description = "where the previous page ended") String bookmark) {
        MeasureQuery query = new MeasureQuery(kind, pageSize, bookmark);
        print(ledger().compliance().measures(query));
    }

    @Command(name = "account-freeze", description = "The freeze in force on an account, with its document hash "
            + "(the account's custodian, registry and regulator).")
    void accountFreeze(@Parameters(paramLabel = "ACCOUNT_ID") String accountId) {
        Check.matches("accountId", accountId, Check.ID);
        print(ledger().compliance().accountFreeze(accountId));
    }

    @Command(name = "check", description = "Would this transfer pass the compliance rules? Writes nothing.")
    void check(@Option(names = "--asset", required = true, paramLabel = "ASSET_ID") String assetId,
            @Option(names = "--from", required = true, paramLabel = "ACCOUNT_ID") String from,
            @Option(names = "--to", required = true, paramLabel = "ACCOUNT_ID") String to,
            @Option(names = "--units", required = true, paramLabel = "N") long units,
            @Option(names = "--payment-reference", defaultValue = "pre-trade check", paramLabel = "TEXT")
            String reference) {
        // A check writes nothing: the id only makes the request well-formed.
        TransferRequest request = new TransferRequest("check", assetId, from, to, units, reference);
        print(ledger().holdings().canTransfer(request));
    }
}
