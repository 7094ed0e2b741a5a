package org.greenledger.chaincode.contract;

import java.util.regex.Pattern;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Transaction;

/** Turns transaction arguments into validated values, or refuses them with their error code. */
public final class Requests {
    private Requests() {
    }

    /**
     * The request of {@code transaction}, decoded from the JSON argument its contract method received:
     * the catalog entry names the request type for the client and the contract alike.
     *
     * @throws ContractError MALFORMED_REQUEST or INVALID_ARGUMENT
     */
    public static <Q> Q decode(String json, Transaction<Q, ?> transaction) {
        try {
            return transaction.request(json);
        } catch (GreenLedgerError e) {
            throw ContractError.of(e);
        }
    }

    /** The constant of {@code type} named {@code value}, or INVALID_ARGUMENT listing the names. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ContractError.of(GreenLedgerError.invalid(field, "must be one of "
                + java.util.Arrays.toString(type.getEnumConstants()) + " but was '" + value + "'"));
    }

    /**
     * An optional enum argument (a filter): the empty string for none, else the constant of
     * {@code type} named {@code value}, or INVALID_ARGUMENT listing the names.
     */
    public static <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
        return value == null || value.isEmpty() ? null : enumValue(field, value, type);
    }

    /** An optional text argument (a filter): null for the empty string, else the value as it is. */
    public static String optional(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public static String id(String field, String value, Pattern pattern) {
        try {
            return Check.matches(field, value, pattern);
        } catch (GreenLedgerError e) {
            throw ContractError.of(e);
        }
    }
}
