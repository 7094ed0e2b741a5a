package org.greenledger.client;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * How the SDK sends a call again: at most {@link #MAX_ATTEMPTS} attempts, after a random pause
 * whose bound doubles from a block's time (250 ms) to 4 s, so that clients that collided land in
 * different blocks. A write is sent again after a read conflict at commit only if it carries a
 * request id (the chaincode then returns the first result if the first attempt was applied).
 *
 * <p>Public so that a caller can apply the same policy to its own calls, as the benchmarks do
 * for the designs they compare GreenLedger with, and read how often it retried. A call through
 * fabric-gateway's {@code Contract}, replay-safe because an invalidated transfer changed nothing:
 * <pre>{@code
 * for (int attempt = 1; ; attempt++) {
 *     try {
 *         return contract.submitTransaction("Transfer", from, to, units);
 *     } catch (CommitException e) {                       // invalidated at commit
 *         if (!RetryPolicy.isConflict(e.getCode()) || attempt == RetryPolicy.MAX_ATTEMPTS) {
 *             throw e;
 *         }
 *     } catch (EndorseException e) {                      // nothing reached the orderers
 *         if (!RetryPolicy.endorsersDisagreed(e) || attempt == RetryPolicy.MAX_ATTEMPTS) {
 *             throw e;
 *         }
 *     }
 *     RetryPolicy.pauseBefore(attempt + 1);
 * }
 * // later: RetryPolicy.retries() counts these re-sends with the SDK's own
 * }</pre>
 */
public final class RetryPolicy {
    /** Attempts of one call, the first included. */
    public static final int MAX_ATTEMPTS = 8;
    private static final Set<TxValidationCode> CONFLICTS = EnumSet.of(TxValidationCode.MVCC_READ_CONFLICT,
            TxValidationCode.PHANTOM_READ_CONFLICT);
    private static final AtomicLong RETRIES = new AtomicLong();

    private RetryPolicy() {
    }

    /**
     * Whether a transaction invalidated with {@code code} lost a race for a key it read: it
     * changed nothing, and may be sent again if sending it twice cannot apply it twice.
     *
     * @param code the validation code of the invalidated transaction ({@code CommitException#getCode()})
     * @return true for {@code MVCC_READ_CONFLICT} and {@code PHANTOM_READ_CONFLICT}, false otherwise
     */
    public static boolean isConflict(TxValidationCode code) {
        return CONFLICTS.contains(code);
    }

    /**
     * Whether the endorsing peers simulated at different heights and returned different results
     * (nothing reached the orderers, so the call may be sent again once they caught up).
     *
     * @param e the failure of the endorsement
     * @return true if the Gateway reported mismatched proposal responses and no peer refused;
     *         false for a refusal or any other endorsement failure
     */
    public static boolean endorsersDisagreed(EndorseException e) {
        return !GatewayFailures.refused(e) && GatewayFailures.fullText(e).contains("ProposalResponsePayloads do not match");
    }

    /**
     * The bound of the random pause before attempt {@code attempt}: 250 ms before the second,
     * doubling with each attempt up to 4 s from the sixth on.
     *
     * @param attempt the number of the attempt about to be sent, counting the first as 1 (2 or
     *                later; smaller numbers get the bound of 2)
     * @return the longest pause before that attempt
     */
    public static Duration pauseBound(int attempt) {
        return Duration.ofMillis(Math.min(4_000L, 250L << Math.min(Math.max(attempt - 2, 0), 4)));
    }

    /**
     * Counts a retry and sleeps a random time between a quarter of {@link #pauseBound} and the
     * bound itself.
     *
     * @param attempt the number of the attempt about to be sent, counting the first as 1
     * @throws GreenLedgerException if the thread is interrupted meanwhile (its interrupt flag is
     *                              kept)
     */
    public static void pauseBefore(int attempt) {
        RETRIES.incrementAndGet();
        long bound = pauseBound(attempt).toMillis();
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 4, bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GreenLedgerException("interrupted while retrying", e);
        }
    }

    /**
     * How many calls this process has sent again so far (the SDK's and any caller's through
     * {@link #pauseBefore}).
     *
     * @return the number of {@link #pauseBefore} calls since the class was loaded
     */
    public static long retries() {
        return RETRIES.get();
    }
}
