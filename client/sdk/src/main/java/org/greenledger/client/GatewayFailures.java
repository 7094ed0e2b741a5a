package org.greenledger.client;

import io.grpc.Status;
import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.Refusal;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.TransactionException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * What a failure reported by the Fabric Gateway means for the caller: a refusal by the chaincode
 * ({@link RejectedException}), a call stopped by its deadline or cancelled
 * ({@link UnfinishedCallException}), or a failure to reach or hear from the network
 * ({@link GreenLedgerException}).
 *
 * <p>The chaincode's refusal is read from each endorser's error detail, where the Gateway puts
 * the chaincode's response message after {@value #CHAINCODE_RESPONSE}{@code <status>, }; that
 * message is a {@link Refusal}'s JSON. Only the Gateway's fixed wording is skipped: the rest must
 * be exactly a refusal, or it is not taken for one.
 */
final class GatewayFailures {
    /** How the Gateway introduces a chaincode's error response ({@code "chaincode response 500, ..."}). */
    static final String CHAINCODE_RESPONSE = "chaincode response ";

    private GatewayFailures() {
    }

    /** The SDK's exception for {@code e}, a failure of {@code tx}. */
    static GreenLedgerException translate(Transaction tx, GatewayException e) {
        List<EndorserAnswer> answers = answers(e);
        String transactionId = e instanceof TransactionException t ? t.getTransactionId() : null;
        Optional<Refusal> refusal = refusal(e, answers);
        if (refusal.isPresent()) {
            return RejectedException.byChaincode(tx.qualifiedName(), refusal.get(), transactionId, answers, e);
        }
        Status.Code status = e.getStatus().getCode();
        if (status == Status.Code.DEADLINE_EXCEEDED || status == Status.Code.CANCELLED) {
            // only a submit or a commit wait can stop after the orderers have the transaction
            boolean mayStillCommit = e instanceof SubmitException || e instanceof CommitStatusException;
            return new UnfinishedCallException(tx.qualifiedName(), status == Status.Code.CANCELLED, mayStillCommit,
                    transactionId, e);
        }
        String unread = answeredByChaincode(e) ? " (the chaincode answered in a format this SDK does not read:"
                + " a chaincode older or newer than the SDK?)" : "";
        return new GreenLedgerException(tx.qualifiedName() + " failed" + unread + ": " + fullText(e)
                + " (gRPC " + status + ")", e);
    }

    /** Whether the chaincode refused on any endorser. */
    static boolean refused(GatewayException e) {
        return refusal(e, answers(e)).isPresent();
    }

    /** The Gateway's message with each peer's detail, for messages and logs. */
    static String fullText(GatewayException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        e.getDetails().forEach(d -> text.append(" | ").append(d.getMspId()).append(": ").append(d.getMessage()));
        return text.toString();
    }

    /**
     * The chaincode's response message inside a peer's message as the Gateway reports it, or the
     * whole message if it does not start with the Gateway's wording.
     */
    static String chaincodeMessage(String peerMessage) {
        int at = peerMessage.indexOf(CHAINCODE_RESPONSE);
        int comma = at < 0 ? -1 : peerMessage.indexOf(", ", at);
        return comma < 0 ? peerMessage : peerMessage.substring(comma + 2);
    }

    private static List<EndorserAnswer> answers(GatewayException e) {
        return e.getDetails().stream().map(GatewayFailures::answer).toList();
    }

    private static EndorserAnswer answer(ErrorDetail detail) {
        return new EndorserAnswer(detail.getMspId(), detail.getAddress(),
                Refusal.fromJson(chaincodeMessage(detail.getMessage())), detail.getMessage());
    }

    /**
     * The first endorser's refusal; without details (a Gateway that sends none), the refusal in
     * the status message, which then ends with the one endorser's answer.
     */
    private static Optional<Refusal> refusal(GatewayException e, List<EndorserAnswer> answers) {
        Optional<Refusal> first = answers.stream().flatMap(a -> a.refusal().stream()).findFirst();
        if (first.isPresent() || !answers.isEmpty()) {
            return first;
        }
        String message = e.getStatus().getDescription();
        return message == null || !message.contains(CHAINCODE_RESPONSE) ? Optional.empty()
                : Refusal.fromJson(chaincodeMessage(message));
    }

    private static boolean answeredByChaincode(GatewayException e) {
        return fullText(e).contains(CHAINCODE_RESPONSE);
    }
}
