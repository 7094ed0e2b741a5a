package org.greenledger.chaincode.contract;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Refusal;
import org.greenledger.chaincode.contract.metrics.ChaincodeMetrics;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * The shim's contract router (which is final), wrapped with two changes: a failure that carries
 * no GreenLedger code (the shim's "Unexpected error" or "Error during contract method
 * execution") is answered with {@link ErrorCode#INTERNAL_ERROR} and the transaction id, never raw
 * exception text; and the shim's own log line with every argument in full is off
 * ({@link Arguments} logs a bounded one). It reads the same environment and options as the
 * router, so the chaincode server it is handed to connects exactly as the router would.
 */
final class GreenLedgerRouter extends ChaincodeBase {
    /** Held so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final Logger SHIM_ROUTER_LOG = Logger.getLogger(ContractRouter.class.getName());

    private final ContractRouter contracts;
    private final ChaincodeMetrics metrics;

    GreenLedgerRouter(String[] args, ChaincodeMetrics metrics) {
        contracts = new ContractRouter(args);
        this.metrics = metrics;
        processEnvironmentOptions();
        processCommandLineOptions(args);
        validateOptions();
        getChaincodeConfig(); // made once, as the router makes its own: the server's connection reads it
        SHIM_ROUTER_LOG.setLevel(Level.WARNING);
    }

    /** Finds the contracts and serves them through {@code server} until it stops. */
    void serve(ChaincodeServerProperties server) throws java.io.IOException, InterruptedException {
        contracts.startRouterWithChaincodeServer(new NettyChaincodeServer(this, server));
    }

    @Override
    public Chaincode.Response invoke(ChaincodeStub stub) {
        // The service's own clock, read only for its metrics: the response and everything written
        // depend on the proposal and the ledger alone, so endorsers still agree.
        long start = System.nanoTime();
        Chaincode.Response response = coded(contracts.invoke(stub), stub.getTxId());
        metrics.record(stub.getFunction(), refusal(response), (System.nanoTime() - start) / 1e9);
        return response;
    }

    /** The code a refused proposal carries; empty for an endorsed one. */
    static java.util.Optional<ErrorCode> refusal(Chaincode.Response response) {
        return response.getStatusCode() < Chaincode.Response.Status.ERROR_THRESHOLD.getCode()
                ? java.util.Optional.empty()
                : Refusal.fromJson(response.getMessage()).map(Refusal::code);
    }

    @Override
    public Chaincode.Response init(ChaincodeStub stub) {
        return coded(contracts.init(stub), stub.getTxId());
    }

    static Chaincode.Response coded(Chaincode.Response response, String txId) {
        if (response.getStatusCode() < Chaincode.Response.Status.ERROR_THRESHOLD.getCode()
                || Refusal.fromJson(response.getMessage()).isPresent()) {
            return response;
        }
        Refusal failed = new Refusal(ErrorCode.INTERNAL_ERROR, "the chaincode could not complete transaction " + txId
                + "; nothing was written (its log has the cause)");
        return new Chaincode.Response(Chaincode.Response.Status.INTERNAL_SERVER_ERROR.getCode(), failed.toJson(),
                failed.toJsonBytes());
    }
}
