package org.greenledger.client;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The ledger's events, in commit order, delivered once each to the application: the position
 * after each handled event is saved in a checkpoint file, and when the peer goes away the stream
 * reconnects and resumes after the last handled event, across process restarts too. Every write
 * of the chaincode emits one typed event ({@link LedgerEvent}); the events are those the
 * connection's peer delivers to its org.
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
     *
     * @param checkpointFile where the position after each handled event is kept; created if new
     * @param startBlock     the first block to read when the checkpoint file is new
     * @param handler        called once per event, in commit order, on the subscription's thread
     * @return the running subscription; close it to stop
     * @throws java.io.UncheckedIOException if the checkpoint file cannot be opened
     */
    EventSubscription subscribe(Path checkpointFile, long startBlock, Consumer<LedgerEvent> handler);
}
