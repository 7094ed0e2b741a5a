package org.greenledger.client.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * What the ledger answers about a {@link Market}, read in one go for the overview and the reporting
 * pack: the bonds, deposit tokens and registered carbon projects' credit ledgers (every one the
 * ledger lists, page by page, or only those the market names), every recorded movement of the bonds
 * and tokens (page by page, oldest first), the sandbox caps, and the face value outstanding per
 * class, issuer and currency as the chaincode keeps it for the caps. A read the ledger refuses this
 * org (a bank reading the regulator's history or the market's totals) is kept as a note with its
 * code.
 */
final class MarketFigures {
    /** Movement pages read per asset at most (the ledger's largest page each). */
    static final int MAX_PAGES_PER_ASSET = 40;
    /** Listing pages read per kind of asset at most (the ledger's largest page each). */
    static final int MAX_LISTING_PAGES = 20;

    /** A recorded movement with its asset's class and currency. */
    record Movement(UnitsMoved moved, AssetClass assetClass, Currency currency) {
    }

    /** Face value outstanding in one class, issuer and currency, as the ledger keeps it. */
    record Outstanding(AssetClass assetClass, String issuerMspId, Currency currency, long faceValueMinor) {
    }

    /** A sandbox cap's class and currency. */
    record CapKey(AssetClass assetClass, Currency currency) {
    }

    final List<Bond> bonds = new ArrayList<>();
    final List<DepositToken> tokens = new ArrayList<>();
    final List<ProjectCreditLedger> creditLedgers = new ArrayList<>();
    final List<Movement> movements = new ArrayList<>();
    final Map<CapKey, SandboxCap> caps = new LinkedHashMap<>();
    final List<Outstanding> outstanding = new ArrayList<>();
    private final Map<CapKey, Long> classTotals = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    boolean historyRefused;
    boolean outstandingRefused;
    /** Whether the assets are every one the ledger lists (no asset named). */
    boolean listed;

    private MarketFigures() {
    }

    static MarketFigures read(GreenLedger ledger, Market market) {
        MarketFigures figures = new MarketFigures();
        if (market.isEmpty()) {
            figures.listAssets(ledger);
        } else {
            figures.readAssets(ledger, market);
        }
        figures.readMovements(ledger);
        figures.readCaps(ledger);
        figures.readOutstanding(ledger);
        return figures;
    }

    /** Every bond, deposit token and registered carbon project the ledger lists, a page at a time. */
    private void listAssets(GreenLedger ledger) {
        listed = true;
        readPages("bonds", BondQuery.all(Query.MAX_PAGE_SIZE), q -> ledger.bonds().find(q), BondPage::bonds,
                BondPage::bookmark, BondQuery::after, bonds::add);
        readPages("deposit tokens", DepositTokenQuery.all(Query.MAX_PAGE_SIZE), q -> ledger.cash().findTokens(q),
                DepositTokenPage::tokens, DepositTokenPage::bookmark, DepositTokenQuery::after, tokens::add);
        // Only a REGISTERED project has credits: the others' ledgers are not read.
        List<CarbonProject> projects = new ArrayList<>();
        readPages("carbon projects", new CarbonProjectQuery(CarbonProjectStatus.REGISTERED, Query.MAX_PAGE_SIZE, ""),
                q -> ledger.carbonProjects().find(q), CarbonProjectPage::projects, CarbonProjectPage::bookmark,
                CarbonProjectQuery::after, projects::add);
        for (CarbonProject project : projects) {
            attempt("carbon project " + project.projectId(), () -> ledger.credits().projectLedger(project.projectId()))
                    .ifPresent(creditLedgers::add);
        }
    }

    /** Reads a listing page by page until its bookmark is empty, at most {@link #MAX_LISTING_PAGES}. */
    private <Q, P, T> void readPages(String what, Q first, Function<Q, P> read, Function<P, List<T>> items,
            Function<P, String> bookmark, BiFunction<Q, String, Q> after, Consumer<T> each) {
        Q query = first;
        for (int page = 0; page < MAX_LISTING_PAGES; page++) {
            P answer;
            try {
                answer = read.apply(query);
            } catch (RejectedException e) {
                notes.add(what + ": " + e.code() + ": " + e.reason());
                return;
            }
            items.apply(answer).forEach(each);
            String next = bookmark.apply(answer);
            if (next == null || next.isEmpty()) {
                return;
            }
            query = after.apply(query, next);
        }
        notes.add(what + ": only the first " + MAX_LISTING_PAGES * Query.MAX_PAGE_SIZE + " are shown");
    }

