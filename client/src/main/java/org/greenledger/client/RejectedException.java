package org.greenledger.client;

import org.greenledger.chaincode.api.ErrorCode;

/**
 * The chaincode refused the transaction: nothing was written. {@link #code()} is the stable
 * reason (for example {@link ErrorCode#NOT_AUTHORIZED} or {@link ErrorCode#KYC_EXPIRED}).
 */
public class RejectedException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RejectedException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Why the chaincode refused the transaction. */
    public ErrorCode code() {
        return code;
    }
}
