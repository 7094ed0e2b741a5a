package org.greenledger.client;

import java.util.Optional;

/**
 * The call did not finish: its deadline passed (see {@link GreenLedger#withDeadline}) or it was
 * cancelled (its thread interrupted, or the {@code io.grpc.Context} it ran in cancelled). Nothing
 * was refused. What matters next is {@link #mayStillCommit()}:
 * <ul>
 * <li>false: the transaction never reached the orderers (a read, or a write stopped while it was
 *     being endorsed or before it was sent again): it will not be applied, and sending it again
 *     is safe;</li>
 * <li>true: the orderers may have it (stopped while it was being submitted, or while the SDK
 *     waited for its commit): it may be applied, or already is. A write with a request id can be
 *     sent again (the ledger gives back the first result); any other write must be checked
 *     first, for example by reading the record it changes, or by the event of its
 *     {@link #transactionId()}.</li>
 * </ul>
 */
public final class UnfinishedCallException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    private final boolean cancelled;
    private final boolean mayStillCommit;
    private final String transactionId;

    UnfinishedCallException(String call, boolean cancelled, boolean mayStillCommit, String transactionId,
            Throwable cause) {
        super(call + (cancelled ? " was cancelled" : " did not finish before its deadline")
                + (mayStillCommit ? "; transaction " + transactionId + " may still commit: check before sending it again"
                        : "; nothing reached the orderers: it will not commit"), cause);
        this.cancelled = cancelled;
        this.mayStillCommit = mayStillCommit;
        this.transactionId = transactionId;
    }

    /** Whether the call was cancelled; false: its deadline passed (the caller's, or the Gateway's own). */
    public boolean cancelled() {
        return cancelled;
    }

    /** Whether the transaction may still be, or already be, committed (see the class comment). */
    public boolean mayStillCommit() {
        return mayStillCommit;
    }

    /** The transaction's id, once it had one (empty for a read). */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }
}
