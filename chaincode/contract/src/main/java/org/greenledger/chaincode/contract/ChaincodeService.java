package org.greenledger.chaincode.contract;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import org.greenledger.chaincode.contract.metrics.ChaincodeMetrics;
import org.greenledger.chaincode.contract.metrics.MetricsEndpoint;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;

/**
 * Runs the chaincode as a service (CCaaS) that the org's peer connects to.
 *
 * <p>Configured by the shim's environment variables ({@code CHAINCODE_SERVER_ADDRESS},
 * {@code CORE_CHAINCODE_ID_NAME}, {@code CORE_PEER_TLS_ENABLED}, {@code CORE_TLS_CLIENT_CERT_FILE},
 * {@code CORE_TLS_CLIENT_KEY_FILE}) plus {@code GL_CHAINCODE_CLIENT_CA_FILE}: the CA whose
 * certificates clients must present. The shim alone serves TLS without asking for a client
 * certificate; with it, only the org's own peer can call its chaincode service.
 * {@code GL_CHAINCODE_METRICS_ADDRESS} ({@code host:port}), when set, serves the service's
 * Prometheus metrics there ({@link MetricsEndpoint}).
 */
public final class ChaincodeService {
    private ChaincodeService() {
    }

    public static void main(String[] args) throws Exception {
        // A window it cannot read stops the service here, before the peer can send it anything.
        ProposalTimeWindow.endorser();
        GreenLedgerRouter router = new GreenLedgerRouter(args, new ChaincodeMetrics(PrometheusRegistry.defaultRegistry));
        ChaincodeServerProperties server = router.getChaincodeServerConfig();
        String clientCa = System.getenv("GL_CHAINCODE_CLIENT_CA_FILE");
        if (server.isTlsEnabled()) {
            if (clientCa == null || clientCa.isBlank()) {
                throw new IllegalStateException("GL_CHAINCODE_CLIENT_CA_FILE must name the CA of the peer's client certificate");
            }
            server.setTrustCertCollectionFile(clientCa);
        }
        String metricsAddress = System.getenv("GL_CHAINCODE_METRICS_ADDRESS");
        if (metricsAddress != null && !metricsAddress.isBlank()) {
            if (!server.isTlsEnabled()) {
                throw new IllegalStateException("GL_CHAINCODE_METRICS_ADDRESS needs TLS: the metrics are served only to the org's monitor");
            }
            // The org's TLS CA issued both the peer's and the monitor's client certificates.
            MetricsEndpoint.start(metricsAddress, PrometheusRegistry.defaultRegistry,
                    Path.of(System.getenv("CORE_TLS_CLIENT_CERT_FILE")), Path.of(System.getenv("CORE_TLS_CLIENT_KEY_FILE")),
                    Path.of(clientCa));
        }
        router.serve(server);
    }
}
