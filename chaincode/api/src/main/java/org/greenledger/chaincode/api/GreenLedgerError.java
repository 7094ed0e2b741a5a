package org.greenledger.chaincode.api;

import java.util.Objects;

/**
 * A rule of the chaincode was broken: carries the stable {@link ErrorCode} and a message for
 * humans. Thrown by the validation in request and record constructors; the chaincode turns it
 * into a transaction error, the client SDK into a typed exception.
 */
public class GreenLedgerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public GreenLedgerError(ErrorCode code, String message) {
        super(code.format(Objects.requireNonNull(message, "message")));
        this.code = code;
    }

    /** The stable reason code. */
    public ErrorCode code() {
        return code;
    }

    /** An {@link ErrorCode#INVALID_ARGUMENT} error about one field. */
    public static GreenLedgerError invalid(String field, String problem) {
        return new GreenLedgerError(ErrorCode.INVALID_ARGUMENT, field + " " + problem);
    }
}
