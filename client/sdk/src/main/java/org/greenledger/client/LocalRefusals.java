package org.greenledger.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * Makes a facade report a request it built itself and that breaks a rule of the chaincode's API
 * (a record constructor's {@link GreenLedgerError}, for example a chunk of an issue) as the
 * {@link RejectedException} the chaincode would have answered, marked as refused locally, so a
 * caller has one exception to catch for refusals. One wrapper for every facade, so no facade
 * method needs its own try block.
 */
final class LocalRefusals {
    private LocalRefusals() {
    }

    /** {@code facade}, seen through its interface {@code type}, with local refusals reported as RejectedException. */
    static <T> T guard(Class<T> type, T facade) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return method.invoke(facade, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof GreenLedgerError rule) {
                    throw RejectedException.refusedLocally(type.getSimpleName() + "." + method.getName(), rule);
                }
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
