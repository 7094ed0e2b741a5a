package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.holding.Holding;

/**
 * The regulator's powers: account and holding freezes, sanctions, asset pauses, court-ordered
 * transfers (with the issuer's or custodian's approval), sandbox caps, reporting thresholds.
 * Writes need a user of a REGULATOR org ({@code gl.role} {@code operator} or {@code admin}),
 * except {@link #approveForcedTransfer}; any other caller gets {@code NOT_AUTHORIZED}. Every
 * action names the SHA-256 of the document that grounds it (a decision, a court order). Reads
 * are open to every member, except an account's freeze (its custodian, the registry and the
 * regulator), the list of account freezes and the outstanding totals (the registry and the
 * regulator).
 *
 * <p>The effects reach every later movement through the movement rules: a frozen account is
 * refused with {@code ACCOUNT_FROZEN}, a listed one with {@code SANCTIONED}, a paused asset with
 * {@code ASSET_PAUSED}, a cap with {@code SANDBOX_CAP_EXCEEDED}, frozen units are not counted
 * (so {@code INSUFFICIENT_UNITS}). Only {@link #proposeForcedTransfer} carries a request id and is
 * replay-safe; the other writes change a state that a second attempt finds changed and refuses.
 *
 * <pre>{@code
 * regulator.compliance().freezeAccount(new RegulatoryAction("INV-0001", decisionSha256));
 * regulator.compliance().setSandboxCap(new SandboxCap(AssetClass.GREEN_BOND, Currency.of("VND"),
 *         5_000_000_000L, 500_000_000_000L));
 * ForcedTransfer order = regulator.compliance().proposeForcedTransfer(new ForcedTransferRequest(
 *         "CO-2027-7", isin, "INV-0001", "INV-0002", 10, courtOrderSha256));
 * bankA.compliance().approveForcedTransfer(order.proposalId());
 * }</pre>
 */
public interface Compliance {
    /**
     * Freezes an account: nothing moves in or out of it until it is unfrozen.
     *
     * @param action the account id and the hash of the decision
     * @return the account, FROZEN
     * @throws RejectedException {@code NOT_FOUND} for an unknown account; {@code INVALID_STATE}
     *                           unless it is ACTIVE
     */
    Account freezeAccount(RegulatoryAction action);

    /**
     * Lifts an account freeze.
     *
     * @param action the account id and the hash of the decision
     * @return the account, ACTIVE again
     * @throws RejectedException {@code NOT_FOUND} for an unknown account; {@code INVALID_STATE}
     *                           unless it is FROZEN
     */
    Account unfreezeAccount(RegulatoryAction action);

    /**
     * Puts an account on the sanctions list; the account need not exist yet (listing can come
     * first). A listed account can neither send nor receive.
     *
     * @param action the account id and the hash of the sanctions decision
     * @return the listing as recorded
     * @throws RejectedException {@code ALREADY_EXISTS} if the account is listed already
     */
    RegulatoryRecord listSanction(RegulatoryAction action);

    /**
     * Takes an account off the sanctions list.
     *
     * @param action the account id and the hash of the decision
     * @return the record of the lifting
     * @throws RejectedException {@code NOT_FOUND} if the account is not listed
     */
    RegulatoryRecord liftSanction(RegulatoryAction action);

    /**
     * Pauses an asset (a bond, a deposit token or a carbon project's credits): none of its units
     * moves until it is unpaused.
     *
     * @param action the asset id and the hash of the decision
     * @return the pause as recorded
     * @throws RejectedException {@code NOT_FOUND} for an unknown asset; {@code INVALID_STATE} if
     *                           it is paused already
     */
    RegulatoryRecord pauseAsset(RegulatoryAction action);

    /**
     * Lifts an asset's pause.
     *
     * @param action the asset id and the hash of the decision
     * @return the record of the lifting
     * @throws RejectedException {@code INVALID_STATE} if the asset is not paused
     */
    RegulatoryRecord unpauseAsset(RegulatoryAction action);

    /**
     * Freezes part of a holding of a bond or deposit token: the units stay with the holder but
     * cannot move until released.
     *
     * @param request the asset, the account, the units to set aside and the decision's hash
     * @return the holding afterwards, with its frozen units
     * @throws RejectedException {@code INSUFFICIENT_UNITS} if the holding has fewer unfrozen
     *                           units; {@code INVALID_ARGUMENT} for carbon credits (frozen by block
     *                           with {@link Credits#freeze}); {@code NOT_FOUND} for an unknown asset
     */
    Holding freezeHolding(HoldingFreezeRequest request);

    /**
     * Releases frozen units of a holding.
     *
     * @param request the asset, the account, the units to release and the decision's hash
     * @return the holding afterwards
     * @throws RejectedException {@code INVALID_STATE} if fewer units are frozen
     */
    Holding unfreezeHolding(HoldingFreezeRequest request);

    /**
     * Proposes a court-ordered transfer (REGULATOR); nothing moves until the asset's issuer or the
     * sending account's custodian approves. Replay-safe under its request id.
     *
     * @param request the request id, the asset, the accounts, the units and the court order's hash
     * @return the proposal, PENDING, with the proposal id to approve
     * @throws RejectedException {@code NOT_FOUND} for an unknown asset or account;
     *                           {@code INSUFFICIENT_UNITS} if the sender does not hold the units
     *                           (frozen ones count); {@code REQUEST_ID_REUSED}
     */
    ForcedTransfer proposeForcedTransfer(ForcedTransferRequest request);

