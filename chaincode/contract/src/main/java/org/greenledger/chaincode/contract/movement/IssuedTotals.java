package org.greenledger.chaincode.contract.movement;

import org.greenledger.chaincode.api.compliance.AssetClass;
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
 */
final class IssuedTotals {
    private static final String ISSUED = "issued";
    static final int SHARDS = 16;

    private final Ledger ledger;

    IssuedTotals(Ledger ledger) {
        this.ledger = ledger;
    }

    long classTotal(AssetClass assetClass, Currency currency) {
        long total = 0;
        for (Long issued : ledger.readAll(ISSUED, Long.class, assetClass.name(), currency.code())) {
            total = Sums.add("the asset class's issued total", total, issued);
        }
        return total;
    }

    void add(AssetClass assetClass, Currency currency, String issuerMspId, long faceValueMinor) {
        String shard = Integer.toString(Math.floorMod(ledger.txId().hashCode(), SHARDS));
        String key = ledger.key(ISSUED, assetClass.name(), currency.code(), issuerMspId, shard);
        long current = ledger.read(key, Long.class).orElse(0L);
        ledger.write(key, Sums.add("the issuer's issued total", current, faceValueMinor));
    }
}
