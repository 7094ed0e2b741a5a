package org.greenledger.client;

/**
 * The transaction was endorsed and ordered, but the peers marked it invalid when committing it
 * (for example {@code ENDORSEMENT_POLICY_FAILURE} or {@code MVCC_READ_CONFLICT}): nothing it
 * wrote is in world state.
 */
public class NotCommittedException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    /** The invalidated transaction's id. */
    private final String transactionId;
    /** Fabric's validation code, by name. */
    private final String validationCode;

    /**
     * A transaction invalidated at commit. The SDK throws it for a write that failed validation
     * (after its retries, for a replay-safe write that lost a read conflict) and from
     * {@link OfflineSigning#awaitCommit}; public so that a caller's fakes can throw it too.
     *
     * @param transactionId  the id of the invalidated transaction
     * @param validationCode Fabric's {@code TxValidationCode} by name, such as {@code MVCC_READ_CONFLICT}
     * @param cause          fabric-gateway's {@code CommitException}, or null if there is none
     */
    public NotCommittedException(String transactionId, String validationCode, Throwable cause) {
        super("transaction " + transactionId + " was not committed: " + validationCode, cause);
        this.transactionId = transactionId;
        this.validationCode = validationCode;
    }

    /**
     * The invalidated transaction's id, to find it in a block or the peers' logs.
     *
     * @return the transaction id
     */
    public String transactionId() {
        return transactionId;
    }

    /**
     * Fabric's validation code, such as {@code ENDORSEMENT_POLICY_FAILURE}: why the peers marked
     * the transaction invalid.
     *
     * @return the {@code TxValidationCode}'s name
     */
    public String validationCode() {
        return validationCode;
    }
}
