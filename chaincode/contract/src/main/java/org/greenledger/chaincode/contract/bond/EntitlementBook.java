package org.greenledger.chaincode.contract.bond;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Record dates and holders' entitlements in world state: one key per fixed period, one key per
 * holder and period. The period number is zero-padded so that keys sort in schedule order.
 */
public final class EntitlementBook {
    private static final String RECORD = "couponRecord";
    private static final String ENTITLEMENT = "entitlement";

    private final Ledger ledger;

    public EntitlementBook(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<CouponRecord> record(String bondId, int period) {
        return ledger.read(ledger.key(RECORD, bondId, period(period)), CouponRecord.class);
    }

    public void save(CouponRecord record) {
        ledger.write(ledger.key(RECORD, record.bondId(), period(record.period())), record);
    }

    public List<Entitlement> entitlements(String bondId, int period) {
        return ledger.readAll(ENTITLEMENT, Entitlement.class, bondId, period(period));
    }

    public Optional<Entitlement> entitlement(String bondId, int period, String accountId) {
        return ledger.read(ledger.key(ENTITLEMENT, bondId, period(period), accountId), Entitlement.class);
    }

    public void save(Entitlement entitlement) {
        ledger.write(ledger.key(ENTITLEMENT, entitlement.bondId(), period(entitlement.period()), entitlement.accountId()),
                entitlement);
    }

    private static String period(int period) {
        return String.format(Locale.ROOT, "%04d", period);
    }
}
