package org.greenledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.client.ConnectionProfile;
import org.greenledger.client.Credentials;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.RejectedException;

/**
 * The benchmark's connections, one per org, each through that org's own Gateway, as the network
 * scripts enrolled them under the state folder: the operators of Bank A and Bank B (issuer and
 * custodians), the alliance's (the registry) and the verifier's.
 */
record Members(Path state, GreenLedger bankA, GreenLedger bankB, GreenLedger registry, GreenLedger verifier)
        implements AutoCloseable {

    static Members connect(Path state) throws IOException {
        return new Members(state, open(state, "banka", "operator"), open(state, "bankb", "operator"),
                open(state, "alliance", "operator"), open(state, "verifier", "operator"));
    }

    static ConnectionProfile profile(Path state, String org) throws IOException {
        return ConnectionProfile.load(state.resolve("orgs").resolve(org).resolve("connection.json"));
    }

    static Credentials credentials(Path state, String org, String user) throws IOException {
        return Credentials.fromMspDirectory(state.resolve("orgs").resolve(org).resolve("users").resolve(user).resolve("msp"));
    }

    private static GreenLedger open(Path state, String org, String user) throws IOException {
        return GreenLedger.connect(profile(state, org), credentials(state, org, user), Duration.ofSeconds(60));
    }

    /**
     * The members every workload needs, as the demo leaves them: bootstrapped, both banks issuers
     * and custodians, the verifier a verifier. Does what is missing on a network that has none.
     */
    void ensureGovernance() throws IOException {
        try (GreenLedger admin = open(state, "alliance", "admin")) {
            try {
                admin.governance().bootstrap(new BootstrapRequest("Green Finance Alliance", "RegulatorMSP",
                        "Sandbox Regulator"));
            } catch (RejectedException e) {
                if (e.code() != ErrorCode.ALREADY_BOOTSTRAPPED) {
                    throw e;
                }
            }
            List<String> members = admin.governance().orgs().stream().map(MemberOrg::mspId).toList();
            register(admin, members, bankA.mspId(), "Bank A", OrgRole.ISSUER, OrgRole.CUSTODIAN);
            register(admin, members, bankB.mspId(), "Bank B", OrgRole.ISSUER, OrgRole.CUSTODIAN);
            register(admin, members, verifier.mspId(), "Independent Verifier", OrgRole.VERIFIER);
        }
        settle();
    }

    private static void register(GreenLedger admin, List<String> members, String mspId, String name, OrgRole... roles) {
        if (!members.contains(mspId)) {
            admin.governance().registerOrg(new RegisterOrgRequest(mspId, name, List.of(roles)));
        }
    }

    /** Waits until the four peers have the same blocks, before a step continues on another org's peer. */
    void settle() {
        GreenLedger.awaitSameHeight(Duration.ofSeconds(60), bankA, bankB, registry, verifier);
    }

    /** Waits until {@code connection}'s peer has committed {@code height} blocks (at most a minute). */
    void awaitHeight(GreenLedger connection, long height) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (connection.blockHeight() < height) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(connection.mspId() + "'s peer did not reach block " + height);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        bankA.close();
        bankB.close();
        registry.close();
        verifier.close();
    }
}
