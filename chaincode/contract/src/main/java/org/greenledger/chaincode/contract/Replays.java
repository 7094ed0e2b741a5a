package org.greenledger.chaincode.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Writes a client may send again after a timeout or a conflict: the one place that decides what a
 * request id that was used before gets. The same request (its canonical JSON hashes the same)
 * from the same org gets the first result, exactly as it was, and changes nothing; any other
 * reuse of the id is refused with REQUEST_ID_REUSED. A transaction checks who may ask for what
 * before it calls {@link #once}, so a replay never shows a result to a caller that could not
 * have made the request.
 */
public final class Replays {
    private static final String REQUEST = "request";

    private Replays() {
    }

    /** What the first use of a request id left: who sent which request, and what it got (null for a run). */
    record Replay(String callerMspId, String requestSha256, String txId, String result) {
    }

    /**
     * Applies {@code request} once under {@code requestId}: runs {@code apply} and remembers its
     * result, or returns the result of the first use of the id.
     *
     * @param transaction the transaction; request ids are scoped to it
     * @param scope       key parts that further scope the id (for example a bond's id), may be empty
     * @return the result's JSON
     * @throws ContractError REQUEST_ID_REUSED for a different request or another org under a used id
     */
    public static String once(GreenLedgerContext ctx, Transaction<?, ?> transaction, List<String> scope,
            String requestId, Object request, Supplier<?> apply) {
        Ledger ledger = ctx.ledger();
        String key = key(ledger, transaction, scope, requestId);
        String requestSha256 = sha256(Json.encode(request));
        Optional<Replay> first = sameAsFirstUse(ctx, key, requestSha256, transaction, requestId);
        if (first.isPresent()) {
            return first.get().result();
        }
        String result = Json.encode(apply.get());
        ledger.write(key, new Replay(ctx.caller().mspId(), requestSha256, ledger.txId(), result));
        return result;
    }

    /**
     * Claims {@code requestId} for a run that takes several transactions (a payment run, a chunk
     * each): the first use records the caller's org and the run, a later use by the same org for
     * the same run may go on with it, any other use is refused. Where the run stands is the run's
     * own record; this decides only who may continue it.
     *
     * @param run what identifies the run: the request without what may change from chunk to chunk
     * @throws ContractError REQUEST_ID_REUSED for a different run or another org under a used id
     */
    public static void claimRun(GreenLedgerContext ctx, Transaction<?, ?> transaction, List<String> scope,
            String requestId, Object run) {
        Ledger ledger = ctx.ledger();
        String key = key(ledger, transaction, scope, requestId);
        String runSha256 = sha256(Json.encode(run));
        if (sameAsFirstUse(ctx, key, runSha256, transaction, requestId).isEmpty()) {
            ledger.write(key, new Replay(ctx.caller().mspId(), runSha256, ledger.txId(), null));
        }
    }

    /**
     * The id's first use, if it was this org's with the same request; empty if the id is unused.
     *
     * @throws ContractError REQUEST_ID_REUSED if another org or another request used it
     */
    private static Optional<Replay> sameAsFirstUse(GreenLedgerContext ctx, String key, String requestSha256,
            Transaction<?, ?> transaction, String requestId) {
        Optional<Replay> first = ctx.ledger().read(key, Replay.class);
        if (first.isPresent() && !(first.get().callerMspId().equals(ctx.caller().mspId())
                && first.get().requestSha256().equals(requestSha256))) {
            throw reused(transaction, requestId);
        }
        return first;
    }

    private static String key(Ledger ledger, Transaction<?, ?> transaction, List<String> scope, String requestId) {
        return ledger.key(REQUEST, Stream.concat(Stream.of(transaction.txName()),
                Stream.concat(scope.stream(), Stream.of(requestId))).toArray(String[]::new));
    }

    private static ContractError reused(Transaction<?, ?> transaction, String requestId) {
        return new ContractError(ErrorCode.REQUEST_ID_REUSED, "request id '" + requestId + "' of "
                + transaction.txName() + " was used before for a different request or by another org; "
                + "a new request needs a new id");
    }

    /** {@link #once} for ids that are unique across the whole transaction. */
    public static String once(GreenLedgerContext ctx, Transaction<?, ?> transaction, String requestId, Object request,
            Supplier<?> apply) {
        return once(ctx, transaction, List.of(), requestId, request, apply);
    }

    private static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
