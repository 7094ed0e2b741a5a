package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.client.console.ConsoleServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's console on the real network, each console as its own org's viewer: the
 * regulator's sees a bond as the SDK reads it and any bank's client, a bank's console is refused
 * another bank's client by the ledger, and the reporting pack carries the block height it was
 * read at, over plain HTTP with the IT fixture {@link IssuedBond}. (The same console in a real
 * browser over the demo's data, with its charts, holder register and XLSX: {@link ConsoleBrowserIT}.)
 */
class ConsoleIT {
    private static IssuedBond issued;

    @BeforeAll
    static void anIssuedBond() {
        TestNetwork.ensureMembers();
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator"); GreenLedger alliance = connect(ALLIANCE, "operator")) {
            issued = new IssuedBond(bankA, bankB, verifier, alliance);
        }
        TestNetwork.awaitPeersInSync();
    }

    @Test
    void the_regulators_console_shows_the_bond_as_the_ledger_has_it_and_a_banks_sees_only_its_clients() throws Exception {
        try (GreenLedger regulator = connect(REGULATOR, "viewer"); GreenLedger bankB = connect(BANK_B, "viewer");
                ConsoleServer regulatorConsole = ConsoleServer.start(regulator, new InetSocketAddress("127.0.0.1", 0));
                ConsoleServer bankBConsole = ConsoleServer.start(bankB, new InetSocketAddress("127.0.0.1", 0))) {
            Bond bond = regulator.bonds().get(issued.bondId);
            HttpResponse<String> page = get(regulatorConsole, "/bond?isin=" + issued.bondId);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains(bond.terms().name()), "the bond's name");
            assertTrue(page.body().contains("ISSUED"), "its status");
            assertTrue(page.body().contains(String.format(java.util.Locale.ROOT, "%,d", bond.issue().unitsIssued())),
                    "the units issued as the SDK reads them: " + bond.issue().unitsIssued());

            HttpResponse<String> client = get(regulatorConsole, "/actions?account=" + issued.a1);
            assertEquals(200, client.statusCode(), client.body());
            assertTrue(client.body().contains(issued.a1) && client.body().contains("ACTIVE"), client.body());

            HttpResponse<String> otherBanks = get(bankBConsole, "/actions?account=" + issued.a1);
            assertEquals(403, otherBanks.statusCode(), otherBanks.body());
            assertTrue(otherBanks.body().contains("NOT_AUTHORIZED"), otherBanks.body());
            assertFalse(otherBanks.body().contains("ACTIVE"), "nothing of Bank A's client is shown");
            HttpResponse<String> ownClient = get(bankBConsole, "/actions?account=" + issued.b1);
            assertEquals(200, ownClient.statusCode(), ownClient.body());

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            HttpResponse<String> pack = get(regulatorConsole, "/pack.csv?from=" + today.minusDays(1) + "&to="
                    + today.plusDays(1) + "&bond=" + issued.bondId + "&token=" + issued.cashA);
            assertEquals(200, pack.statusCode(), pack.body());
            assertTrue(pack.body().contains("Block height"), pack.body());
            assertTrue(pack.body().contains(issued.bondId), "the new issue is in the pack");

            HttpResponse<String> bad = get(regulatorConsole, "/bond?isin=NOT-AN-ISIN%3Cscript%3E");
            assertEquals(400, bad.statusCode());
            assertFalse(bad.body().contains("<script>") || bad.body().contains("Exception"), bad.body());
        }
    }

    private static HttpResponse<String> get(ConsoleServer console, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + console.port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
