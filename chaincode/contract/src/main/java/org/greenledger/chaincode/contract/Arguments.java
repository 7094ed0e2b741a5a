package org.greenledger.chaincode.contract;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.ErrorCode;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * A transaction's arguments as they arrive, before the shim converts them: how many, how long,
 * which characters, numbers that are numbers. The shim would otherwise fail on a missing argument
 * with an uncoded error, ignore extra ones, and log every argument whole. Logs a bounded prefix.
 */
final class Arguments {
    /** No argument is longer: a request's JSON, bounded field by field by the codec, fits well within. */
    static final int MAX_ARGUMENT = 512 * 1024;
    private static final int LOGGED_PER_ARGUMENT = 120;
    private static final int LOGGED_ARGUMENTS = 5;
    private static final Logger LOG = Logger.getLogger(Arguments.class.getName());
    private static final Map<Class<?>, Map<String, Method>> TRANSACTIONS = new ConcurrentHashMap<>();

    private Arguments() {
    }

    /**
     * Refuses arguments that do not fit the transaction {@code function} of {@code contract}.
     *
     * @throws ContractError INVALID_ARGUMENT naming the transaction and the argument
     */
    static void check(Class<?> contract, String function, List<String> arguments, String txId) {
        String name = function.substring(function.indexOf(':') + 1);
        LOG.info(() -> logged(function) + " tx " + txId + " " + arguments.stream().limit(LOGGED_ARGUMENTS)
                .map(Arguments::logged).collect(Collectors.joining(", ", "[", arguments.size() > LOGGED_ARGUMENTS
                        ? ", ... (" + arguments.size() + " arguments)]" : "]")));
        Method method = TRANSACTIONS.computeIfAbsent(contract, Arguments::transactions).get(name);
        if (method == null) {
            return; // the shim answers an unknown transaction itself
        }
        Parameter[] parameters = method.getParameters();
        int expected = parameters.length - 1; // the context comes first
        if (arguments.size() != expected) {
            throw new ContractError(ErrorCode.INVALID_ARGUMENT, name + " takes " + expected + " argument"
                    + (expected == 1 ? "" : "s") + ", not " + arguments.size());
        }
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String which = "argument " + (i + 1) + " of " + name;
            if (argument.length() > MAX_ARGUMENT) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, which + " must be at most " + MAX_ARGUMENT
                        + " characters");
            }
            // JSON may be laid out with tabs and line breaks; no other control character belongs anywhere.
            if (argument.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, which + " must not contain control characters");
            }
            if (parameters[i + 1].getType() == int.class && !isInt(argument)) {
                throw new ContractError(ErrorCode.INVALID_ARGUMENT, which + " must be a whole number between 1 and "
                        + Integer.MAX_VALUE + ", not '" + logged(argument) + "'");
            }
        }
    }

    private static Map<String, Method> transactions(Class<?> contract) {
        Map<String, Method> byName = new ConcurrentHashMap<>();
        for (Method method : contract.getMethods()) {
            if (method.isAnnotationPresent(Transaction.class)) {
                byName.put(method.getName(), method);
            }
        }
        return byName;
    }

    private static boolean isInt(String text) {
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Long.parseLong(text) <= Integer.MAX_VALUE;
    }

    private static String logged(String argument) {
        return Check.shown(argument, LOGGED_PER_ARGUMENT)
                + (argument.length() > LOGGED_PER_ARGUMENT ? "(" + argument.length() + " characters)" : "");
    }
}
