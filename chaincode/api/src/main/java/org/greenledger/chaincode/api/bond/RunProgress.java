package org.greenledger.chaincode.api.bond;

import java.time.Instant;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;

/**
 * How far a servicing run has come. A run walks a bond's holders (a record date, a coupon
 * payment, a redemption) or its subscriptions (the issue) in key order, a bounded chunk per
 * transaction, so that no transaction grows with the number of holders. The progress is on the
 * ledger, in the run's own record: any authorised operator resumes a run by sending its request
 * again, and the next chunk starts after {@link #cursor}, so nobody is processed twice.
 *
 * @param status    IN_PROGRESS until the chunk that reaches the last holder or subscription, then DONE
 * @param cursor    the account id (holders) or subscription id processed last; null before the first chunk
 * @param processed holders or subscriptions processed so far
 * @param chunks    transactions that processed them
 * @param startedAt transaction time of the first chunk
 * @param updatedAt transaction time of the last chunk
 */
public record RunProgress(Status status, String cursor, int processed, int chunks, Instant startedAt,
        Instant updatedAt) {
    /**
     * The most holders or subscriptions one chunk may process: a chunk's writes (entitlements,
     * lots, movement records, payments) stay well inside a transaction's execution timeout and
     * the orderers' message limit at this size.
     */
    public static final int MAX_CHUNK = 500;

    /** Where a run stands. */
    public enum Status {
        /** Chunks remain: the next one starts after the cursor. */
        IN_PROGRESS,
        /** Every holder or subscription was processed; sending the run again processes nobody. */
        DONE
    }

    public RunProgress {
        Check.present("status", status);
        Check.present("startedAt", startedAt);
        Check.present("updatedAt", updatedAt);
    }

    public boolean done() {
        return status == Status.DONE;
    }

    /**
     * The progress after one more chunk: {@code count} processed up to {@code last} (the cursor
     * stays where it was when the chunk found nobody).
     *
     * @param before the progress so far, null for the first chunk
     * @param more   whether anyone is left after {@code last}
     */
    public static RunProgress after(RunProgress before, String last, int count, boolean more, Instant at) {
        Status status = more ? Status.IN_PROGRESS : Status.DONE;
        if (before == null) {
            return new RunProgress(status, last, count, 1, at, at);
        }
        return new RunProgress(status, last == null ? before.cursor() : last, Math.addExact(before.processed(), count),
                Math.addExact(before.chunks(), 1), before.startedAt(), at);
    }

    /**
     * Checks a request's chunk size: 1 to {@link #MAX_CHUNK}.
     *
     * @throws GreenLedgerError INVALID_ARGUMENT naming the field otherwise
     */
    public static int chunkSize(String field, int value) {
        if (value < 1 || value > MAX_CHUNK) {
            throw GreenLedgerError.invalid(field, "must be 1 to " + MAX_CHUNK + " (processed per transaction) but was "
                    + value);
        }
        return value;
    }
}
