package org.greenledger.client.cli;

/** The CLI cannot do what it was asked, for a reason the operator can fix; printed without a trace. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
