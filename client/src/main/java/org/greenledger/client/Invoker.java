package org.greenledger.client;

import io.grpc.Status;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Runs a {@link Transaction} with its declared intent (submit or evaluate), decodes the result,
 * and turns every failure into the SDK's exceptions. A replay-safe write that lost a read
 * conflict is sent again, a few times. The one place that talks to the Gateway.
 */
final class Invoker {
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

    <T> T call(Transaction tx, Type resultType, String... args) {
        int unreachable = 0;
        for (int attempt = 1; ; attempt++) {
            int index = current.get();
            GatewayTarget target = targets.get(index);
            try {
                Contract contract = target.network().getContract(chaincode, tx.contract());
                Proposal proposal = preparation.prepare(target.gateway(),
                        contract.newProposal(tx.txName()).addArguments(args).build());
                byte[] result = tx.intent() == Transaction.Intent.SUBMIT
                        ? proposal.endorse().submit()
                        : proposal.evaluate();
                return Json.decode(new String(result, StandardCharsets.UTF_8), resultType);
            } catch (CommitException e) {
                if (!(tx.replaySafe() && CONFLICTS.contains(e.getCode()) && attempt < MAX_ATTEMPTS)) {
                    throw new NotCommittedException(e.getTransactionId(), e.getCode().name(), e);
                }
                RETRIES.incrementAndGet();
                backOff(attempt);
            } catch (EndorseException e) {
                if (unreachable(e) && ++unreachable < targets.size()) {
                    failOver(index);
                    continue;
                }
                if (notReady(e) && attempt < MAX_ATTEMPTS) {
                    if (targets.size() > 1) {
                        failOver(index);
                    }
                    RETRIES.incrementAndGet();
                    backOff(attempt);
                    continue;
                }
                if (!(tx.replaySafe() && endorsersDisagreed(e) && attempt < MAX_ATTEMPTS)) {
                    throw translate(tx, e);
                }
                RETRIES.incrementAndGet();
                backOff(attempt);
            } catch (GatewayException e) {
                // An evaluation never reached the peer: ask the next Gateway. (A failed submit
                // may have reached the orderers, so it is not sent elsewhere.)
                if (tx.intent() == Transaction.Intent.EVALUATE && unreachable(e) && ++unreachable < targets.size()) {
                    failOver(index);
                    continue;
                }
                throw translate(tx, e);
            }
        }
    }

    /** The Gateway could not be reached at all: nothing was endorsed or evaluated there. */
    private static boolean unreachable(GatewayException e) {
        return e.getStatus().getCode() == io.grpc.Status.Code.UNAVAILABLE;
    }

    /**
     * A Gateway whose peer has just started does not yet know the other peers, so it finds no
     * endorsers; nothing was endorsed, so any transaction may be sent again a moment later.
     */
    private static boolean notReady(EndorseException e) {
        return e.getStatus().getCode() == io.grpc.Status.Code.FAILED_PRECONDITION
                && String.valueOf(e.getMessage()).contains("no combination of peers");
    }

    /** Moves every later call to the next Gateway, unless another thread already did. */
    private void failOver(int from) {
        if (current.compareAndSet(from, (from + 1) % targets.size())) {
            FAILOVERS.incrementAndGet();
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong FAILOVERS = new java.util.concurrent.atomic.AtomicLong();

    /** How many times calls moved to another Gateway in this process. */
    static long failovers() {
        return FAILOVERS.get();
    }

    /**
     * Another transaction in the same block changed what this one read. A write with a request id
     * is sent again: if the first attempt had in fact been applied, the chaincode returns its result.
     * The same goes for endorsers that disagreed because they were at different heights.
     */
    private static final Set<TxValidationCode> CONFLICTS = EnumSet.of(TxValidationCode.MVCC_READ_CONFLICT,
            TxValidationCode.PHANTOM_READ_CONFLICT);
    static final int MAX_ATTEMPTS = 8;
    private static final java.util.concurrent.atomic.AtomicLong RETRIES = new java.util.concurrent.atomic.AtomicLong();

    /** How many writes were sent again in this process, for tests and operators' metrics. */
    static long retries() {
        return RETRIES.get();
    }

    /**
     * The endorsing peers simulated at different heights (one had committed a block the other had
     * not) and returned different results; once they catch up they agree.
     */
    private static boolean endorsersDisagreed(EndorseException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        e.getDetails().forEach(d -> text.append(' ').append(d.getMessage()));
        return ErrorCode.find(text.toString()).isEmpty() && text.indexOf("ProposalResponsePayloads do not match") >= 0;
    }

    /**
     * Waits a random time up to a bound that doubles after each conflict (from a block's time,
     * 250 ms, to 4 s), so that clients that collided land in different blocks.
     */
    private static void backOff(int attempt) {
        long bound = Math.min(4_000L, 250L << Math.min(attempt - 1, 4));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 4, bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GreenLedgerException("interrupted while retrying", e);
        }
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
