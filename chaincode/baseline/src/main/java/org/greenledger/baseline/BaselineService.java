package org.greenledger.baseline;

import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Serves {@link BaselineContract} as a chaincode service, configured exactly as GreenLedger's
 * (the shim's environment variables, plus {@code GL_CHAINCODE_CLIENT_CA_FILE} so that only the
 * org's own peer may call it): the comparison then includes the same TLS and transport.
 */
public final class BaselineService {
    private BaselineService() {
    }

    public static void main(String[] args) throws Exception {
        ContractRouter router = new ContractRouter(args);
        ChaincodeServerProperties server = router.getChaincodeServerConfig();
        String clientCa = System.getenv("GL_CHAINCODE_CLIENT_CA_FILE");
        if (server.isTlsEnabled()) {
            if (clientCa == null || clientCa.isBlank()) {
                throw new IllegalStateException("GL_CHAINCODE_CLIENT_CA_FILE must name the CA of the peer's client certificate");
            }
            server.setTrustCertCollectionFile(clientCa);
        }
        router.startRouterWithChaincodeServer(new NettyChaincodeServer(router, server));
    }
}
