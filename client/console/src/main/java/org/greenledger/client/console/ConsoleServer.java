package org.greenledger.client.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.GreenLedgerException;
import org.greenledger.client.RejectedException;

/**
 * The console's web server (the JDK's {@code com.sun.net.httpserver}) over one org's connection:
 * routes each address to its page, serves Chart.js and the console's own script and style from
 * the class path, streams the live feed, and turns every refusal or bad input into a message page
 * with its code and HTTP status, never a stack trace.
 *
 * <pre>{@code
 * try (GreenLedger regulator = GreenLedger.connect(profile, viewer);
 *      ConsoleServer console = ConsoleServer.start(regulator, new InetSocketAddress("127.0.0.1", 0))) {
 *     URI overview = URI.create("http://127.0.0.1:" + console.port() + "/");
 * }
 * }</pre>
 */
public final class ConsoleServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ConsoleServer.class.getName());
    private static final String CHART_JS = chartJsPath();

    private final GreenLedger ledger;
    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveFeed live;
    private final Path temporaryCheckpoint;
    private final Map<String, Page> pages;

    private ConsoleServer(GreenLedger ledger, InetSocketAddress address, Market market, Path checkpoint)
            throws IOException {
        this.ledger = ledger;
        this.temporaryCheckpoint = checkpoint == null
                ? Files.createTempDirectory("greenledger-console").resolve("events.checkpoint") : null;
        this.live = new LiveFeed(ledger, checkpoint != null ? checkpoint : temporaryCheckpoint);
        PackPage pack = new PackPage(ledger, market);
        this.pages = Map.of(
                "/", new OverviewPage(ledger, market, live::trouble),
                "/bond", new BondPage(ledger),
                "/carbon", new CarbonPage(ledger),
                "/movements", new MovementExplorer(ledger),
                "/actions", new RegulatorActionsPage(ledger),
                "/pack", pack.html(),
                "/pack.csv", pack.csv(),
                "/pack.xlsx", pack.xlsx());
        this.server = HttpServer.create(address, 0);
        this.threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "console-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a console over a connection, covering no named assets (pages take them in their URL),
     * with its live feed's checkpoint in a temporary folder.
     *
     * @param ledger  the org's connection; the console does not close it
     * @param address where to listen (port 0 for any free port)
     * @return the running console
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static ConsoleServer start(GreenLedger ledger, InetSocketAddress address) {
        return start(ledger, address, Market.NONE, null);
    }

    /**
     * Starts a console over a connection.
     *
     * @param ledger     the org's connection; the console does not close it
     * @param address    where to listen (port 0 for any free port)
     * @param market     the assets the overview and the reporting pack cover unless a URL names others
     * @param checkpoint the live feed's event checkpoint file, or null for a temporary one
     * @return the running console
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static ConsoleServer start(GreenLedger ledger, InetSocketAddress address, Market market, Path checkpoint) {
        try {
            return new ConsoleServer(ledger, address, market, checkpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the console on " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * The port the console listens on.
     *
     * @return the bound port (the one chosen when started with port 0)
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving and ends the live feed; the connection stays open. */
    @Override
    public void close() {
        live.close();
        server.stop(0);
        threads.shutdownNow();
        if (temporaryCheckpoint != null) {
            try {
                Files.deleteIfExists(temporaryCheckpoint);
                Files.deleteIfExists(temporaryCheckpoint.getParent());
            } catch (IOException e) {
                LOG.log(Level.FINE, "temporary checkpoint left behind", e);
            }
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, new Response(405, "text/plain; charset=utf-8",
                        "only GET".getBytes(StandardCharsets.UTF_8), null));
            } else if (path.equals("/live")) {
                live.open(exchange); // stays open: the feed writes to it
                return;
            } else if (path.startsWith("/static/")) {
                send(exchange, asset(path.substring("/static/".length())));
            } else {
                send(exchange, answer(path, exchange));
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "browser went away", e);
        }
        exchange.close();
    }

    private Response answer(String path, HttpExchange exchange) {
        Html.Reading reading = new Html.Reading(ledger.mspId(), -1, Instant.now());
        try {
            Page page = pages.get(path);
            if (page == null) {
                throw ConsoleError.notFound("there is no page " + path);
            }
            Query query = Query.of(exchange.getRequestURI());
            reading = new Html.Reading(ledger.mspId(), ledger.blockHeight(), Instant.now());
            return page.answer(query, reading);
        } catch (ConsoleError e) {
            return error(reading, e.status, e.code, e.getMessage());
        } catch (RejectedException e) {
            return error(reading, status(e.code()), e.code().name(), e.reason());
        } catch (GreenLedgerError e) {
            return error(reading, status(e.code()), e.code().name(), e.reason());
        } catch (GreenLedgerException e) {
            LOG.log(Level.WARNING, "the ledger did not answer " + path, e);
            return error(reading, 502, "LEDGER_UNREACHABLE", "the ledger did not answer; try again");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the console failed on " + path, e);
            return error(reading, 500, "CONSOLE_ERROR", "the console could not build this page");
        }
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> 404;
            case NOT_AUTHORIZED -> 403;
            default -> code.category() == ErrorCode.Category.INPUT ? 400 : 409;
        };
    }

    private static Response error(Html.Reading reading, int status, String code, String message) {
        String body = "<p class=\"error\" id=\"error\"><strong class=\"code\">" + Html.escape(code) + "</strong> "
                + Html.escape(message) + "</p><p><a href=\"/\">Market overview</a></p>";
        byte[] page = Html.page("Cannot show this", "", reading, body).getBytes(StandardCharsets.UTF_8);
        return new Response(status, Response.HTML, page, null);
    }

    private static Response asset(String name) {
        String resource = switch (name) {
            case "chart.umd.min.js" -> CHART_JS;
            case "console.js", "console.css" -> "org/greenledger/client/console/" + name;
            default -> null;
        };
        byte[] body = resource == null ? null : read(resource);
        if (body == null) {
            return new Response(404, "text/plain; charset=utf-8", "no such file".getBytes(StandardCharsets.UTF_8),
                    null);
        }
        String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        return new Response(200, type, body, null);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ConsoleServer.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chart.js from its webjar, at the version the build put on the class path. */
    private static String chartJsPath() {
        Properties webjar = new Properties();
        try (InputStream in = ConsoleServer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js webjar is not on the class path");
            }
            webjar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/chart.js/" + webjar.getProperty("version") + "/dist/chart.umd.min.js";
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        headers.set("Cache-Control", response.contentType().startsWith("text/javascript")
                || response.contentType().startsWith("text/css") ? "max-age=3600" : "no-store");
        if (response.downloadName() != null) {
            headers.set("Content-Disposition", "attachment; filename=\"" + response.downloadName() + "\"");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}
