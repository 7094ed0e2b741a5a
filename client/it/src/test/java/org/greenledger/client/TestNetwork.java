package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.junit.jupiter.api.function.Executable;

/**
 * The running local network, as scripts/network.sh left it under {@code gl.network.state}:
 * connection profiles and enrolled identities per org, and the scripts that stop and start
 * nodes. Integration tests are written to pass on a fresh network and on one they already ran on.
 * On the network of members' hosts (scripts/hosts.sh), {@code gl.network.hosts} names the folder
 * of the hosts' state folders: each org's clients then read only that org's own host.
 */
final class TestNetwork {
    static final String ALLIANCE = "AllianceMSP";
    static final String BANK_A = "BankAMSP";
    static final String BANK_B = "BankBMSP";
    static final String VERIFIER = "VerifierMSP";
    static final String REGULATOR = "RegulatorMSP";
    /** The orgs that created the channel; others may join later (scripts/add-member.sh, AddMemberIT). */
    static final List<String> FOUNDING = List.of(ALLIANCE, BANK_A, BANK_B, VERIFIER, REGULATOR);

    static final Path STATE = Path.of(System.getProperty("gl.network.state", ".network"));
    static final Path ROOT = Path.of(System.getProperty("gl.root", "."));
    private static final String HOSTS = System.getProperty("gl.network.hosts", "");

    private TestNetwork() {
    }

    /** Org folder names of network.conf, by MSP ID. */
    static String orgName(String mspId) {
        return mspId.substring(0, mspId.length() - "MSP".length()).toLowerCase(java.util.Locale.ROOT);
    }

    /** The org's folder: in the one state folder, or on its own host's (scripts/hosts.sh). */
    static Path orgDir(String mspId) {
        String org = orgName(mspId);
        Path state = HOSTS.isEmpty() ? STATE : Path.of(HOSTS).resolve(org);
        return state.resolve("orgs").resolve(org);
    }

    /** Connects as {@code user} (admin, operator, viewer) of {@code mspId}, through its own peer. */
    static GatewayConnection connect(String mspId, String user) {
        return connectVia(mspId, mspId, user);
    }

    /** Connects as {@code user} of {@code mspId} through the Gateway of {@code gatewayMspId}'s peer. */
    static GatewayConnection connectVia(String gatewayMspId, String mspId, String user) {
        try {
            ConnectionProfile gateway = ConnectionProfile.load(orgDir(gatewayMspId).resolve("connection.json"));
            ConnectionProfile profile = new ConnectionProfile(gateway.endpoint(), gateway.tlsRootCertificate(), mspId,
                    gateway.channel(), gateway.chaincode());
            return GatewayConnection.open(profile, credentials(mspId, user), Duration.ofSeconds(60),
                    ProposalPreparation.AS_BUILT);
        } catch (IOException e) {
            throw new UncheckedIOException("is the network up? (scripts/network.sh up)", e);
        }
    }

    /** The enrolled identity {@code user} (admin, operator, viewer) of {@code mspId}. */
    static Credentials credentials(String mspId, String user) {
        try {
            return Credentials.fromMspDirectory(orgDir(mspId).resolve("users").resolve(user).resolve("msp"));
        } catch (IOException e) {
            throw new UncheckedIOException("is the network up? (scripts/network.sh up)", e);
        }
    }

    /**
     * Governance as every scenario needs it: bootstrapped by the alliance admin, the banks
     * registered as issuers and custodians, the verifier as verifier. Idempotent.
     */
    static void ensureMembers() {
        try (GreenLedger alliance = connect(ALLIANCE, "admin")) {
            try {
                alliance.governance().bootstrap(new BootstrapRequest("Green Finance Alliance", REGULATOR, "Sandbox Regulator"));
            } catch (RejectedException e) {
                assertEquals(ErrorCode.ALREADY_BOOTSTRAPPED, e.code(), e.getMessage());
            }
            ensureRegistered(alliance, BANK_A, "Bank A", OrgRole.ISSUER, OrgRole.CUSTODIAN);
            ensureRegistered(alliance, BANK_B, "Bank B", OrgRole.ISSUER, OrgRole.CUSTODIAN);
            ensureRegistered(alliance, VERIFIER, "Independent Verifier", OrgRole.VERIFIER);
        }
        awaitPeersInSync();
    }