    private void readAssets(GreenLedger ledger, Market market) {
        for (String bondId : market.bonds()) {
            attempt("bond " + bondId, () -> ledger.bonds().get(bondId)).ifPresent(bonds::add);
        }
        for (String tokenId : market.depositTokens()) {
            attempt("deposit token " + tokenId, () -> ledger.cash().token(tokenId)).ifPresent(tokens::add);
        }
        for (String projectId : market.carbonProjects()) {
            attempt("carbon project " + projectId, () -> ledger.credits().projectLedger(projectId))
                    .ifPresent(creditLedgers::add);
        }
    }

    private void readMovements(GreenLedger ledger) {
        for (Bond bond : bonds) {
            readMovementsOf(ledger, bond.bondId(), AssetClass.GREEN_BOND, bond.terms().currency());
        }
        for (DepositToken token : tokens) {
            readMovementsOf(ledger, token.tokenId(), AssetClass.DEPOSIT_TOKEN, token.currency());
        }
        movements.sort(java.util.Comparator.comparing(m -> m.moved().at()));
    }

    private void readMovementsOf(GreenLedger ledger, String assetId, AssetClass assetClass, Currency currency) {
        if (historyRefused) {
            return;
        }
        String bookmark = "";
        for (int page = 0; page < MAX_PAGES_PER_ASSET; page++) {
            MovementPage read;
            try {
                read = ledger.history().assetMovements(assetId, Query.MAX_PAGE_SIZE, bookmark);
            } catch (RejectedException e) {
                historyRefused = e.code() == ErrorCode.NOT_AUTHORIZED;
                notes.add("movements of " + assetId + ": " + e.code() + ": " + e.reason());
                return;
            }
            read.movements().forEach(m -> movements.add(new Movement(m, assetClass, currency)));
            bookmark = read.bookmark();
            if (bookmark == null || bookmark.isEmpty()) {
                return;
            }
        }
        notes.add("movements of " + assetId + ": only the first " + MAX_PAGES_PER_ASSET * Query.MAX_PAGE_SIZE
                + " are counted");
    }

    /** Every cap the regulator set, by class then currency (one read, open to every member). */
    private void readCaps(GreenLedger ledger) {
        try {
            ledger.compliance().sandboxCaps().forEach(cap -> caps.put(new CapKey(cap.assetClass(), cap.currency()), cap));
        } catch (RejectedException e) {
            notes.add("sandbox caps: " + e.code() + ": " + e.reason());
        }
    }

    /**
     * The chaincode's own totals (the figures the caps are checked against), per class, currency and
     * issuer; the ledger shows them to the registry and the regulator only.
     */
    private void readOutstanding(GreenLedger ledger) {
        List<org.greenledger.chaincode.api.compliance.Outstanding> totals;
        try {
            totals = ledger.compliance().outstanding();
        } catch (RejectedException e) {
            outstandingRefused = e.code() == ErrorCode.NOT_AUTHORIZED;
            notes.add("outstanding totals: " + e.code() + ": " + e.reason());
            return;
        }
        for (var total : totals) {
            classTotals.put(new CapKey(total.assetClass(), total.currency()), total.outstandingMinor());
            total.issuers().forEach(i -> outstanding.add(new Outstanding(total.assetClass(), i.issuerMspId(),
                    total.currency(), i.outstandingMinor())));
        }
    }

    /** Outstanding per class and currency, over issuers, as the ledger totals it. */
    Map<CapKey, Long> outstandingByClass() {
        return java.util.Collections.unmodifiableMap(classTotals);
    }

    private <T> java.util.Optional<T> attempt(String what, Supplier<T> read) {
        try {
            return java.util.Optional.of(read.get());
        } catch (RejectedException e) {
            notes.add(what + ": " + e.code() + ": " + e.reason());
            return java.util.Optional.empty();
        }
    }
}
