package org.greenledger.client;

import java.util.Objects;

/**
 * A key held in an HSM (a PKCS#11 token) could not be used, for a reason the operator can fix;
 * the message says what to fix. The PKCS#11 module's own error, if any, is the cause.
 *
 * @see Pkcs11Token
 */
public final class HsmException extends GreenLedgerException {
    private static final long serialVersionUID = 1L;

    /** Why the key could not be used. */
    public enum Reason {
        /** The PKCS#11 library is missing, or is not a PKCS#11 module this JVM can load. */
        LIBRARY_MISSING,
        /** No initialised token in the slot given. */
        TOKEN_MISSING,
        /** The token refused the user PIN. */
        WRONG_PIN,
        /** The token locked its user PIN after too many wrong ones; its security officer must unlock it. */
        PIN_LOCKED,
        /** No key under the label given in the token. */
        KEY_MISSING,
        /** The key is not an ECDSA key, which Fabric requires, or its certificate does not match it. */
        UNSUITABLE_KEY,
        /** The key holds only the self-signed placeholder from its generation: it is not enrolled with a CA yet. */
        NOT_ENROLLED,
        /** The token could not sign (removed, or its session closed). */
        SIGNING_FAILED
    }

    /** Why the key could not be used. */
    private final Reason reason;

    HsmException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    HsmException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * Why the key could not be used, for a caller that reacts differently to each (asks for the
     * PIN again on {@link Reason#WRONG_PIN}, for example).
     *
     * @return the reason; the message says the same in words, with what to fix
     */
    public Reason reason() {
        return reason;
    }
}
