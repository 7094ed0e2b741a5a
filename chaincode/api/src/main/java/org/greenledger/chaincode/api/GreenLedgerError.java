package org.greenledger.chaincode.api;

import java.util.Objects;

/**
 * A rule of the chaincode was broken: carries the stable {@link ErrorCode} and the reason for
 * humans. Thrown by the validation in request and record constructors; the chaincode turns it
 * into a {@link Refusal}, the client SDK into a refusal made before anything was sent.
 */
public class GreenLedgerError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String reason;

    public GreenLedgerError(ErrorCode code, String reason) {
        super(code + ": " + Objects.requireNonNull(reason, "reason"));
        this.code = code;
        this.reason = reason;
    }

    /** The stable reason code. */
    public ErrorCode code() {
        return code;
    }

    /** The reason in words, without the code. */
    public String reason() {
        return reason;
    }

    /** An {@link ErrorCode#INVALID_ARGUMENT} error about one field. */
    public static GreenLedgerError invalid(String field, String problem) {
        return new GreenLedgerError(ErrorCode.INVALID_ARGUMENT, field + " " + problem);
    }
}
