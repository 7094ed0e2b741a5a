package org.greenledger.client.console;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * What the ledger answers about a {@link Market}, read in one go for the overview and the reporting
 * pack: the bonds, deposit tokens and carbon projects' credit ledgers, every recorded movement of
 * the bonds and tokens (page by page, oldest first), the sandbox caps of their classes and
 * currencies, and the face value outstanding per class, issuer and currency. A read the ledger
 * refuses this org (a bank reading the regulator's history) is kept as a note with its code.
 */
final class MarketFigures {
    /** Movement pages read per asset at most (the ledger's largest page each). */
    static final int MAX_PAGES_PER_ASSET = 40;
    private static final Set<BondStatus> OUTSTANDING = EnumSet.of(BondStatus.ISSUED, BondStatus.MATURED,
            BondStatus.REDEEMING, BondStatus.DEFAULTED);

    /** A recorded movement with its asset's class and currency. */
    record Movement(UnitsMoved moved, AssetClass assetClass, Currency currency) {
    }

    /** Face value outstanding in one class, issuer and currency, over the market's assets. */
    record Outstanding(AssetClass assetClass, String issuerMspId, Currency currency, long faceValueMinor, int assets) {
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
    final List<String> notes = new ArrayList<>();
    boolean historyRefused;

    private MarketFigures() {
    }

    static MarketFigures read(GreenLedger ledger, Market market) {
        MarketFigures figures = new MarketFigures();
        figures.readAssets(ledger, market);
        figures.readMovements(ledger);
        figures.readCaps(ledger);
        figures.sumOutstanding();
        return figures;
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

    private void readCaps(GreenLedger ledger) {
        List<CapKey> keys = new ArrayList<>();
        bonds.forEach(b -> keys.add(new CapKey(AssetClass.GREEN_BOND, b.terms().currency())));
        tokens.forEach(t -> keys.add(new CapKey(AssetClass.DEPOSIT_TOKEN, t.currency())));
        for (CapKey key : keys.stream().distinct().toList()) {
            try {
                caps.put(key, ledger.compliance().sandboxCap(key.assetClass(), key.currency().code()));
            } catch (RejectedException e) {
                if (e.code() != ErrorCode.NOT_FOUND) {
                    notes.add("sandbox cap " + key.assetClass() + "/" + key.currency().code() + ": " + e.code() + ": "
                            + e.reason());
                }
            }
        }
    }

    /**
     * Bonds: units issued times the denomination while the bond is in circulation. Deposit tokens:
     * minted less burned, from the recorded movements (a mint has no sender, a burn no receiver).
     */
    private void sumOutstanding() {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (Bond bond : bonds) {
            if (OUTSTANDING.contains(bond.status()) && bond.issue() != null) {
                long face = Math.multiplyExact(bond.issue().unitsIssued(), bond.terms().denominationMinor());
                add(sums, AssetClass.GREEN_BOND, bond.terms().issuerMspId(), bond.terms().currency(), face);
            }
        }
        if (!historyRefused) {
            for (DepositToken token : tokens) {
                long face = 0;
                for (Movement m : movements) {
                    if (m.moved().assetId().equals(token.tokenId())) {
                        if (m.moved().fromAccountId() == null) {
                            face = Math.addExact(face, m.moved().faceValueMinor());
                        } else if (m.moved().toAccountId() == null) {
                            face = Math.subtractExact(face, m.moved().faceValueMinor());
                        }
                    }
                }
                add(sums, AssetClass.DEPOSIT_TOKEN, token.issuerMspId(), token.currency(), face);
            }
        }
        sums.forEach((key, value) -> outstanding.add(new Outstanding((AssetClass) key.get(0), (String) key.get(1),
                (Currency) key.get(2), value[0], (int) value[1])));
    }

    private static void add(Map<List<Object>, long[]> sums, AssetClass assetClass, String issuer, Currency currency,
            long face) {
        long[] sum = sums.computeIfAbsent(List.of(assetClass, issuer, currency), k -> new long[2]);
        sum[0] = Math.addExact(sum[0], face);
        sum[1]++;
    }

    /** Outstanding per class and currency, over issuers. */
    Map<CapKey, Long> outstandingByClass() {
        Map<CapKey, Long> out = new LinkedHashMap<>();
        outstanding.forEach(o -> out.merge(new CapKey(o.assetClass(), o.currency()), o.faceValueMinor(), Math::addExact));
        return out;
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
