package org.greenledger.client;

import java.util.Optional;

/**
 * A running event subscription, from {@link Events#subscribe}; close it to stop and release the
 * checkpoint file.
 */
public interface EventSubscription extends AutoCloseable {
    /**
     * How many times the stream reconnected after losing its peer.
     *
     * @return the number of reconnections since the subscription started
     */
    int reconnections();

    /**
     * Why the subscription stopped on its own (the handler threw), if it did.
     *
     * @return the handler's exception, or empty unless the handler threw
     */
    Optional<Throwable> failure();

    @Override
    void close();
}
