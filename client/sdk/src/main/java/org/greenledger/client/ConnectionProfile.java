package org.greenledger.client;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to reach one org's Fabric Gateway: the peer endpoint, the CA certificate that
 * its TLS certificate must chain to, the org's MSP ID, and the channel and chaincode names.
 *
 * <p>The network scripts write one profile per org to {@code .network/orgs/ORG/connection.json}:
 * <pre>{@code
 * {"endpoint": "127.0.0.1:7151", "tlsRootCertificate": "/path/to/ca.pem", "mspId": "BankAMSP",
 *  "channel": "greenledger", "chaincode": "greenledger"}
 * }</pre>
 * A profile may also list {@code "fallbacks": [{"endpoint": ..., "tlsRootCertificate": ...}]}.
 *
 * @param endpoint            host:port of the org's peer Gateway
 * @param tlsRootCertificate  PEM file of the CA that issued the peer's TLS certificate
 * @param mspId               the MSP ID of the org the client acts for
 * @param channel             the channel name
 * @param chaincode           the chaincode name
 * @param fallbacks           other Gateways to use, in order, while the first cannot be reached
 *                            (the org's other peers, or a member's peer it trusts); may be empty
 */
public record ConnectionProfile(String endpoint, Path tlsRootCertificate, String mspId, String channel,
        String chaincode, List<GatewayEndpoint> fallbacks) {
    /**
     * Checks that every part is present and copies the fallbacks.
     *
     * @param endpoint           host:port of the org's peer Gateway
     * @param tlsRootCertificate PEM file of the CA that issued the peer's TLS certificate
     * @param mspId              the MSP ID of the org the client acts for
     * @param channel            the channel name
     * @param chaincode          the chaincode name
     * @param fallbacks          other Gateways to use, in order, while the first cannot be reached
     * @throws NullPointerException naming the missing part
     */
    public ConnectionProfile {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(tlsRootCertificate, "tlsRootCertificate");
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chaincode, "chaincode");
        fallbacks = List.copyOf(fallbacks);
    }

    /**
     * A profile with one Gateway and no fallback.
     *
     * @param endpoint           host:port of the org's peer Gateway
     * @param tlsRootCertificate PEM file of the CA that issued the peer's TLS certificate
     * @param mspId              the MSP ID of the org the client acts for
     * @param channel            the channel name
     * @param chaincode          the chaincode name
     */
    public ConnectionProfile(String endpoint, Path tlsRootCertificate, String mspId, String channel, String chaincode) {
        this(endpoint, tlsRootCertificate, mspId, channel, chaincode, List.of());
    }

    /**
     * The same profile with {@code fallback} tried after the Gateways it already has; this
     * profile is unchanged.
     *
     * @param fallback another peer's Gateway, used when those before it cannot be reached
     * @return a new profile with the fallback last
     */
    public ConnectionProfile withFallback(GatewayEndpoint fallback) {
        List<GatewayEndpoint> more = new ArrayList<>(fallbacks);
        more.add(fallback);
        return new ConnectionProfile(endpoint, tlsRootCertificate, mspId, channel, chaincode, more);
    }

    /**
     * Every Gateway, in the order the connection tries them.
     *
     * @return the profile's own endpoint, then its fallbacks
     */
    public List<GatewayEndpoint> gateways() {
        List<GatewayEndpoint> all = new ArrayList<>();
        all.add(new GatewayEndpoint(endpoint, tlsRootCertificate));
        all.addAll(fallbacks);
        return all;
    }

    /**
     * Reads a profile from its JSON file (see the class description), such as the one the
     * network scripts write to {@code .network/orgs/ORG/connection.json}.
     *
     * <pre>{@code
     * ConnectionProfile profile = ConnectionProfile.load(Path.of(".network/orgs/banka/connection.json"));
     * }</pre>
     *
     * @param file the profile's JSON file; relative certificate paths are taken as written
     * @return the profile, with its fallbacks if the file lists any
     * @throws IOException if the file cannot be read or lacks a field
     */
    public static ConnectionProfile load(Path file) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        List<GatewayEndpoint> fallbacks = new ArrayList<>();
        if (json.has("fallbacks")) {
            for (var element : json.getAsJsonArray("fallbacks")) {
                JsonObject fallback = element.getAsJsonObject();
                fallbacks.add(new GatewayEndpoint(string(fallback, "endpoint", file),
                        Path.of(string(fallback, "tlsRootCertificate", file))));
            }
        }
        return new ConnectionProfile(string(json, "endpoint", file), Path.of(string(json, "tlsRootCertificate", file)),
                string(json, "mspId", file), string(json, "channel", file), string(json, "chaincode", file), fallbacks);
    }

    private static String string(JsonObject json, String field, Path file) throws IOException {
        if (!json.has(field) || !json.get(field).isJsonPrimitive()) {
            throw new IOException(file + ": connection profile has no '" + field + "'");
        }
        return json.get(field).getAsString();
    }
}
