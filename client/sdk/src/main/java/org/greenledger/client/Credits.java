package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.carbon.AdjustmentRequest;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BondCredits;
import org.greenledger.chaincode.api.carbon.CancelCreditsRequest;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.RetireCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;

/**
 * Carbon credits held as serial blocks. The registry issues a verified report's credits (the
 * buffer share at the end of the range) or imports credits naming their external range
 * ({@code DOUBLE_COUNTING} if any part came in before); a holder's bank transfers or retires the
 * first serials of one of its client's blocks, naming the block, so operations on different
 * blocks never conflict; retired serials never move again ({@code CREDITS_RETIRED}). Article 6
 * authorization and corresponding-adjustment status travel with the block.
 *
 * <p>Imports, transfers, retirements and cancellations carry a client-chosen id and are
 * replay-safe: the same request sent again returns the first result and moves nothing; the id
 * with another request, or from another org, is {@code REQUEST_ID_REUSED}. Writes need
 * {@code gl.role} {@code operator} or {@code admin}; transfers and retirements pass the movement
 * rules like any movement.
 *
 * <pre>{@code
 * CreditIssuance issued = registry.credits().issue(new IssueCreditsRequest("WIND-7", "MR-2027", 500, List.of(), null));
 * BlockRef block = new BlockRef("DEV-001", "WIND-7", 2027, issued.range().first());
 * bank.credits().transfer(new TransferCreditsRequest("T-1", block, "B1", 500));
 * RetirementCertificate cert = buyerBank.credits().retire(new RetireCreditsRequest("CERT-1",
 *         new BlockRef("B1", "WIND-7", 2027, issued.range().first()), 200, "Acme Airlines", RetirementPurpose.CORSIA, null));
 * }</pre>
 */
public interface Credits {
    /**
     * Issues a verified report's credits as one serial block of the report's vintage (the
     * REGISTRY that registered the project): the buffer share, rounded up, goes to the buffer
     * pool at the end of the range, the rest to the developer's account. Serials never overlap. A
     * report's credits are issued once; sending it again is refused.
     *
     * @param request the project, the verified report, the buffer share in basis points, the
     *                labels (CCP, CORSIA, ...) and the host country's letter of authorization (or null)
     * @return the issuance with its serial range and the tonnes delivered and buffered
     * @throws RejectedException {@code NOT_AUTHORIZED} for any other registry;
     *                           {@code INVALID_STATE} if the report is not verified or already
     *                           issued, or the project not REGISTERED
     */
    CreditIssuance issue(IssueCreditsRequest request);

    /**
     * Imports credits cancelled in an external registry (the REGISTRY that registered the
     * project), naming the external serial range, which can never be imported again. The import
     * id is the request id (replay-safe).
     *
     * @param request the import id, the project, vintage, external registry, project reference and
     *                range, the cancellation's hash, the receiving account, labels and authorization
     * @return the issuance with the serials given on this ledger
     * @throws RejectedException {@code DOUBLE_COUNTING} if any external serial came in before;
     *                           {@code REQUEST_ID_REUSED}; {@code NOT_AUTHORIZED} for any other
     *                           registry; a movement rule's code for the receiving account
     */
    CreditIssuance importCredits(ImportCreditsRequest request);

    /**
     * Transfers the first serials of a block (the holder's custodian bank); the block splits and
     * the rest stays. The first transfer of Article 6 authorized units is recorded. The transfer id
     * is the request id (replay-safe).
     *
     * @param request the transfer id, the block, the receiving account and the tonnes
     * @return the serials moved, from and to whom
     * @throws RejectedException {@code CREDITS_RETIRED} for retired or cancelled serials;
     *                           {@code INSUFFICIENT_UNITS} if the block holds fewer tonnes;
     *                           {@code NOT_FOUND} for an unknown block; {@code NOT_AUTHORIZED} for
     *                           another bank's client or the buffer pool;
     *                           {@code REQUEST_ID_REUSED}; a movement rule's code
     */
    CreditsMoved transfer(TransferCreditsRequest request);

