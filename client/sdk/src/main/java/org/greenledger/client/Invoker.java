package org.greenledger.client;

import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;

/**
 * Runs a {@link Transaction} with its declared intent (submit or evaluate), decodes the result,
 * and turns every failure into the SDK's exceptions. The one place that talks to the Gateway, so
 * the one place that decides what a failure allows:
 * <ul>
 * <li>the Gateway could not be reached: the call moves to the profile's next Gateway;</li>
 * <li>nothing was endorsed yet (a Gateway whose peer just restarted finds no endorsers): sent
 *     again a moment later;</li>
 * <li>a write with a request id lost a read conflict at commit, or its endorsers disagreed
 *     because they were at different heights: sent again; if the first attempt had in fact been
 *     applied, the chaincode returns its result;</li>
 * <li>anything else: the caller gets it.</li>
 * </ul>
 */
final class Invoker {
    static final int MAX_ATTEMPTS = RetryPolicy.MAX_ATTEMPTS;
    private static final AtomicLong FAILOVERS = new AtomicLong();

    private final List<GatewayTarget> targets;
    private final String chaincode;
    private final ProposalPreparation preparation;
    /** The Gateway in use: the first, until it cannot be reached. */
    private final AtomicInteger current = new AtomicInteger();

    Invoker(List<GatewayTarget> targets, String chaincode, ProposalPreparation preparation) {
        this.targets = targets;
        this.chaincode = chaincode;
        this.preparation = preparation;
    }

    /** Sends {@code request} by {@code tx}, as the arguments its request type travels as, and decodes the result. */
    <Q, R> R call(Transaction<Q, R> tx, Q request) {
        return send(tx, tx.arguments(request));
    }

    /** {@link #call(Transaction, Object)} for a transaction that takes no request. */
    <R> R call(Transaction<Void, R> tx) {
        return call(tx, null);
    }

    /**
     * Sends {@code args} as they are, with the retries and failover of every call; for tests that
     * send what no typed request can (malformed JSON, a missing field).
     */
    <R> R send(Transaction<?, R> tx, List<String> args) {
        int unreachable = 0;
        for (int attempt = 1; ; attempt++) {
            int index = current.get();
            GatewayTarget target = targets.get(index);
            try {
                Contract contract = target.network().getContract(chaincode, tx.contract());
                Proposal proposal = preparation.prepare(target.gateway(),
                        contract.newProposal(tx.txName()).addArguments(args.toArray(String[]::new)).build());
                byte[] result = tx.intent() == Transaction.Intent.SUBMIT
                        ? proposal.endorse().submit()
                        : proposal.evaluate();
                return tx.result(new String(result, StandardCharsets.UTF_8));
            } catch (CommitException e) {
                if (!(tx.replaySafe() && RetryPolicy.isConflict(e.getCode()) && attempt < MAX_ATTEMPTS)) {
                    throw new NotCommittedException(e.getTransactionId(), e.getCode().name(), e);
                }
                retryAfter(attempt);
            } catch (GatewayException e) {
                // A failed submit may have reached the orderers, so only endorsements and
                // evaluations move to another Gateway.
                boolean beforeOrdering = e instanceof EndorseException || tx.intent() == Transaction.Intent.EVALUATE;
                if (beforeOrdering && unreachable(e) && ++unreachable < targets.size()) {
                    failOver(index);
                } else if (e instanceof EndorseException endorse && attempt < MAX_ATTEMPTS
                        && (notReady(endorse) || tx.replaySafe() && RetryPolicy.endorsersDisagreed(endorse))) {
                    if (notReady(endorse) && targets.size() > 1) {
                        failOver(index);
                    }
                    retryAfter(attempt);
                } else {
                    throw translate(tx, e);
                }
            }
        }
    }

    /** How many calls were sent again in this process, for tests and operators' metrics. */
    static long retries() {
        return RetryPolicy.retries();
    }

    /** How many times calls moved to another Gateway in this process. */
    static long failovers() {
        return FAILOVERS.get();
    }

    /** The chaincode's code travels in the error message or in a per-peer detail. */
    static GreenLedgerException translate(Transaction tx, GatewayException e) {
        String text = fullText(e);
        String message = tx.qualifiedName() + " failed: " + text;
        return ErrorCode.find(text)
                .<GreenLedgerException>map(code -> RejectedException.of(code, message, e))
                .orElseGet(() -> new GreenLedgerException(message + " (gRPC " + Status.fromThrowable(e).getCode() + ")", e));
    }

    /** The Gateway's message with each peer's detail. */
    static String fullText(GatewayException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        e.getDetails().forEach(d -> text.append(" | ").append(d.getMspId()).append(": ").append(d.getMessage()));
        return text.toString();
    }

    /** The Gateway could not be reached at all: nothing was endorsed or evaluated there. */
    private static boolean unreachable(GatewayException e) {
        return e.getStatus().getCode() == Status.Code.UNAVAILABLE;
    }

    /** A Gateway whose peer has just started does not yet know the other peers, so it finds no endorsers. */
    private static boolean notReady(EndorseException e) {
        return e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION
                && String.valueOf(e.getMessage()).contains("no combination of peers");
    }

    /** Moves every later call to the next Gateway, unless another thread already did. */
    private void failOver(int from) {
        if (current.compareAndSet(from, (from + 1) % targets.size())) {
            FAILOVERS.incrementAndGet();
        }
    }

    /** The pause of {@link RetryPolicy} before the next attempt. */
    private static void retryAfter(int attempt) {
        RetryPolicy.pauseBefore(attempt + 1);
    }
}
