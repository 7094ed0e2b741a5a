package org.greenledger.chaincode.contract.compliance;

import org.greenledger.chaincode.contract.Sums;

import java.time.LocalDate;
import org.greenledger.chaincode.api.compliance.SandboxCap;

/**
 * A proposed movement of units and everything the compliance rules look at, read at the
 * transaction's time. A movement with no sender creates units (issuance, a deposit); one with
 * no receiver destroys them (redemption, a withdrawal).
 *
 * @param asset                 the asset's rules
 * @param units                 units to move (positive)
 * @param sender                the sending side, or null when units are issued
 * @param receiver              the receiving side, or null when units are destroyed
 * @param assetPaused           whether the regulator paused the asset
 * @param cap                   the sandbox cap for the asset's class and currency, or null
 * @param classOutstandingMinor face value already outstanding in the asset's class and currency
 * @param today                 the transaction's date (UTC)
 */
public record MovementFacts(AssetRules asset, long units, Party sender, Party receiver, boolean assetPaused,
        SandboxCap cap, long classOutstandingMinor, LocalDate today) {
    /** The same movement after {@code faceValueMinor} more was issued earlier in the same transaction. */
    public MovementFacts withEarlierIssuance(long faceValueMinor) {
        return new MovementFacts(asset, units, sender, receiver, assetPaused, cap,
                Sums.add("the asset class's outstanding total", classOutstandingMinor, faceValueMinor), today);
    }

    public boolean issuance() {
        return sender == null;
    }

    public boolean destruction() {
        return receiver == null;
    }
}
