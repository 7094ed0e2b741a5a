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
 * blocks never conflict; retired serials never move again ({@code CREDITS_RETIRED}).
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
    /** Issues a verified report's credits (the REGISTRY that registered the project). */
    CreditIssuance issue(IssueCreditsRequest request);

    /** Imports credits cancelled in an external registry (the REGISTRY); the import id is the request id. */
    CreditIssuance importCredits(ImportCreditsRequest request);

    /** Transfers the first serials of a block (the holder's bank); the transfer id is the request id. */
    CreditsMoved transfer(TransferCreditsRequest request);

    /** Retires the first serials of a block for a beneficiary (the holder's bank); returns the certificate. */
    RetirementCertificate retire(RetireCreditsRequest request);

    /** Cancels serials (the REGISTRY that registered the project). */
    CreditsMoved cancel(CancelCreditsRequest request);

    /** Records the host country's corresponding adjustment for a block of authorized units (the REGISTRY). */
    CreditBlock applyAdjustment(AdjustmentRequest request);

    /** Freezes one block (the REGULATOR): it neither moves nor retires until unfrozen. */
    CreditBlock freeze(BlockFreezeRequest request);

    CreditBlock unfreeze(BlockFreezeRequest request);

    RetirementCertificate certificate(String retirementId);

    /** The account's active blocks (its bank and the overseers; the buffer pool is public). */
    List<CreditBlock> blocks(String accountId);

    /** A project's issuances, retirement certificates and cancellations. */
    ProjectCreditLedger projectLedger(String projectId);

    /** The credits attributable to a green bond through the projects it finances, and those it claimed. */
    BondCredits bondCredits(String bondId);
}
