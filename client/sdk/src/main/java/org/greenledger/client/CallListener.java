package org.greenledger.client;

import java.time.Duration;
import org.greenledger.chaincode.api.Transaction;

/**
 * What the SDK tells an application about each call it makes, for the application's own
 * metrics or logs: which transaction, how it ended, how long it took with all its attempts, and
 * each attempt sent again. The SDK calls it on the caller's thread, after the call; it must be
 * quick and must not throw. {@link MicrometerMetrics} records it in a Micrometer registry.
 *
 * <pre>{@code
 * CallListener log = new CallListener() {
 *     public void completed(Transaction<?, ?> tx, Outcome outcome, Duration took) {
 *         System.out.printf("%s %s in %d ms%n", tx.qualifiedName(), outcome, took.toMillis());
 *     }
 * };
 * try (GreenLedger ledger = GreenLedger.connect(profile, credentials, Duration.ofSeconds(30), log)) { ... }
 * }</pre>
 */
public interface CallListener {
    /** How a call ended, as the caller saw it. */
    enum Outcome {
        /** Evaluated, or committed and valid. */
        OK,
        /** The chaincode (or the SDK, before sending) refused it: a {@link RejectedException}. */
        REFUSED,
        /** Ordered but invalidated at commit: a {@link NotCommittedException}. */
        NOT_COMMITTED,
        /** Stopped by its deadline or cancelled: an {@link UnfinishedCallException}. */
        UNFINISHED,
        /** Anything else: the network, an answer the SDK could not read. */
        FAILED
    }

    /** The listener that does nothing, the default. */
    CallListener NONE = (tx, outcome, took) -> { };

    /**
     * A call has ended.
     *
     * @param transaction the catalog entry the call sent
     * @param outcome     how it ended
     * @param took        from the call's start to its end, every attempt and pause included
     */
    void completed(Transaction<?, ?> transaction, Outcome outcome, Duration took);

    /**
     * The SDK is about to send {@code transaction} again (a read conflict at commit, endorsers
     * at different heights, a Gateway not ready), or to move it to the profile's next Gateway.
     *
     * @param transaction the catalog entry being sent again
     * @param failover    true when it moves to another Gateway
     */
    default void retrying(Transaction<?, ?> transaction, boolean failover) {
    }
}
