package org.greenledger.client;

import io.grpc.CallOptions;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.greenledger.chaincode.api.GreenLedgerError;
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
 * A call made through {@link GreenLedger#withDeadline} has that deadline for all its attempts
 * together ({@link CallDeadline}).
 */
final class Invoker {
    static final int MAX_ATTEMPTS = RetryPolicy.MAX_ATTEMPTS;
    private static final AtomicLong FAILOVERS = new AtomicLong();

    private final List<GatewayTarget> targets;
    private final String chaincode;
    private final ProposalPreparation preparation;
    private final CallListener listener;
    /** The Gateway in use: the first, until it cannot be reached. */
    private final AtomicInteger current = new AtomicInteger();

    Invoker(List<GatewayTarget> targets, String chaincode, ProposalPreparation preparation, CallListener listener) {
        this.targets = targets;
        this.chaincode = chaincode;
        this.preparation = preparation;
        this.listener = listener;
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
        long start = System.nanoTime();
        CallListener.Outcome outcome = CallListener.Outcome.FAILED;
        try {
            R result = attempts(tx, args);
            outcome = CallListener.Outcome.OK;
            return result;
        } catch (RejectedException e) {
            outcome = CallListener.Outcome.REFUSED;
            throw e;
        } catch (NotCommittedException e) {
            outcome = CallListener.Outcome.NOT_COMMITTED;
            throw e;
        } catch (UnfinishedCallException e) {
            outcome = CallListener.Outcome.UNFINISHED;
            throw e;
        } finally {
            listener.completed(tx, outcome, java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private <R> R attempts(Transaction<?, R> tx, List<String> args) {
        int unreachable = 0;
        UnaryOperator<CallOptions> options = CallDeadline.options();
        for (int attempt = 1; ; attempt++) {
            int index = current.get();
            GatewayTarget target = targets.get(index);
            try {
                Contract contract = target.network().getContract(chaincode, tx.contract());
                Proposal proposal = preparation.prepare(target.gateway(),
                        contract.newProposal(tx.txName()).addArguments(args.toArray(String[]::new)).build());
                byte[] result = tx.intent() == Transaction.Intent.SUBMIT
                        ? proposal.endorse(options).submit(options)
                        : proposal.evaluate(options);
                return tx.result(new String(result, StandardCharsets.UTF_8));
            } catch (CommitException e) {
                if (!(tx.replaySafe() && RetryPolicy.isConflict(e.getCode()) && attempt < MAX_ATTEMPTS)) {
                    throw new NotCommittedException(e.getTransactionId(), e.getCode().name(), e);
                }
                retryAfter(tx, attempt);
            } catch (GreenLedgerError unreadable) {
                throw new GreenLedgerException(tx.qualifiedName() + " answered with a result this SDK cannot read: "
                        + unreadable.getMessage(), unreadable);
            } catch (GatewayException e) {
                // A failed submit may have reached the orderers, so only endorsements and
                // evaluations move to another Gateway.
                boolean beforeOrdering = e instanceof EndorseException || tx.intent() == Transaction.Intent.EVALUATE;
                if (beforeOrdering && unreachable(e) && ++unreachable < targets.size()) {
                    listener.retrying(tx, true);
                    failOver(index);
                } else if (e instanceof EndorseException endorse && attempt < MAX_ATTEMPTS
                        && (notReady(endorse) || tx.replaySafe() && RetryPolicy.endorsersDisagreed(endorse))) {
                    if (notReady(endorse) && targets.size() > 1) {
                        failOver(index);
                    }
                    retryAfter(tx, attempt);
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

    /** The SDK's exception for a failure of {@code tx} (see {@link GatewayFailures}). */
    static GreenLedgerException translate(Transaction tx, GatewayException e) {
        return GatewayFailures.translate(tx, e);
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

    /**
     * The pause of {@link RetryPolicy} before the next attempt. Nothing of this call is in flight
     * meanwhile, so a call interrupted here will not commit; a deadline that passes here stops the
     * next attempt at once.
     */
    private void retryAfter(Transaction<?, ?> tx, int attempt) {
        listener.retrying(tx, false);
        try {
            RetryPolicy.pauseBefore(attempt + 1);
        } catch (GreenLedgerException interrupted) {
            throw new UnfinishedCallException(tx.qualifiedName(), true, false, null, interrupted);
        }
    }
}
