package org.greenledger.chaincode.contract.bond;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.bond.RunProgress;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Record dates and holders' entitlements in world state: one key per fixed period, one key per
 * holder and period, one key per payment run of a period (its progress). The period number is
 * zero-padded so that keys sort in schedule order.
 */
public final class EntitlementBook {
    private static final String RECORD = "couponRecord";
    private static final String ENTITLEMENT = "entitlement";
    private static final String PAYMENT_RUN = "paymentRun";

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

    /** A chunk of a payment run: the entitlements of the next holders after {@code after}, at most {@code max}. */
    public Ledger.Chunk<Entitlement> entitlementsAfter(String bondId, int period, String after, int max) {
        return ledger.chunkAfter(ENTITLEMENT, Entitlement.class, after, max, bondId, period(period));
    }

    public Optional<Entitlement> entitlement(String bondId, int period, String accountId) {
        return ledger.read(ledger.key(ENTITLEMENT, bondId, period(period), accountId), Entitlement.class);
    }

    public void save(Entitlement entitlement) {
        ledger.write(ledger.key(ENTITLEMENT, entitlement.bondId(), period(entitlement.period()), entitlement.accountId()),
                entitlement);
    }

    /** How far the payment run under {@code requestId} has come, if it has begun. */
    public Optional<RunProgress> paymentRun(String bondId, int period, String requestId) {
        return ledger.read(ledger.key(PAYMENT_RUN, bondId, period(period), requestId), RunProgress.class);
    }

    public void savePaymentRun(String bondId, int period, String requestId, RunProgress progress) {
        ledger.write(ledger.key(PAYMENT_RUN, bondId, period(period), requestId), progress);
    }

    private static String period(int period) {
        return String.format(Locale.ROOT, "%04d", period);
    }
}
