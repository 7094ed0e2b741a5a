package org.greenledger.chaincode.api.carbon;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.greenledger.chaincode.api.Check;

/**
 * Credits held as one block of serial numbers, like an unspent output: moving or retiring part
 * of it splits it, and the parts keep its labels and Article 6 data.
 *
 * @param range              the serial numbers
 * @param holderAccountId    who holds it (the pseudo-account {@code buffer:pool} for the buffer)
 * @param status             ACTIVE, RETIRED or CANCELLED
 * @param labels             labels, in declaration order
 * @param article6           authorization and corresponding-adjustment status
 * @param firstTransferTxId  for authorized units: the transaction of their first transfer (null before)
 * @param origin             how the serials came to the ledger: an issuance id or an import id
 * @param since              transaction time the block took this form
 * @param frozenBy           SHA-256 of the regulator's decision freezing the block (null if not
 *                           frozen): a frozen block neither moves nor retires
 */
public record CreditBlock(SerialRange range, String holderAccountId, BlockStatus status, List<CreditLabel> labels,
        Article6 article6, String firstTransferTxId, String origin, Instant since, String frozenBy) {
    /** The pseudo-account that holds a project's buffer pool (reversal risk); only the registry moves it. */
    public static final String BUFFER_POOL = "buffer:pool";

    public CreditBlock {
        Check.present("range", range);
        Check.present("holderAccountId", holderAccountId);
        Check.present("status", status);
        labels = labels.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(labels));
        Check.present("article6", article6);
        Check.present("origin", origin);
        Check.present("since", since);
    }

    public long quantity() {
        return range.quantity();
    }

    public String projectId() {
        return range.projectId();
    }

    /** The same units, now {@code range}, held by {@code holder} in {@code status}. */
    public CreditBlock as(SerialRange part, String holder, BlockStatus newStatus, String firstTransfer, Instant at) {
        return new CreditBlock(part, holder, newStatus, labels, article6, firstTransfer, origin, at, frozenBy);
    }

    public CreditBlock withArticle6(Article6 data, Instant at) {
        return new CreditBlock(range, holderAccountId, status, labels, data, firstTransferTxId, origin, at, frozenBy);
    }

    /** The block frozen by the regulator's decision {@code decisionHash}, or unfrozen ({@code null}). */
    public CreditBlock frozen(String decisionHash, Instant at) {
        return new CreditBlock(range, holderAccountId, status, labels, article6, firstTransferTxId, origin, at,
                decisionHash);
    }

    /** Units the regulator froze: all of them while the block is frozen, else none. */
    public long frozenQuantity() {
        return frozenBy == null ? 0 : quantity();
    }
}