    /**
     * Approves and executes a forced transfer: the asset's issuer or the sending account's
     * custodian ({@code gl.role} {@code operator} or {@code admin}), so that a court order needs
     * the regulator and one of them. Frozen units are taken first; the sender's freeze, sanction,
     * the asset's pause and lock-up do not stop it, but the receiver must still pass the rules.
     *
     * @param proposalId the proposal's id, from {@link #proposeForcedTransfer}
     * @return the forced transfer, executed
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other org; {@code INVALID_STATE} if
     *                           it is not PENDING; {@code INSUFFICIENT_UNITS}; a movement rule's
     *                           code for the receiver (for example {@code INVESTOR_NOT_ELIGIBLE})
     */
    ForcedTransfer approveForcedTransfer(String proposalId);

    /**
     * Reads a forced transfer: its request, who proposed and approved it, and its status.
     *
     * @param proposalId the proposal's id
     * @return the forced transfer
     * @throws RejectedException {@code NOT_FOUND} for an unknown proposal
     */
    ForcedTransfer forcedTransfer(String proposalId);

    /**
     * Sets, or replaces, the sandbox cap of an asset class in a currency: the most one movement
     * may carry and the most that may be outstanding in all.
     *
     * @param cap the asset class, the currency and both limits in minor units
     * @return the cap as recorded
     */
    SandboxCap setSandboxCap(SandboxCap cap);

    /**
     * Sets, or replaces, the face value from which a movement in a currency is reported (its
     * event is flagged as a large-movement report).
     *
     * @param threshold the currency and the threshold in minor units
     * @return the threshold as recorded
     */
    ReportingThreshold setReportingThreshold(ReportingThreshold threshold);

    /**
     * Reads the account's sanctions listing.
     *
     * @param accountId the account's id
     * @return the listing, with the decision's hash and who listed it
     * @throws RejectedException {@code NOT_FOUND} if the account is not listed
     */
    RegulatoryRecord sanction(String accountId);

    /**
     * Reads the asset's pause.
     *
     * @param assetId the asset's id
     * @return the pause, with the decision's hash and who paused it
     * @throws RejectedException {@code NOT_FOUND} if the asset is not paused
     */
    RegulatoryRecord assetPause(String assetId);

    /**
     * Reads the sandbox cap of an asset class in a currency.
     *
     * @param assetClass GREEN_BOND, DEPOSIT_TOKEN or CARBON_CREDIT
     * @param currency   the ISO 4217 code
     * @return the cap
     * @throws RejectedException {@code NOT_FOUND} if none is set; {@code INVALID_ARGUMENT} for an
     *                           unknown currency
     */
    SandboxCap sandboxCap(AssetClass assetClass, String currency);

    /**
     * Reads the reporting threshold of a currency.
     *
     * @param currency the ISO 4217 code
     * @return the threshold
     * @throws RejectedException {@code NOT_FOUND} if none is set; {@code INVALID_ARGUMENT} for an
     *                           unknown currency
     */
    ReportingThreshold reportingThreshold(String currency);

    /**
     * Reads the freeze in force on an account, with the hash of the decision that grounds it: for
     * the account's custodian, the registry and the regulator (as the account itself).
     *
     * @param accountId the account's id
     * @return the freeze, with the decision's hash, who froze it and when
     * @throws RejectedException {@code NOT_FOUND} for an unknown account or one not frozen;
     *                           {@code NOT_AUTHORIZED} for another bank
     */
    RegulatoryRecord accountFreeze(String accountId);

    /**
     * Lists the regulator's measures in force of one kind, a page at a time in target id order:
     * sanctions and asset pauses for every member, account freezes for the registry and the
     * regulator only (they name other banks' clients).
     *
     * @param query the kind, the page size (1 to 500) and the previous page's bookmark
     * @return the measures on this page, each with its document hash, and the bookmark of the
     *         next (empty after the last)
     * @throws RejectedException {@code NOT_AUTHORIZED} for account freezes asked by a bank or the
     *                           verifier; {@code INVALID_ARGUMENT} for a bookmark this query did
     *                           not give
     */
    MeasurePage measures(MeasureQuery query);

    /**
     * Lists every sandbox cap set, by asset class then currency. Open to every member.
     *
     * @return the caps; empty when none is set
     */
    List<SandboxCap> sandboxCaps();

    /**
     * Lists every reporting threshold set, by currency. Open to every member.
     *
     * @return the thresholds; empty when none is set
     */
    List<ReportingThreshold> reportingThresholds();

    /**
     * Reads the face value outstanding in an asset class and currency, the total its sandbox cap
     * is checked against, with each issuer's share, as the chaincode keeps it (issues and mints
     * add, burns and redemptions subtract). For the registry and the regulator: it adds up every
     * bank's issuance, deposit tokens included, which no bank may read of another.
     *
     * @param assetClass GREEN_BOND or DEPOSIT_TOKEN
     * @param currency   the ISO 4217 code
     * @return the total and each issuer's share; zero with no issuers when nothing was issued
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other org;
     *                           {@code INVALID_ARGUMENT} for CARBON_CREDIT (no face value) or an
     *                           unknown currency
     */
    Outstanding outstanding(AssetClass assetClass, String currency);

    /**
     * Reads the face value outstanding in every asset class and currency that was ever issued
     * in, as {@link #outstanding(AssetClass, String)}; for the registry and the regulator.
     *
     * @return one total per class and currency, by class then currency code
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other org
     */
    List<Outstanding> outstanding();
}
