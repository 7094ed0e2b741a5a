package org.greenledger.client;

/**
 * The transaction was endorsed and ordered, but the peers marked it invalid when committing it
 * (for example {@code ENDORSEMENT_POLICY_FAILURE} or {@code MVCC_READ_CONFLICT}): nothing it
 * wrote is in world state.
 */
public class NotCommittedException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    private final String transactionId;
    private final String validationCode;

    public NotCommittedException(String transactionId, String validationCode, Throwable cause) {
        super("transaction " + transactionId + " was not committed: " + validationCode, cause);
        this.transactionId = transactionId;
        this.validationCode = validationCode;
    }

    public String transactionId() {
        return transactionId;
    }

    /** Fabric's validation code, such as {@code ENDORSEMENT_POLICY_FAILURE}. */
    public String validationCode() {
        return validationCode;
    }
}
