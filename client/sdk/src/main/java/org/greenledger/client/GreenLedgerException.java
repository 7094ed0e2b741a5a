package org.greenledger.client;

/**
 * A GreenLedger call failed. Subclasses say how: {@link RejectedException} (the chaincode refused
 * it, with a stable code), {@link NotCommittedException} (ordered but invalidated at commit), or
 * this class itself for a failure to reach or hear from the network.
 */
public class GreenLedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GreenLedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
