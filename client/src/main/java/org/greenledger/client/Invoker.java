package org.greenledger.client;

import io.grpc.Status;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;

/**
 * Runs a {@link Transaction} with its declared intent (submit or evaluate), decodes the result,
 * and turns every failure into the SDK's exceptions. The one place that talks to the Gateway.
 */
final class Invoker {
    private final Network network;
    private final String chaincode;

    Invoker(Network network, String chaincode) {
        this.network = network;
        this.chaincode = chaincode;
    }

    <T> T call(Transaction tx, Type resultType, String... args) {
        Contract contract = network.getContract(chaincode, tx.contract());
        byte[] result;
        try {
            result = tx.intent() == Transaction.Intent.SUBMIT
                    ? contract.submitTransaction(tx.txName(), args)
                    : contract.evaluateTransaction(tx.txName(), args);
        } catch (CommitException e) {
            throw new NotCommittedException(e.getTransactionId(), e.getCode().name(), e);
        } catch (GatewayException e) {
            throw translate(tx, e);
        }
        return Json.decode(new String(result, StandardCharsets.UTF_8), resultType);
    }

    /** The chaincode's code travels in the error message or in a per-peer detail. */
    static GreenLedgerException translate(Transaction tx, GatewayException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        e.getDetails().forEach(d -> text.append(" | ").append(d.getMspId()).append(": ").append(d.getMessage()));
        String message = tx.qualifiedName() + " failed: " + text;
        return ErrorCode.find(text.toString())
                .<GreenLedgerException>map(code -> new RejectedException(code, message, e))
                .orElseGet(() -> new GreenLedgerException(message + " (gRPC " + Status.fromThrowable(e).getCode() + ")", e));
    }
}
