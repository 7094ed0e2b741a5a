package org.greenledger.chaincode.contract.supervision;

import static org.greenledger.chaincode.api.Transaction.PROPOSE_FORCED_TRANSFER;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.ProposalStatus;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Replays;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.asset.Assets;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.movement.MovementCore;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Transfers ordered by a court. The regulator proposes one with the court order's hash; it runs
 * only when the asset's issuer or the sending account's custodian approves. Units are taken even
 * from a frozen or sanctioned account, but the receiver must still be allowed to hold them.
 */
@Contract(name = Contracts.FORCED_TRANSFERS, info = @Info(title = "GreenLedger forced transfers", version = "0.1.0"))
public final class ForcedTransferContract implements GreenLedgerContract {
    private static final String FORCED_TRANSFER = "forcedTransfer";
    private static final AccessPolicy REGULATOR_STAFF = AccessPolicy.orgWith(OrgRole.REGULATOR).users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER_STAFF = AccessPolicy.anyMember().users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ProposeForcedTransfer(GreenLedgerContext ctx, String requestJson) {
        Caller caller = REGULATOR_STAFF.check(ctx);
        ForcedTransferRequest request = Requests.decode(requestJson, PROPOSE_FORCED_TRANSFER);
        return Replays.once(ctx, PROPOSE_FORCED_TRANSFER, request.requestId(), request, () -> {
                    AssetRules asset = Assets.get(ctx.ledger(), request.assetId());
                    new AccountBook(ctx.ledger()).get(request.fromAccountId());
                    new AccountBook(ctx.ledger()).get(request.toAccountId());
                    new MovementCore(ctx.ledger()).requireSeizable(asset, request.fromAccountId(), request.units());
                    ForcedTransfer proposal = new ForcedTransfer(ctx.ledger().txId(), request, caller.mspId(),
                            ctx.ledger().now(), ProposalStatus.PENDING, null, null);
                    ctx.ledger().write(ctx.ledger().key(FORCED_TRANSFER, proposal.proposalId()), proposal);
                    ctx.ledger().emit(EventType.FORCED_TRANSFER_PROPOSED, proposal);
                    return proposal;
                });
    }

    /** Approves and executes a pending forced transfer (the asset's issuer or the sender's custodian). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String ApproveForcedTransfer(GreenLedgerContext ctx, String proposalId) {
        Caller caller = MEMBER_STAFF.check(ctx);
        ForcedTransfer proposal = find(ctx, proposalId);
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new ContractError(ErrorCode.INVALID_STATE, "forced transfer " + proposalId + " is " + proposal.status());
        }
        ForcedTransferRequest request = proposal.request();
        AssetRules asset = Assets.get(ctx.ledger(), request.assetId());
        Account sender = new AccountBook(ctx.ledger()).get(request.fromAccountId());
        if (!caller.mspId().equals(asset.issuerMspId()) && !caller.mspId().equals(sender.custodianMspId())) {
            throw ContractError.notAuthorized("only " + asset.issuerMspId() + " (issuer) or " + sender.custodianMspId()
                    + " (custodian) may approve this forced transfer");
        }
        new MovementCore(ctx.ledger()).courtOrder(asset, request.fromAccountId(), request.toAccountId(),
                request.units(), "court order " + request.courtOrderHash());
        ForcedTransfer executed = proposal.approved(caller.mspId(), ctx.ledger().now());
        ctx.ledger().write(ctx.ledger().key(FORCED_TRANSFER, proposalId), executed);
        ctx.ledger().emit(EventType.FORCED_TRANSFER_EXECUTED, executed);
        return Json.encode(executed);
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String GetForcedTransfer(GreenLedgerContext ctx, String proposalId) {
        MEMBER.check(ctx);
        return Json.encode(find(ctx, proposalId));
    }

    private static ForcedTransfer find(GreenLedgerContext ctx, String proposalId) {
        Requests.id("proposalId", proposalId, Check.ID);
        return ctx.ledger().read(ctx.ledger().key(FORCED_TRANSFER, proposalId), ForcedTransfer.class)
                .orElseThrow(() -> ContractError.notFound("forced transfer", proposalId));
    }
}
