package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every node's Prometheus endpoint, scraped as an org's Prometheus would (the targets and
 * certificates of {@code scripts/network.sh metrics}): each serves the series an operator needs,
 * and a peer's or orderer's metrics are refused to a client without the org's monitor certificate.
 */
class MetricsIT {

    /** One line of {@code scripts/network.sh metrics}. */
    record Target(String job, String org, String url, String caFile, String certFile, String keyFile) {
        static Target parse(String line) {
            String[] f = line.trim().split(" ");
            return new Target(f[0], f[1], f[2], f[3], f[4], f[5]);
        }

        boolean tls() {
            return url.startsWith("https:");
        }
    }

    /** The series each kind of node must serve (names as Fabric and the chaincode service publish them). */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "fabric-peer", List.of("ledger_blockchain_height{channel=\"greenledger\"}", "endorser_proposals_received",
                    "endorser_proposal_duration_bucket"),
            "fabric-orderer", List.of("ledger_blockchain_height{channel=\"greenledger\"}",
                    "consensus_BFT_committed_block_number{channel=\"greenledger\"}"),
            "fabric-ca", List.of("api_request_count{"),
            "greenledger-chaincode", List.of("greenledger_chaincode_transactions_total{",
                    "greenledger_chaincode_duration_seconds_bucket{"));

    private static List<Target> targets;

    @BeforeAll
    static void readTargetsAndDoSomeWork() {
        targets = TestNetwork.networkScript("metrics").lines().map(Target::parse).toList();
        // A read on every org's peer, so every chaincode service has counted one (a service
        // publishes a series once it has something to count), and a refusal on Bank A's.
        for (String msp : TestNetwork.memberMspIds()) {
            try (GreenLedger org = connect(msp, "viewer")) {
                org.governance().org(msp);
            }
        }
        try (GreenLedger bankA = connect(BANK_A, "viewer")) {
            TestNetwork.assertRejected(ErrorCode.NOT_FOUND, () -> bankA.accounts().get("NO-SUCH-ACCOUNT-" + TestNetwork.runId()));
        }
    }

    @Test
    void every_node_of_every_org_serves_its_metrics() {
        // An org that joined later (scripts/add-member.sh) runs a peer, a CA and a chaincode service.
        int joined = TestNetwork.joinedMspIds().size();
        assertEquals(5 + 4 + 5 + 5 + 3 * joined, targets.size(),
                "5 peers, 4 orderers, 5 CAs, 5 chaincode services, and 3 nodes per org that joined: " + joined);
        List<String> missing = new ArrayList<>();
        for (Target target : targets) {
            String body = scrape(target, true);
            for (String series : EXPECTED.get(target.job())) {
                if (!body.contains("\n" + series)) {
                    missing.add(target.job() + " of " + target.org() + ": " + series);
                }
            }
        }
        assertEquals(List.of(), missing);
        System.out.printf("scraped %d endpoints%n", targets.size());
    }

    @Test
    void the_chaincode_service_counts_transactions_and_refusals_by_code() {
        Target bankA = targets.stream()
                .filter(t -> t.job().equals("greenledger-chaincode") && t.org().equals("banka")).findFirst().orElseThrow();
        String body = scrape(bankA, true);
        assertTrue(body.contains("greenledger_chaincode_transactions_total{function=\"governance:GetOrg\",outcome=\"ok\"}"), body);
        assertTrue(body.contains("greenledger_chaincode_refusals_total{code=\"NOT_FOUND\",function=\"accounts:GetAccount\"}"), body);
    }

    @Test
    void a_peers_orderers_and_chaincodes_metrics_need_the_orgs_monitor_certificate() {
        int refused = 0;
        for (Target target : targets) {
            if (target.tls()) {
                assertNotEquals("200", status(target, false), target.job() + " of " + target.org() + " without a client certificate");
                Target other = targets.stream().filter(t -> t.tls() && !t.org().equals(target.org())).findFirst().orElseThrow();
                Target withOthersCertificate = new Target(target.job(), target.org(), target.url(), target.caFile(),
                        other.certFile(), other.keyFile());
                assertNotEquals("200", status(withOthersCertificate, true),
                        target.job() + " of " + target.org() + " with " + other.org() + "'s monitor certificate");
                refused += 2;
            }
        }
        // TLS endpoints: each org's peer and chaincode service, and the four orderers.
        assertEquals(2 * (2 * TestNetwork.memberMspIds().size() + 4), refused);
    }

    /** The page, failing the test on anything but HTTP 200. */
    private static String scrape(Target target, boolean withCertificate) {
        List<String> command = curl(target, withCertificate);
        command.add("--fail");
        return run(command, target);
    }

    private static String status(Target target, boolean withCertificate) {
        List<String> command = curl(target, withCertificate);
        command.addAll(List.of("-o", "/dev/null", "-w", "%{http_code}"));
        return run(command, target).trim();
    }

    private static List<String> curl(Target target, boolean withCertificate) {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "20"));
        if (target.tls()) {
            command.addAll(List.of("--cacert", target.caFile()));
            if (withCertificate) {
                command.addAll(List.of("--cert", target.certFile(), "--key", target.keyFile()));
            }
        }
        command.add(target.url());
        return command;
    }

    private static String run(List<String> command, Target target) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(target.url() + " did not answer");
            }
            // curl's own failures (TLS refused, HTTP >= 400 with --fail) count only where the page was asked for.
            if (process.exitValue() != 0 && command.contains("--fail")) {
                throw new AssertionError(target.job() + " of " + target.org() + " at " + target.url() + ": " + out);
            }
            return "\n" + out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
