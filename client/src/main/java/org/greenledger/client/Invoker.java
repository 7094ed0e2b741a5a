package org.greenledger.client;

import io.grpc.Status;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Runs a {@link Transaction} with its declared intent (submit or evaluate), decodes the result,
 * and turns every failure into the SDK's exceptions. A replay-safe write that lost a read
 * conflict is sent again, a few times. The one place that talks to the Gateway.
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
        for (int attempt = 1; ; attempt++) {
            try {
                Proposal proposal = preparation.prepare(gateway,
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
                if (!(tx.replaySafe() && endorsersDisagreed(e) && attempt < MAX_ATTEMPTS)) {
                    throw translate(tx, e);
                }
                RETRIES.incrementAndGet();
                backOff(attempt);
            } catch (GatewayException e) {
                throw translate(tx, e);
            }
        }
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
