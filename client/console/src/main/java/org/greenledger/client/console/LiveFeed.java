package org.greenledger.client.console;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.greenledger.client.EventSubscription;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.LedgerEvent;

/**
 * The overview's live feed: the SDK's checkpointed event stream, each committed event pushed to
 * every open browser as a Server-Sent Event ({@code event: ledger}, its type, block and
 * transaction). The browser then reads the overview again; nothing polls the ledger. A comment
 * line every {@value #KEEP_ALIVE_SECONDS} s finds browsers that went away.
 */
final class LiveFeed implements AutoCloseable {
    static final int KEEP_ALIVE_SECONDS = 15;
    private static final Gson JSON = new Gson();

    private final List<OutputStream> browsers = new CopyOnWriteArrayList<>();
    private final EventSubscription subscription;
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "console-live-keep-alive");
        t.setDaemon(true);
        return t;
    });

    LiveFeed(GreenLedger ledger, Path checkpoint) {
        subscription = ledger.events().subscribe(checkpoint, ledger.blockHeight(), this::publish);
        keepAlive.scheduleAtFixedRate(() -> send(": keep-alive\n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    void publish(LedgerEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", event.type().eventName());
        data.put("block", event.blockNumber());
        data.put("transaction", event.transactionId());
        send("event: ledger\ndata: " + JSON.toJson(data) + "\n\n");
    }

    /** Opens a browser's stream; the exchange stays open until the browser or the server goes. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        browsers.add(out);
    }

    /** Why the event stream stopped, if it did (the SDK reconnects by itself until it gives up). */
    java.util.Optional<String> trouble() {
        return subscription.failure().map(f -> "the live feed stopped: " + f.getMessage());
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : browsers) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                browsers.remove(out);
                closeQuietly(out);
            }
        }
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        subscription.close();
        browsers.forEach(LiveFeed::closeQuietly);
        browsers.clear();
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the browser has gone already
        }
    }
}
