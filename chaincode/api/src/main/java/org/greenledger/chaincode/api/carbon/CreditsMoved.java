package org.greenledger.chaincode.api.carbon;

import java.time.Instant;

/**
 * Serials that changed hands or status: the event of a transfer, a retirement or a cancellation.
 *
 * @param operationId     the request id (transfer, retirement or cancellation id)
 * @param range           the serials
 * @param fromAccountId   who held them
 * @param toAccountId     who holds them now (null when retired or cancelled)
 * @param status          what they are now
 * @param firstTransfer   whether this was the first transfer of Article 6 authorized units
 * @param at              transaction time
 */
public record CreditsMoved(String operationId, SerialRange range, String fromAccountId, String toAccountId,
        BlockStatus status, boolean firstTransfer, Instant at) {
}
