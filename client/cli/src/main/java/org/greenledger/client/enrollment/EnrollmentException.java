package org.greenledger.client.enrollment;

/** A key could not be generated or enrolled, for a reason the message states. */
public final class EnrollmentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EnrollmentException(String message) {
        super(message);
    }

    EnrollmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
