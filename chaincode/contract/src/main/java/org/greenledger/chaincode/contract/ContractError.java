package org.greenledger.chaincode.contract;

import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Refusal;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A refused transaction. The shim answers with this exception's message and payload, and both
 * are the {@link Refusal}'s JSON: the message is what the Gateway passes on to the client. Fabric
 * discards the write set of a refused transaction, so nothing it did is kept.
 */
public final class ContractError extends ChaincodeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String reason;

    /** A refusal with {@code code}, explained by {@code reason} (see {@link Refusal} for its limits). */
    public ContractError(ErrorCode code, String reason) {
        this(new Refusal(code, reason));
    }

    private ContractError(Refusal refusal) {
        super(refusal.toJson(), refusal.toJsonBytes());
        this.code = refusal.code();
        this.reason = refusal.reason();
    }

    public static ContractError of(GreenLedgerError error) {
        return new ContractError(error.code(), error.reason());
    }

    /** Runs a domain rule (record constructors, lifecycle steps), turning its refusal into a ContractError. */
    public static <T> T enforce(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (GreenLedgerError e) {
            throw of(e);
        }
    }

    /** The stable reason code. */
    public ErrorCode code() {
        return code;
    }

    /** The reason in words, as the client reads it (the message is the whole refusal's JSON). */
    public String reason() {
        return reason;
    }

    public static ContractError notAuthorized(String message) {
        return new ContractError(ErrorCode.NOT_AUTHORIZED, message);
    }

    public static ContractError notFound(String what, String id) {
        return new ContractError(ErrorCode.NOT_FOUND, what + " '" + id + "' does not exist");
    }

    public static ContractError alreadyExists(String what, String id) {
        return new ContractError(ErrorCode.ALREADY_EXISTS, what + " '" + id + "' already exists");
    }
}
