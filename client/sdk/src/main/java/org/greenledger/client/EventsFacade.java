package org.greenledger.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.greenledger.chaincode.api.event.EventType;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.hyperledger.fabric.client.Network;

final class EventsFacade implements Events {
    /** How long to wait before reconnecting to a peer that went away. */
    private static final long RECONNECT_MILLIS = 1_000;

    private final Network network;
    private final String chaincode;

    EventsFacade(Network network, String chaincode) {
        this.network = network;
        this.chaincode = chaincode;
    }

    @Override
    public EventSubscription subscribe(Path checkpointFile, long startBlock, Consumer<LedgerEvent> handler) {
        FileCheckpointer checkpoint;
        try {
            checkpoint = new FileCheckpointer(checkpointFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the checkpoint " + checkpointFile, e);
        }
        Subscription subscription = new Subscription(checkpoint, startBlock, handler);
        Thread thread = new Thread(subscription, "greenledger-events-" + checkpointFile.getFileName());
        thread.setDaemon(true);
        subscription.thread = thread;
        thread.start();
        return subscription;
    }

    private final class Subscription implements Runnable, EventSubscription {
        private final FileCheckpointer checkpoint;
        private final long startBlock;
        private final Consumer<LedgerEvent> handler;
        private final AtomicInteger reconnections = new AtomicInteger();
        private volatile boolean closed;
        private volatile Throwable failure;
        private volatile CloseableIterator<ChaincodeEvent> stream;
        private Thread thread;

        Subscription(FileCheckpointer checkpoint, long startBlock, Consumer<LedgerEvent> handler) {
            this.checkpoint = checkpoint;
            this.startBlock = startBlock;
            this.handler = handler;
        }

        @Override
        public void run() {
            while (!closed) {
                try {
                    var request = network.newChaincodeEventsRequest(chaincode);
                    var events = checkpoint.getBlockNumber().isPresent()
                            ? request.checkpoint(checkpoint).build().getEvents()
                            : request.startBlock(startBlock).build().getEvents();
                    stream = events;
                    while (!closed && events.hasNext()) {
                        ChaincodeEvent event = events.next();
                        Optional<EventType> type = typeOf(event.getEventName());
                        if (type.isPresent()) {
                            handler.accept(new LedgerEvent(type.get(), new String(event.getPayload(),
                                    StandardCharsets.UTF_8), event.getBlockNumber(), event.getTransactionId()));
                        }
                        checkpoint.checkpointChaincodeEvent(event);
                    }
                } catch (RuntimeException e) {
                    if (closed) {
                        return;
                    }
                    if (!isConnectionLoss(e)) {
                        failure = e;
                        return;
                    }
                    reconnections.incrementAndGet();
                    pause();
                } catch (IOException e) {
                    failure = e;
                    return;
                }
            }
        }

        /** The stream ends with a gRPC status error (UNAVAILABLE, CANCELLED, ...) when its peer goes. */
        private boolean isConnectionLoss(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof io.grpc.StatusRuntimeException) {
                    return true;
                }
            }
            return false;
        }

        private void pause() {
            try {
                Thread.sleep(RECONNECT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }

        @Override
        public int reconnections() {
            return reconnections.get();
        }

        @Override
        public Optional<Throwable> failure() {
            return Optional.ofNullable(failure);
        }

        @Override
        public void close() {
            closed = true;
            CloseableIterator<ChaincodeEvent> current = stream;
            if (current != null) {
                current.close();
            }
            try {
                thread.join(5_000);
                checkpoint.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Optional<EventType> typeOf(String eventName) {
        return Arrays.stream(EventType.values()).filter(t -> t.eventName().equals(eventName)).findFirst();
    }
}
