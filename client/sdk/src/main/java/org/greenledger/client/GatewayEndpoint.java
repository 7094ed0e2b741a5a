package org.greenledger.client;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A peer's Gateway: where it listens and the CA its TLS certificate must chain to.
 *
 * @param endpoint           host:port
 * @param tlsRootCertificate PEM file of the CA that issued the peer's TLS certificate
 */
public record GatewayEndpoint(String endpoint, Path tlsRootCertificate) {
    /**
     * Checks that both parts are present.
     *
     * @param endpoint           host:port
     * @param tlsRootCertificate PEM file of the CA that issued the peer's TLS certificate
     * @throws NullPointerException naming the missing part
     */
    public GatewayEndpoint {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(tlsRootCertificate, "tlsRootCertificate");
    }
}
