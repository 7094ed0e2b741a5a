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

    /** Whether the call was cancelled rather than out of time. */
    private final boolean cancelled;
    /** Whether the orderers may have the transaction. */
    private final boolean mayStillCommit;
    /** The transaction's id; null for a read, or a write stopped between two attempts. */
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

    /**
     * Whether the call was cancelled, or ran out of time.
     *
     * @return true if its thread was interrupted or its {@code io.grpc.Context} cancelled; false
     *         if its deadline passed (the caller's, or the Gateway's own)
     */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * Whether the transaction may still be, or already be, committed (see the class comment).
     *
     * @return true if the call stopped while submitting or waiting for the commit; false if
     *         nothing reached the orderers, so the transaction will not be applied
     */
    public boolean mayStillCommit() {
        return mayStillCommit;
    }

    /**
     * The transaction's id, once it had one, to look for its commit.
     *
     * @return the id of the unfinished write's current attempt; empty for a read, or for a write
     *         cancelled while it paused between two attempts (nothing of it can commit then)
     */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }
}