    private static void ensureRegistered(GreenLedger alliance, String mspId, String name, OrgRole... roles) {
        if (alliance.governance().orgs().stream().map(MemberOrg::mspId).noneMatch(mspId::equals)) {
            alliance.governance().registerOrg(new RegisterOrgRequest(mspId, name, List.of(roles)));
        }
    }

    /**
     * The orgs that joined the running channel after it was created, by MSP ID, in the order they
     * joined: the state folder's joined-orgs file (scripts/add-member.sh), each org's MSP ID read
     * from its connection profile.
     */
    static List<String> joinedMspIds() {
        Path joined = STATE.resolve("joined-orgs");
        if (!Files.exists(joined)) {
            return List.of();
        }
        try {
            List<String> ids = new java.util.ArrayList<>();
            for (String org : Files.readAllLines(joined, StandardCharsets.UTF_8)) {
                if (!org.isBlank()) {
                    ids.add(ConnectionProfile.load(STATE.resolve("orgs").resolve(org.trim()).resolve("connection.json")).mspId());
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every member of the channel now: the founding orgs, then those that joined. */
    static List<String> memberMspIds() {
        List<String> ids = new java.util.ArrayList<>(FOUNDING);
        ids.addAll(joinedMspIds());
        return ids;
    }

    static RejectedException assertRejected(ErrorCode code, Executable call) {
        RejectedException e = assertThrows(RejectedException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    private static final List<GatewayConnection> EVERY_PEER = new java.util.ArrayList<>();

    /**
     * Waits until every org's peer has committed the same blocks. A write returns once the
     * writer's own peer committed it; another org's peer may be a moment behind, so a scenario
     * that moves to another org's peer waits for it first.
     */
    static synchronized void awaitPeersInSync() {
        List<String> members = memberMspIds();
        if (EVERY_PEER.size() != members.size()) {   // first use, or an org joined since
            EVERY_PEER.forEach(GatewayConnection::close);
            EVERY_PEER.clear();
            for (String msp : members) {
                EVERY_PEER.add(connect(msp, "viewer"));
            }
        }
        GreenLedger.awaitSameHeight(Duration.ofSeconds(60), EVERY_PEER.toArray(GreenLedger[]::new));
    }

    /** Runs scripts/network.sh with {@code args}; returns its standard output. */
    static String networkScript(String... args) {
        return networkScript(java.util.Map.of(), args);
    }

    /** Runs scripts/network.sh with {@code args} and {@code environment} added to this JVM's. */
    static String networkScript(java.util.Map<String, String> environment, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("scripts/network.sh").toString()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile("gl-network", ".out");
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.redirectErrorStream(false)
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("scripts/network.sh " + String.join(" ", args) + " failed");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8).trim();
            Files.delete(out);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A node's channel height (block count): {@code scripts/network.sh height NODE}. */
    static long height(String node) {
        return Long.parseLong(networkScript("height", node));
    }

    /** A restarted node answers health checks before it has reloaded the channel: -1 until then. */
    static long heightOnceServing(String node) {
        try {
            return height(node);
        } catch (IllegalStateException | NumberFormatException e) {
            return -1;
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong REQUESTS = new java.util.concurrent.atomic.AtomicLong();

    /** A request id no other request of any run uses. */
    static String requestId() {
        return "R-" + runId() + "-" + REQUESTS.incrementAndGet();
    }

    /** A suffix that makes ids unique per test run, so runs on the same network do not collide. */
    static String runId() {
        return Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
    }
}
