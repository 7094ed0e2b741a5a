package org.greenledger.client;

import java.util.Optional;

/** A running event subscription; close it to stop and release the checkpoint file. */
public interface EventSubscription extends AutoCloseable {
    /** How many times the stream reconnected after losing its peer. */
    int reconnections();

    /** Why the subscription stopped on its own (the handler threw), if it did. */
    Optional<Throwable> failure();

    @Override
    void close();
}
