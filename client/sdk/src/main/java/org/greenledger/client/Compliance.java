package org.greenledger.client;

import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.holding.Holding;

/**
 * The regulator's powers: account and holding freezes, sanctions, asset pauses, court-ordered
 * transfers (with the issuer's or custodian's approval), sandbox caps, reporting thresholds. Writes need a user of a REGULATOR org ({@code gl.role} operator or
 * admin); every action names the SHA-256 of the document that grounds it. Reads are open to
 * members.
 */
public interface Compliance {
    Account freezeAccount(RegulatoryAction action);

    Account unfreezeAccount(RegulatoryAction action);

    RegulatoryRecord listSanction(RegulatoryAction action);

    RegulatoryRecord liftSanction(RegulatoryAction action);

    RegulatoryRecord pauseAsset(RegulatoryAction action);

    RegulatoryRecord unpauseAsset(RegulatoryAction action);

    /** Freezes part of a holding: the units stay with the holder but cannot move. */
    Holding freezeHolding(HoldingFreezeRequest request);

    Holding unfreezeHolding(HoldingFreezeRequest request);

    /** Proposes a court-ordered transfer (regulator); nothing moves until it is approved. */
    ForcedTransfer proposeForcedTransfer(ForcedTransferRequest request);

    /** Approves and executes a forced transfer (the asset's issuer or the sending account's custodian). */
    ForcedTransfer approveForcedTransfer(String proposalId);

    ForcedTransfer forcedTransfer(String proposalId);

    SandboxCap setSandboxCap(SandboxCap cap);

    ReportingThreshold setReportingThreshold(ReportingThreshold threshold);

    /** The account's sanctions listing; {@code NOT_FOUND} if it is not listed. */
    RegulatoryRecord sanction(String accountId);

    /** The asset's pause; {@code NOT_FOUND} if it is not paused. */
    RegulatoryRecord assetPause(String assetId);

    SandboxCap sandboxCap(AssetClass assetClass, String currency);

    ReportingThreshold reportingThreshold(String currency);
}
