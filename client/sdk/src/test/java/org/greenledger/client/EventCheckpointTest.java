package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.greenledger.chaincode.api.event.EventType;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event streams against a Gateway in this process that drops the stream as a stopping peer does:
 * each event reaches the application once, in order, across the reconnection and across a
 * restart of the subscribing process, resumed from the checkpoint file.
 */
class EventCheckpointTest {
    private static final String BOND_CREATED = EventType.BOND_CREATED.eventName();
    private static final String BOND_ISSUED = EventType.BOND_ISSUED.eventName();

    @TempDir
    Path dir;

    private FakeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void events_arrive_once_in_order_across_a_lost_stream_and_a_restart() throws Exception {
        Path checkpoint = dir.resolve("events.checkpoint");
        gateway.commitBlock(5, FakeGateway.event("a", BOND_CREATED, "{}"), FakeGateway.event("b", BOND_ISSUED, "{}"));
        gateway.commitBlock(6, FakeGateway.event("c", BOND_CREATED, "{}"), FakeGateway.event("x", "NotOurs", "{}"));
        gateway.dropNextStreamAfterBlocks = 2; // the peer stops after block 6

        List<String> seen = new CopyOnWriteArrayList<>();
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofSeconds(5), gateway.channel());
                EventSubscription subscription = ledger.events().subscribe(checkpoint, 5,
                        event -> seen.add(event.transactionId() + "@" + event.blockNumber()))) {
            awaitSize(seen, 3);
            awaitRequests(2); // reconnected
            gateway.commitBlock(7, FakeGateway.event("d", BOND_ISSUED, "{}"));
            awaitSize(seen, 4);
            assertEquals(1, subscription.reconnections());
            assertTrue(subscription.failure().isEmpty());
        }
        assertEquals(List.of("a@5", "b@5", "c@6", "d@7"), seen, "an event the SDK does not know is skipped, not sent");
        ChaincodeEventsRequest resumed = gateway.eventRequests.get(1);
        assertEquals(6, resumed.getStartPosition().getSpecified().getNumber());
        assertEquals("x", resumed.getAfterTransactionId(), "resumed after the last event of the checkpoint");

        // the process restarts: a new connection and subscription on the same checkpoint file
        List<String> after = new CopyOnWriteArrayList<>();
        try (GreenLedger ledger = FakeGatewayConnections.connect(Duration.ofSeconds(5), gateway.channel());
                EventSubscription subscription = ledger.events().subscribe(checkpoint, 0,
                        event -> after.add(event.transactionId()))) {
            awaitRequests(3);
            gateway.commitBlock(8, FakeGateway.event("e", BOND_CREATED, "{}"));
            awaitSize(after, 1);
            assertEquals(0, subscription.reconnections());
        }
        assertEquals(List.of("e"), after);
        assertEquals(7, gateway.eventRequests.get(2).getStartPosition().getSpecified().getNumber());
        assertEquals("d", gateway.eventRequests.get(2).getAfterTransactionId());
        assertTrue(Files.size(checkpoint) > 0);
    }

    private void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (gateway.eventRequests.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(count, gateway.eventRequests.size(), "event requests");
    }

    private static void awaitSize(List<String> seen, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(size, seen.size(), "events so far: " + seen);
    }
}
