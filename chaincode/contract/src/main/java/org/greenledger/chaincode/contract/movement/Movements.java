package org.greenledger.chaincode.contract.movement;

import java.util.List;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.compliance.RegulatoryRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * The record of every movement of units, for the regulator's full history of any asset or
 * account: one key per movement under the asset and one index key under each account, keyed by
 * time so that a range read returns them in order. Each movement writes its own new keys only.
 *
 * <p>Anyone reads; only {@link MovementCore} records.
 */
public final class Movements {
    private static final String BY_ASSET = "movement";
    private static final String BY_ACCOUNT = "movementByAccount";
    private static final String INDEX_MARKER = "\u0000";

    private final Ledger ledger;

    public Movements(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * The pseudo-account that holds a bond's subscription escrow in the record: a subscription
     * moves cash into it, the issue moves it on to the issuer or back to the investor. The colon
     * keeps it apart from every real account id.
     */
    public static String escrowOf(String bondId) {
        return "escrow:" + bondId;
    }

    /** Records a movement and returns it, flagged when the regulator's reporting threshold is reached. */
    UnitsMoved record(AssetRules asset, String from, String to, long units, String reference) {
        long faceValue = Sums.times("the movement's face value", units, asset.unitValueMinor());
        boolean reportable = asset.currency() != null && new RegulatoryRegister(ledger)
                .reportingThreshold(asset.currency()).map(t -> faceValue >= t.thresholdMinor()).orElse(false);
        String movementId = ledger.newId();
        String when = ledger.sortableTime();
        UnitsMoved moved = new UnitsMoved(asset.assetId(), from, to, units, faceValue, reference, reportable,
                ledger.txId(), ledger.now());
        ledger.write(ledger.key(BY_ASSET, asset.assetId(), when, movementId), moved);
        for (String account : new String[] {from, to}) {
            if (account != null) {
                ledger.write(ledger.key(BY_ACCOUNT, account, when, movementId, asset.assetId()), INDEX_MARKER);
            }
        }
        return moved;
    }

    /** The asset's movements, oldest first, one page at a time. Read-only transactions only. */
    public Ledger.Page<UnitsMoved> ofAsset(String assetId, int pageSize, String bookmark) {
        return ledger.page(pageSize, bookmark, UnitsMoved.class, BY_ASSET, assetId);
    }

    /** The account's movements in any asset, oldest first, one page at a time. */
    public Ledger.Page<UnitsMoved> ofAccount(String accountId, int pageSize, String bookmark) {
        Ledger.Page<List<String>> keys = ledger.keyPartsPage(pageSize, bookmark, BY_ACCOUNT, accountId);
        List<UnitsMoved> moves = keys.items().stream().map(parts -> ledger.read(
                ledger.key(BY_ASSET, parts.get(3), parts.get(1), parts.get(2)), UnitsMoved.class).orElseThrow()).toList();
        return new Ledger.Page<>(moves, keys.bookmark());
    }
}
