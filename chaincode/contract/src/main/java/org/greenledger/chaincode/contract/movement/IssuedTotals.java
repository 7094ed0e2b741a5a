package org.greenledger.chaincode.contract.movement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.IssuerOutstanding;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Face value outstanding per asset class and currency, kept per issuer in {@value #SHARDS} shards:
 * only the issuer's own issuance and redemption write its keys, so issuers never conflict, and a
 * transaction updates the one shard its transaction id picks, so an issuer's concurrent mints
 * rarely meet on a key (one total per issuer made every mint of a bank conflict with the next).
 * The class total the sandbox cap limits is the sum over issuers and shards, read by range; so
 * where a cap is set, issuance in that class is serialized, which an exact cap needs.
 *
 * <p>Read for supervision ({@link #outstanding}, {@link #all}) by the same range, summed per issuer:
 * those reads write nothing and add nothing to the writes above.
 */
public final class IssuedTotals {
    private static final String ISSUED = "issued";
    static final int SHARDS = 16;

    private final Ledger ledger;

    public IssuedTotals(Ledger ledger) {
        this.ledger = ledger;
    }

    long classTotal(AssetClass assetClass, Currency currency) {
        long total = 0;
        for (Long issued : ledger.readAll(ISSUED, Long.class, assetClass.name(), currency.code())) {
            total = Sums.add("the asset class's issued total", total, issued);
        }
        return total;
    }

    /** The class total in the currency and each issuer's share, in MSP ID order (zero when none issued). */
    public Outstanding outstanding(AssetClass assetClass, Currency currency) {
        List<Outstanding> found = sum(ledger.readAllKeyed(ISSUED, Long.class, assetClass.name(), currency.code()));
        return found.isEmpty() ? new Outstanding(assetClass, currency, 0, List.of()) : found.get(0);
    }

    /** Every class and currency that was ever issued in, in key order (class, then currency code). */
    public List<Outstanding> all() {
        return sum(ledger.readAllKeyed(ISSUED, Long.class));
    }

    /** Shards summed per class, currency and issuer, in key order. */
    private List<Outstanding> sum(SortedMap<String, Long> shards) {
        Map<List<String>, SortedMap<String, Long>> byClass = new LinkedHashMap<>();
        shards.forEach((key, issued) -> {
            List<String> parts = List.of(ledger.keyPart(key, 0), ledger.keyPart(key, 1));
            byClass.computeIfAbsent(parts, p -> new TreeMap<>()).merge(ledger.keyPart(key, 2), issued,
                    (a, b) -> Sums.add("the issuer's issued total", a, b));
        });
        List<Outstanding> totals = new ArrayList<>();
        byClass.forEach((classAndCurrency, issuers) -> {
            long total = 0;
            List<IssuerOutstanding> lines = new ArrayList<>();
            for (var issuer : issuers.entrySet()) {
                total = Sums.add("the asset class's issued total", total, issuer.getValue());
                lines.add(new IssuerOutstanding(issuer.getKey(), issuer.getValue()));
            }
            totals.add(new Outstanding(AssetClass.valueOf(classAndCurrency.get(0)),
                    Currency.of(classAndCurrency.get(1)), total, lines));
        });
        return totals;
    }

    void add(AssetClass assetClass, Currency currency, String issuerMspId, long faceValueMinor) {
        String shard = Integer.toString(Math.floorMod(ledger.txId().hashCode(), SHARDS));
        String key = ledger.key(ISSUED, assetClass.name(), currency.code(), issuerMspId, shard);
        long current = ledger.read(key, Long.class).orElse(0L);
        ledger.write(key, Sums.add("the issuer's issued total", current, faceValueMinor));
    }
}