    /**
     * Retires the first serials of a block for a beneficiary and purpose (the holder's custodian
     * bank): voluntary, NDC, CORSIA, or a green bond's impact claim, which needs the bond to
     * finance the project and stay within its attributable share. Retired serials never move
     * again. The retirement id is the request id (replay-safe).
     *
     * @param request the retirement id, the block, the tonnes, the beneficiary, the purpose and,
     *                for a bond impact claim, the bond
     * @return the retirement certificate with its serial range
     * @throws RejectedException {@code CREDITS_RETIRED}; {@code INSUFFICIENT_UNITS};
     *                           {@code DOUBLE_COUNTING} for a bond claiming more than its share;
     *                           {@code INVALID_ARGUMENT} for a bond that does not finance the
     *                           project; {@code REQUEST_ID_REUSED}; a movement rule's code
     */
    RetirementCertificate retire(RetireCreditsRequest request);

    /**
     * Cancels serials (the REGISTRY that registered the project), for an export to another
     * registry, a reversal or a correction. The cancellation id is the request id (replay-safe).
     *
     * @param request the cancellation id, the block, the tonnes and the reason's hash
     * @return the serials cancelled
     * @throws RejectedException {@code CREDITS_RETIRED}; {@code INSUFFICIENT_UNITS};
     *                           {@code NOT_AUTHORIZED} for any other registry; {@code REQUEST_ID_REUSED}
     */
    CreditsMoved cancel(CancelCreditsRequest request);

    /**
     * Records the host country's corresponding adjustment for a block of authorized units, from
     * PENDING to APPLIED (the REGISTRY that registered the project).
     *
     * @param request the block and the evidence's hash
     * @return the block with its adjustment APPLIED
     * @throws RejectedException {@code INVALID_STATE} unless the adjustment is PENDING;
     *                           {@code NOT_AUTHORIZED} for any other registry
     */
    CreditBlock applyAdjustment(AdjustmentRequest request);

    /**
     * Freezes one block (a REGULATOR org): it neither moves nor retires until unfrozen.
     *
     * @param request the block and the decision's hash
     * @return the block, frozen
     * @throws RejectedException {@code INVALID_STATE} if it is frozen already;
     *                           {@code CREDITS_RETIRED} for retired or cancelled serials
     */
    CreditBlock freeze(BlockFreezeRequest request);

    /**
     * Unfreezes a block (a REGULATOR org).
     *
     * @param request the block and the decision's hash
     * @return the block, free to move
     * @throws RejectedException {@code INVALID_STATE} if it is not frozen
     */
    CreditBlock unfreeze(BlockFreezeRequest request);

    /**
     * Reads a retirement certificate (every member).
     *
     * @param retirementId the retirement's id
     * @return the certificate: serials, holder, beneficiary, purpose, Article 6 status
     * @throws RejectedException {@code NOT_FOUND} for an unknown retirement
     */
    RetirementCertificate certificate(String retirementId);

    /**
     * The account's active blocks (its custodian bank and the overseers; the buffer pool is
     * public).
     *
     * @param accountId the holder's account, or the buffer pool
     * @return its active blocks
     * @throws RejectedException {@code NOT_AUTHORIZED} for another bank's client;
     *                           {@code NOT_FOUND} for an unknown account
     */
    List<CreditBlock> blocks(String accountId);

    /**
     * A project's issuance and retirement ledger: its issuances, retirement certificates and
     * cancellations.
     *
     * @param projectId the carbon project
     * @return the project's credit ledger, read now
     * @throws RejectedException {@code NOT_FOUND} for an unknown project
     */
    ProjectCreditLedger projectLedger(String projectId);

    /**
     * The credits attributable to a green bond through the projects it finances, and those it
     * claimed as its impact.
     *
     * @param bondId the bond's ISIN
     * @return per carbon project, the bond's attributable tonnes and its claims
     * @throws RejectedException {@code NOT_FOUND} for an unknown bond
     */
    BondCredits bondCredits(String bondId);
}
