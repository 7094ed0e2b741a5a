package org.greenledger.chaincode.contract;

import org.hyperledger.fabric.shim.ChaincodeServerProperties;

/**
 * Runs the chaincode as a service (CCaaS) that the org's peer connects to.
 *
 * <p>Configured by the shim's environment variables ({@code CHAINCODE_SERVER_ADDRESS},
 * {@code CORE_CHAINCODE_ID_NAME}, {@code CORE_PEER_TLS_ENABLED}, {@code CORE_TLS_CLIENT_CERT_FILE},
 * {@code CORE_TLS_CLIENT_KEY_FILE}) plus {@code GL_CHAINCODE_CLIENT_CA_FILE}: the CA whose
 * certificates clients must present. The shim alone serves TLS without asking for a client
 * certificate; with it, only the org's own peer can call its chaincode service.
 */
public final class ChaincodeService {
    private ChaincodeService() {
    }

    public static void main(String[] args) throws Exception {
        // A window it cannot read stops the service here, before the peer can send it anything.
        ProposalTimeWindow.endorser();
        GreenLedgerRouter router = new GreenLedgerRouter(args);
        ChaincodeServerProperties server = router.getChaincodeServerConfig();
        String clientCa = System.getenv("GL_CHAINCODE_CLIENT_CA_FILE");
        if (server.isTlsEnabled()) {
            if (clientCa == null || clientCa.isBlank()) {
                throw new IllegalStateException("GL_CHAINCODE_CLIENT_CA_FILE must name the CA of the peer's client certificate");
            }
            server.setTrustCertCollectionFile(clientCa);
        }
        router.serve(server);
    }
}
