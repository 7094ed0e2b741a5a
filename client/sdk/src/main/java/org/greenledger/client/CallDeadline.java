package org.greenledger.client;

import io.grpc.CallOptions;
import io.grpc.Deadline;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The deadline of the facade call running on this thread, set by {@link GreenLedger#withDeadline}
 * and read by the {@link Invoker} for every gRPC step it sends. Held per thread so that a view with
 * a deadline shares the connection's facades (and what they keep, such as the lots in flight)
 * instead of copying them; a facade call runs on its caller's thread from start to end.
 */
final class CallDeadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private CallDeadline() {
    }

    /**
     * {@code facade}, seen through its interface {@code type}, with each method call bounded by
     * {@code perCall} from its start: everything it sends, retries included, must be done by then.
     */
    static <T> T bound(Class<T> type, T facade, Duration perCall) {
        if (perCall.isNegative() || perCall.isZero()) {
            throw new IllegalArgumentException("a deadline must be positive, not " + perCall);
        }
        long nanos = perCall.toNanos();
        InvocationHandler handler = (proxy, method, arguments) -> {
            Deadline outer = CURRENT.get();
            Deadline own = Deadline.after(nanos, TimeUnit.NANOSECONDS);
            CURRENT.set(outer == null ? own : outer.minimum(own)); // a call inside another keeps the earlier end
            try {
                return method.invoke(facade, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (outer == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(outer);
                }
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** The options of the gRPC steps of a call starting now: the facade call's deadline, if it has one. */
    static UnaryOperator<CallOptions> options() {
        Deadline deadline = CURRENT.get();
        return deadline == null ? UnaryOperator.identity() : options -> options.withDeadline(deadline);
    }
}
