package org.greenledger.client;

import io.grpc.Status;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;

/**
 * Runs a {@link Transaction} with its declared intent (submit or evaluate), decodes the result,
 * and turns every failure into the SDK's exceptions. The one place that talks to the Gateway.
 */
final class Invoker {
    private final Gateway gateway;
    private final Network network;
    private final String chaincode;
    private final ProposalPreparation preparation;

    Invoker(Gateway gateway, Network network, String chaincode, ProposalPreparation preparation) {
        this.gateway = gateway;
        this.network = network;
        this.chaincode = chaincode;
        this.preparation = preparation;
    }

    <T> T call(Transaction tx, Type resultType, String... args) {
        Contract contract = network.getContract(chaincode, tx.contract());
        byte[] result;
        try {
            Proposal proposal = preparation.prepare(gateway, contract.newProposal(tx.txName()).addArguments(args).build());
            result = tx.intent() == Transaction.Intent.SUBMIT
                    ? proposal.endorse().submit()
                    : proposal.evaluate();
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
                .<GreenLedgerException>map(code -> RejectedException.of(code, message, e))
                .orElseGet(() -> new GreenLedgerException(message + " (gRPC " + Status.fromThrowable(e).getCode() + ")", e));
    }
}
