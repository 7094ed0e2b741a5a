package org.greenledger.client.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * The regulator's standing measures on the accounts, assets and currencies asked about: sanctions
 * and asset pauses with their document hashes, account freezes (the status; the freeze's document
 * hash has no read yet), sandbox caps and reporting thresholds.
 */
final class RegulatorActionsPage implements Page {
    private final GreenLedger ledger;

    RegulatorActionsPage(GreenLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Response answer(Query query, Html.Reading reading) {
        List<String> accounts = query.all("account");
        List<String> assets = query.all("asset");
        List<String> currencies = query.all("currency");
        accounts.forEach(a -> org.greenledger.chaincode.api.Check.matches("account", a,
                org.greenledger.chaincode.api.Check.ID));
        assets.forEach(a -> org.greenledger.chaincode.api.Check.matches("asset", a,
                org.greenledger.chaincode.api.Check.ID));
        List<Currency> moneys = currencies.stream().map(Currency::of).toList();
        String form = Html.form("/actions", Html.input("account", "Accounts", String.join(",", accounts), "id,id")
                + Html.input("asset", "Assets", String.join(",", assets), "ISIN or token id")
                + Html.input("currency", "Currencies", String.join(",", currencies), "VND,USD"), "Show");
        List<List<?>> rows = new ArrayList<>();
        for (String account : accounts) {
            Account read = find(() -> ledger.accounts().get(account));
            rows.add(List.of("Account status", account, read == null ? "no such account" : read.status(), "-",
                    "-", read == null ? "" : Html.time(read.updatedAt())));
            rows.add(measure("Sanction", account, find(() -> ledger.compliance().sanction(account)), "not listed"));
        }
        for (String asset : assets) {
            rows.add(measure("Asset pause", asset, find(() -> ledger.compliance().assetPause(asset)), "not paused"));
        }
        for (Currency currency : moneys) {
            for (AssetClass assetClass : List.of(AssetClass.GREEN_BOND, AssetClass.DEPOSIT_TOKEN)) {
                SandboxCap cap = find(() -> ledger.compliance().sandboxCap(assetClass, currency.code()));
                rows.add(List.of("Sandbox cap", assetClass + " " + currency.code(), cap == null ? "none"
                        : Html.money(cap.totalMaxMinor(), currency) + " in total, "
                                + Html.money(cap.perTransactionMaxMinor(), currency) + " per transaction",
                        "-", "-", ""));
            }
            ReportingThreshold threshold = find(() -> ledger.compliance().reportingThreshold(currency.code()));
            rows.add(List.of("Reporting threshold", currency.code(), threshold == null ? "none"
                    : Html.money(threshold.thresholdMinor(), currency), "-", "-", ""));
        }
        String body = form + Html.section("Measures", Html.table(List.of("Measure", "Target", "State",
                "Document (SHA-256)", "Imposed by", "At"), rows, "Name accounts, assets or currencies to read.")
                + Html.note("The ledger keeps the document hash of an account freeze but has no read for it yet;"
                        + " caps and thresholds carry no document hash. There is no read that lists every measure:"
                        + " name the accounts and assets."));
        return Response.html(Html.page("Regulator's actions", "/actions", reading, body));
    }

    private static List<?> measure(String kind, String target, RegulatoryRecord record, String none) {
        return record == null ? List.of(kind, target, none, "-", "-", "")
                : List.of(kind, target, "in force", record.referenceHash(), record.imposedBy(),
                        Html.time(record.imposedAt()));
    }

    /** The record, or null when the ledger has none (NOT_FOUND); other refusals are the page's error. */
    private static <T> T find(Supplier<T> read) {
        try {
            return read.get();
        } catch (RejectedException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
