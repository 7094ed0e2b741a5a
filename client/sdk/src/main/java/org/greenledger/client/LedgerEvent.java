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
    /** The payload as its record type ({@link EventType#payloadType()}). */
    public Object payload() {
        return Json.decode(payloadJson, type.payloadType());
    }

    /** The payload as {@code type}, which must be the event type's payload type. */
    public <T> T payload(Class<T> payloadType) {
        if (!payloadType.equals(type.payloadType())) {
            throw new IllegalArgumentException(type + " carries " + type.payloadType().getSimpleName());
        }
        return Json.decode(payloadJson, payloadType);
    }
}
