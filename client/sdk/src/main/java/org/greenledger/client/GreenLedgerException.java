package org.greenledger.client;

/**
 * A GreenLedger call failed. Subclasses say how: {@link RejectedException} (refused, with a stable
 * code), {@link NotCommittedException} (ordered but invalidated at commit),
 * {@link UnfinishedCallException} (stopped by its deadline or cancelled), or this class itself for
 * a failure to reach or hear from the network, or an answer the SDK cannot read.
 */
public class GreenLedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure described by {@code message}, caused by {@code cause}.
     *
     * @param message what failed, with what the caller needs to act on it (the call, the peer)
     * @param cause   the underlying failure (a fabric-gateway or gRPC exception, an interrupt),
     *                or null if there is none
     */
    public GreenLedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
