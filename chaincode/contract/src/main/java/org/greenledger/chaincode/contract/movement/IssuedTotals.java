package org.greenledger.chaincode.contract.movement;

import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Face value outstanding per asset class and currency, kept per issuer: only the issuer's own
 * issuance and redemption write its key, so issuers never conflict; the class total the sandbox
 * cap limits is the sum over issuers, read by range.
 */
final class IssuedTotals {
    private static final String ISSUED = "issued";

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
        String key = ledger.key(ISSUED, assetClass.name(), currency.code(), issuerMspId);
        long current = ledger.read(key, Long.class).orElse(0L);
        ledger.write(key, Sums.add("the issuer's issued total", current, faceValueMinor));
    }
}
