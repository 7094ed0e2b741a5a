package org.greenledger.client;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The ledger's events, in commit order, delivered once each to the application: the position
 * after each handled event is saved in a checkpoint file, and when the peer goes away the stream
 * reconnects and resumes after the last handled event, across process restarts too.
 *
 * <pre>{@code
 * try (EventSubscription events = ledger.events().subscribe(Path.of("bank-a-events.checkpoint"), 0, event -> {
 *     if (event.type() == EventType.CREDITS_RETIRED) {
 *         archive(event.payload(RetirementCertificate.class));
 *     }
 * })) {
 *     ...
 * }
 * }</pre>
 */
public interface Events {
    /**
     * Delivers every event after the checkpoint in {@code checkpointFile} (or from block
     * {@code startBlock} when the file is new) to {@code handler}, on a thread of its own, until
     * the subscription is closed. The handler's exceptions stop the subscription without moving
     * the checkpoint, so the event comes again after a restart.
     */
    EventSubscription subscribe(Path checkpointFile, long startBlock, Consumer<LedgerEvent> handler);
}
