package org.greenledger.chaincode.api.history;

import java.time.Instant;

/**
 * One committed change of a ledger record, for the regulator's history.
 *
 * @param transactionId the transaction that made it
 * @param at            its time
 * @param deleted       whether the record was removed
 * @param value         the record's JSON after the change (null if deleted)
 */
public record RecordChange(String transactionId, Instant at, boolean deleted, String value) {
}
