package org.greenledger.client.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.MeasureKind;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * The regulator's standing measures: every sanction, asset pause and account freeze in force with
 * its document hash (freezes listed to the registry and the regulator only), every sandbox cap and
 * reporting threshold; and, for the accounts, assets and currencies asked about, each one's status.
 */
final class RegulatorActionsPage implements Page {
    /** Pages of each kind of measure read at most (the ledger's largest page each). */
    static final int MAX_PAGES = 10;

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
            if (read != null && read.status() == AccountStatus.FROZEN) {
                rows.add(measure("Account freeze", account, find(() -> ledger.compliance().accountFreeze(account)),
                        "no freeze record"));
            }
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
        String body = form + Html.section("Measures in force", measuresInForce())
                + Html.section("Sandbox caps and reporting thresholds", capsAndThresholds())
                + Html.section("Accounts, assets and currencies asked about", Html.table(List.of("Measure", "Target",
                        "State", "Document (SHA-256)", "Imposed by", "At"), rows,
                        "Name accounts, assets or currencies to read their status.")
                + Html.note("Caps and thresholds carry no document hash on the ledger."));
        return Response.html(Html.page("Regulator's actions", "/actions", reading, body));
    }

    /** Every sanction, account freeze and asset pause in force, page by page; a kind refused to this org is said so. */
    private String measuresInForce() {
        List<List<?>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (MeasureKind kind : MeasureKind.values()) {
            MeasureQuery query = new MeasureQuery(kind, Query.MAX_PAGE_SIZE, "");
            try {
                for (int page = 0; query != null; page++) {
                    if (page == MAX_PAGES) {
                        notes.add(kind + ": only the first " + MAX_PAGES * Query.MAX_PAGE_SIZE + " are shown");
                        break;
                    }
                    MeasurePage read = ledger.compliance().measures(query);
                    read.measures().forEach(m -> rows.add(measure(label(kind), m.targetId(), m, "")));
                    query = read.bookmark().isEmpty() ? null : query.after(read.bookmark());
                }
            } catch (RejectedException e) {
                if (e.code() != ErrorCode.NOT_AUTHORIZED) {
                    throw e;
                }
                notes.add(label(kind) + "s: the ledger lists them to the registry and the regulator only"
                        + " (NOT_AUTHORIZED for this org).");
            }
        }
        StringBuilder out = new StringBuilder(Html.table(List.of("Measure", "Target", "State", "Document (SHA-256)",
                "Imposed by", "At"), rows, "No sanction, account freeze or asset pause in force."));
        notes.forEach(n -> out.append(Html.note(n)));
        return out.toString();
    }

    private static String label(MeasureKind kind) {
        return switch (kind) {
            case SANCTION -> "Sanction";
            case ACCOUNT_FREEZE -> "Account freeze";
            case ASSET_PAUSE -> "Asset pause";
        };
    }

    private String capsAndThresholds() {
        List<List<?>> rows = new ArrayList<>();
        for (SandboxCap cap : ledger.compliance().sandboxCaps()) {
            rows.add(List.of("Sandbox cap", cap.assetClass() + " " + cap.currency().code(),
                    Html.money(cap.totalMaxMinor(), cap.currency()) + " in total, "
                            + Html.money(cap.perTransactionMaxMinor(), cap.currency()) + " per transaction"));
        }
        for (ReportingThreshold threshold : ledger.compliance().reportingThresholds()) {
            rows.add(List.of("Reporting threshold", threshold.currency().code(),
                    Html.money(threshold.thresholdMinor(), threshold.currency())));
        }
        return Html.table(List.of("Measure", "Class and currency", "Limit"), rows,
                "No sandbox cap or reporting threshold set.");
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
