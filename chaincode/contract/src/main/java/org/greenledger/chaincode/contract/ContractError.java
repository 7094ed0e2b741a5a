package org.greenledger.chaincode.contract;

import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A refused transaction. The response message is {@code "CODE: message"} (see
 * {@link ErrorCode#format}); the payload is the code alone. Fabric discards the write set of a
 * refused transaction, so nothing it did is kept.
 */
public final class ContractError extends ChaincodeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public ContractError(ErrorCode code, String message) {
        super(code.format(message), code.name());
        this.code = code;
    }

    public static ContractError of(GreenLedgerError error) {
        String message = error.getMessage().substring(error.code().name().length() + 2);
        return new ContractError(error.code(), message);
    }

    /** Runs a domain rule (record constructors, lifecycle steps), turning its refusal into a ContractError. */
    public static <T> T enforce(java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (GreenLedgerError e) {
            throw of(e);
        }
    }

    public ErrorCode code() {
        return code;
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
