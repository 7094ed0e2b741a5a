package org.greenledger.client;

import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.event.EventType;

/**
 * One committed write's event: its type (one per transaction) and its payload, the record the
 * write produced.
 *
 * @param type          what happened
 * @param payloadJson   the payload as the chaincode wrote it
 * @param blockNumber   the block that committed it
 * @param transactionId the transaction
 */
public record LedgerEvent(EventType type, String payloadJson, long blockNumber, String transactionId) {
    /**
     * Decodes the payload as its event type's record ({@link EventType#payloadType()}), for a
     * handler that dispatches on the record's class.
     *
     * @return the payload record, for example the {@code UnitsMoved} of a transfer
     */
    public Object payload() {
        return Json.decode(payloadJson, type.payloadType());
    }

    /**
     * Decodes the payload as {@code payloadType}, which must be the event type's payload type.
     *
     * @param <T>         the payload's record type
     * @param payloadType the class of {@link EventType#payloadType()}
     * @return the payload record
     * @throws IllegalArgumentException if this event's type carries another record
     */
    public <T> T payload(Class<T> payloadType) {
        if (!payloadType.equals(type.payloadType())) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
        }
        return Json.decode(payloadJson, payloadType);
    }
}
