package org.greenledger.client.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.client.LedgerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pages through HTTP, over the in-memory ledger: what they show, and what bad input gets. */
class ConsoleServerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InMemoryLedger ledger = DemoMarket.regulator();
    private ConsoleServer console = start();

    private ConsoleServer start() {
        return ConsoleServer.start(ledger, new InetSocketAddress("127.0.0.1", 0), DemoMarket.MARKET, null);
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + console.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), response.body());
        assertNoStackTrace(response.body());
        return response.body();
    }

    private HttpResponse<String> refused(String path, int status, String code) throws IOException,
            InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("<strong class=\"code\">" + code + "</strong>"), response.body());
        assertNoStackTrace(response.body());
        return response;
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat "), body);
    }

    @Test
    void overview_shows_outstanding_against_the_caps_and_the_latest_large_movements() throws Exception {
        String html = page("/");
        assertTrue(html.contains("<canvas id=\"caps-chart\""), html);
        assertTrue(html.contains("<canvas id=\"movements-chart\""));
        assertTrue(html.contains("\"labels\":[\"DEPOSIT_TOKEN VND\",\"GREEN_BOND VND\"]"), html);
        assertTrue(html.contains("\"data\":[23.0,30.0]"), "shares of the caps: 11.5 of 50, 6 of 20 billion VND");
        assertTrue(html.contains("<td>GREEN_BOND</td><td>USD</td><td class=\"num\">2,000,000.00</td><td>no cap</td>"),
                html);
        assertTrue(html.contains("<td class=\"num\">6,000,000,000</td><td class=\"num\">20,000,000,000</td>"), html);
        assertTrue(html.contains("<td>30.0 %</td>"), "6 of 20 billion VND");
        assertTrue(html.contains("<td>2026-11-09 14:00:00 UTC</td>"), "the large transfer of the solar bond");
        assertTrue(html.contains("read again"));
        assertTrue(html.contains("at block height <span id=\"height\">42</span>"));
    }

    @Test
    void bond_page_shows_terms_schedule_register_allocation_and_impact() throws Exception {
        String html = page("/bond?isin=" + DemoMarket.SOLAR_BOND);
        assertTrue(html.contains("Bank A Solar Green Bond 2028"));
        assertTrue(html.contains("<td>2026-11-11</td><td>2026-11-16</td>"), "period 1: record and payment dates");
        assertTrue(html.contains("Holder register at 2026-11-11"));
        assertTrue(html.contains("<td>INV-A1</td><td class=\"num\">4,000</td><td>120,986,301 VND</td>"), html);
        assertTrue(html.contains("\"type\":\"doughnut\""));
        assertTrue(html.contains("\"labels\":[\"RENEWABLE_ENERGY\",\"ENERGY_EFFICIENCY\",\"Unallocated\"]"), html);
        assertTrue(html.contains("<td>TCO2E_AVOIDED</td><td class=\"num\">1,000.000</td><td>tCO2e</td>"), html);
        String atRecordDate = page("/bond?isin=" + DemoMarket.SOLAR_BOND + "&recordDate=2026-11-11");
        assertTrue(atRecordDate.contains("<option value=\"1\" selected>2026-11-11 (period 1)</option>"));
        assertTrue(atRecordDate.contains("<td>INV-A2</td><td class=\"num\">500</td>"));
    }

    @Test
    void an_impact_window_that_ends_before_it_starts_is_refused() throws Exception {
        HttpResponse<String> answer = get("/bond?isin=" + DemoMarket.SOLAR_BOND + "&impactFrom=2027-01-01&impactTo=2026-01-01");
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("INVALID_ARGUMENT"), answer.body());
        assertTrue(answer.body().contains("to is before from") || answer.body().contains("is before from"), answer.body());
        String window = page("/bond?isin=" + DemoMarket.SOLAR_BOND + "&impactFrom=2026-01-01&impactTo=2026-12-31");
        assertTrue(window.contains("Attested impact 2026-01-01 to 2026-12-31"), window);
    }

    @Test
    void a_register_not_fixed_yet_is_said_so() throws Exception {
        String html = page("/bond?isin=" + DemoMarket.SOLAR_BOND + "&period=2");
        assertTrue(html.contains("The record date of period 2 is not fixed yet"), html);
    }

    @Test
    void carbon_page_shows_vintages_and_certificates_escaped() throws Exception {
        String html = page("/carbon?project=" + DemoMarket.PROJECT);
        assertTrue(html.contains("<canvas id=\"vintage-chart\""));
        assertTrue(html.contains("Saigon Logistics JSC"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Coop"), html);
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("authorized (LoA-VN-2026-7), adjustment PENDING"));
    }

    @Test
    void movements_page_by_page_with_the_ledgers_bookmark() throws Exception {
        String first = page("/movements?asset=" + DemoMarket.SOLAR_BOND + "&pageSize=4");
        assertTrue(first.contains("4 movements read from the ledger on this page, 4 shown."), first);
        assertTrue(first.contains("<a href=\"/movements?bookmark=4&amp;asset=" + DemoMarket.SOLAR_BOND
                + "&amp;pageSize=4\">Next page</a>"), first);
        String second = page("/movements?bookmark=4&asset=" + DemoMarket.SOLAR_BOND + "&pageSize=4");
        assertTrue(second.contains("2 movements read from the ledger on this page, 2 shown."), second);
        assertFalse(second.contains("Next page"));
        String large = page("/movements?account=INV-A1&large=1&from=2026-11-01&to=2026-11-30");
        assertTrue(large.contains("1 shown."), large);
    }

    @Test
    void regulator_actions_show_document_hashes() throws Exception {
        String html = page("/actions?account=INV-X9,INV-A2&asset=" + DemoMarket.WIND_BOND + "&currency=VND");
        assertTrue(html.contains("<td>" + "a".repeat(64) + "</td>"), "the sanction's document");
        assertTrue(html.contains("<td>" + "b".repeat(64) + "</td>"), "the pause's document");
        assertTrue(html.contains("<td>FROZEN</td>"));
        assertTrue(html.contains("<td>Account freeze</td><td>INV-A2</td><td>in force</td><td>" + "9".repeat(64)
                + "</td>"), "the freeze's document, read from the ledger: " + html);
        assertTrue(html.contains("20,000,000,000 VND in total"));
    }

    @Test
    void regulator_actions_list_every_measure_in_force_without_naming_targets() throws Exception {
        String html = page("/actions");
        assertTrue(html.contains("<td>Sanction</td><td>INV-X9</td><td>in force</td><td>" + "a".repeat(64)), html);
        assertTrue(html.contains("<td>Asset pause</td><td>" + DemoMarket.WIND_BOND + "</td>"), html);
        assertTrue(html.contains("<td>Account freeze</td><td>INV-A2</td><td>in force</td><td>" + "9".repeat(64)), html);
        assertTrue(html.contains("<td>Reporting threshold</td><td>USD</td>"), html);
        assertTrue(html.contains("<td>Sandbox cap</td><td>DEPOSIT_TOKEN VND</td>"), html);
    }

    @Test
    void without_named_assets_the_overview_covers_every_asset_the_ledger_lists() throws Exception {
        console.close();
        console = ConsoleServer.start(ledger, new InetSocketAddress("127.0.0.1", 0), Market.NONE, null);
        int before = ledger.listingPages;
        String html = page("/");
        assertEquals(3, ledger.listingPages - before, "one page of bonds, of tokens and of registered projects");
        assertTrue(html.contains("(bonds: 2, deposit tokens: 1, carbon projects: 1)"), html);
        assertTrue(html.contains("<td>SOLAR-1</td>"), "the registered project's credits");
        assertTrue(html.contains("\"data\":[23.0,30.0]"), "the same totals as with the assets named");
        assertTrue(html.contains("<td>2026-11-09 14:00:00 UTC</td>"), "the listed bond's large transfer");
        String pack = new String(get("/pack.csv?from=2026-11-01&to=2026-11-30").body());
        assertTrue(pack.contains("\r\nMovements face value,VND,4900000000\r\n"), pack);
    }

    @Test
    void the_pack_downloads_as_csv_and_xlsx_with_the_block_height_in_the_name() throws Exception {
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + console.port()
                + "/pack.xlsx?from=2026-11-01&to=2026-11-30")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals("attachment; filename=\"sandbox-pack-RegulatorMSP-2026-11-01-2026-11-30-block-42.xlsx\"",
                xlsx.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals('P', xlsx.body()[0]);
        assertEquals('K', xlsx.body()[1]);
        HttpResponse<String> csv = get("/pack.csv?from=2026-11-01&to=2026-11-30");
        assertTrue(csv.body().contains("Coupons paid,VND,136109589"), csv.body());
        assertTrue(page("/pack?from=2026-11-01&to=2026-11-30").contains("read at block height 42"));
    }

    @Test
    void bad_input_gets_a_message_with_its_code() throws Exception {
        refused("/bond?isin=XS0000000000", 400, "INVALID_ARGUMENT");
        refused("/bond?isin=" + DemoMarket.SOLAR_BOND + "&recordDate=2026-02-30", 400, "INVALID_ARGUMENT");
        refused("/bond?isin=" + DemoMarket.SOLAR_BOND + "&recordDate=2026-02-27", 404, "NOT_FOUND");
        refused("/bond?isin=US0378331005", 404, "NOT_FOUND");
        refused("/movements?asset=" + DemoMarket.SOLAR_BOND + "&pageSize=1000000000", 400, "INVALID_ARGUMENT");
        refused("/movements?asset=" + DemoMarket.SOLAR_BOND + "&from=2026-11-30&to=2026-11-01", 400, "BAD_REQUEST");
        refused("/pack?from=2026-13-01", 400, "INVALID_ARGUMENT");
        refused("/nowhere", 404, "NO_SUCH_PAGE");
        HttpResponse<String> html = refused("/movements?asset=%3Cscript%3Ealert(1)%3C/script%3E", 400,
                "INVALID_ARGUMENT");
        assertFalse(html.body().contains("<script>alert"), html.body());
        assertTrue(html.body().contains("&lt;script&gt;"), html.body());
    }

    @Test
    void a_malformed_address_is_refused_without_a_trace() throws Exception {
        // The JDK's server refuses an address that is not a URI before any handler runs, with its own
        // short 400 page ("URISyntaxException thrown"): a name, not a trace.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", console.port())) {
            socket.getOutputStream().write(("GET /carbon?project=%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertFalse(answer.contains("\tat "), answer);
        }
    }

    @Test
    void only_get_is_served() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + console.port()
                + "/")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void a_bank_sees_its_own_clients_and_no_history() throws Exception {
        console.close();
        ledger = DemoMarket.bankB();
        console = start();
        String overview = page("/");
        assertTrue(overview.contains("The ledger shows the movement history to the regulator only"), overview);
        assertTrue(overview.contains("The ledger shows the outstanding totals to the registry and the regulator only"),
                overview);
        String actions = page("/actions");
        assertTrue(actions.contains("Account freezes: the ledger lists them to the registry and the regulator only"),
                actions);
        assertTrue(actions.contains("<td>Sanction</td><td>INV-X9</td>"), "sanctions are listed to every member");
        String bond = page("/bond?isin=" + DemoMarket.SOLAR_BOND);
        assertTrue(bond.contains("<td>INV-B1</td>"));
        assertFalse(bond.contains("<td>INV-A1</td>"));
        refused("/actions?account=INV-A1", 403, "NOT_AUTHORIZED");
        refused("/movements?asset=" + DemoMarket.SOLAR_BOND, 403, "NOT_AUTHORIZED");
    }

    @Test
    void the_live_feed_pushes_each_committed_event() throws Exception {
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + console.port() + "/live")).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElseThrow());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals(": connected", lines.readLine());
            assertEquals("", lines.readLine());
            ledger.commit(new LedgerEvent(EventType.UNITS_TRANSFERRED, "{}", 43, "tx-live"));
            assertEquals("event: ledger", lines.readLine());
            assertEquals("data: {\"type\":\"UnitsTransferred\",\"block\":43,\"transaction\":\"tx-live\"}",
                    lines.readLine());
        }
    }

    @Test
    void chart_js_is_served_from_the_build() throws Exception {
        HttpResponse<String> chart = get("/static/chart.umd.min.js");
        assertEquals(200, chart.statusCode());
        assertTrue(chart.body().contains("Chart.js v4"), chart.body().substring(0, 200));
        assertEquals(404, get("/static/../../etc/passwd").statusCode());
    }
}
