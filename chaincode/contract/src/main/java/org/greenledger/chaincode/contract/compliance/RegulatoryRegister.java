package org.greenledger.chaincode.contract.compliance;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.MeasureKind;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * The regulator's standing measures in world state, one key each: sanctions by account, account
 * freezes, asset pauses, sandbox caps by asset class and currency, reporting thresholds by
 * currency. Movements read only the keys of the parties and asset they concern.
 */
public final class RegulatoryRegister {
    private static final String SANCTION = "sanction";
    private static final String ACCOUNT_FREEZE = "accountFreeze";
    private static final String ASSET_PAUSE = "assetPause";
    private static final String SANDBOX_CAP = "sandboxCap";
    private static final String REPORTING_THRESHOLD = "reportingThreshold";

    private final Ledger ledger;

    public RegulatoryRegister(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<RegulatoryRecord> sanction(String accountId) {
        return ledger.read(ledger.key(SANCTION, accountId), RegulatoryRecord.class);
    }

    public void listSanction(RegulatoryRecord record) {
        ledger.write(ledger.key(SANCTION, record.targetId()), record);
    }

    public void liftSanction(String accountId) {
        ledger.delete(ledger.key(SANCTION, accountId));
    }

    /** The freeze in force on an account, with its document hash. */
    public Optional<RegulatoryRecord> accountFreeze(String accountId) {
        return ledger.read(ledger.key(ACCOUNT_FREEZE, accountId), RegulatoryRecord.class);
    }

    public void recordAccountFreeze(RegulatoryRecord record) {
        ledger.write(ledger.key(ACCOUNT_FREEZE, record.targetId()), record);
    }

    public void clearAccountFreeze(String accountId) {
        ledger.delete(ledger.key(ACCOUNT_FREEZE, accountId));
    }

    public Optional<RegulatoryRecord> pause(String assetId) {
        return ledger.read(ledger.key(ASSET_PAUSE, assetId), RegulatoryRecord.class);
    }

    public void pause(RegulatoryRecord record) {
        ledger.write(ledger.key(ASSET_PAUSE, record.targetId()), record);
    }

    public void unpause(String assetId) {
        ledger.delete(ledger.key(ASSET_PAUSE, assetId));
    }

    public Optional<SandboxCap> sandboxCap(AssetClass assetClass, Currency currency) {
        return ledger.read(ledger.key(SANDBOX_CAP, assetClass.name(), currency.code()), SandboxCap.class);
    }

    public void save(SandboxCap cap) {
        ledger.write(ledger.key(SANDBOX_CAP, cap.assetClass().name(), cap.currency().code()), cap);
    }

    public Optional<ReportingThreshold> reportingThreshold(Currency currency) {
        return ledger.read(ledger.key(REPORTING_THRESHOLD, currency.code()), ReportingThreshold.class);
    }

    /** Sanctions, account freezes or asset pauses in force, a page at a time in target id order (read-only transactions only). */
    public Ledger.Page<RegulatoryRecord> measures(MeasureKind kind, int pageSize, String bookmark) {
        String type = switch (kind) {
            case SANCTION -> SANCTION;
            case ACCOUNT_FREEZE -> ACCOUNT_FREEZE;
            case ASSET_PAUSE -> ASSET_PAUSE;
        };
        return ledger.page(pageSize, bookmark, RegulatoryRecord.class, type);
    }

    /** Every sandbox cap, by asset class then currency code. */
    public List<SandboxCap> sandboxCaps() {
        return ledger.readAll(SANDBOX_CAP, SandboxCap.class);
    }

    /** Every reporting threshold, by currency code. */
    public List<ReportingThreshold> reportingThresholds() {
        return ledger.readAll(REPORTING_THRESHOLD, ReportingThreshold.class);
    }

    public void save(ReportingThreshold threshold) {
        ledger.write(ledger.key(REPORTING_THRESHOLD, threshold.currency().code()), threshold);
    }
}
