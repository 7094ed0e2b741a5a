package org.greenledger.chaincode.api;

/**
 * A write's request that the chaincode applies at most once, however often it is sent: the SDK
 * may send it again after a read conflict or a split endorsement, and the transaction catalog
 * counts its transactions as replay-safe ({@link Transaction#replaySafe()}).
 *
 * <p>A request earns this in one of two ways. Value-moving requests
 * carry a client-chosen id (a request, subscription, trade, transfer, retirement, cancellation or
 * import id) that the chaincode's one replay rule remembers: the same request from the same org
 * gets the first result, any other use of the id is refused with REQUEST_ID_REUSED. Records that
 * are keyed by their own id or period (an allocation, a monitoring report, a document, an impact
 * report or its attestation) return the record for the same request and refuse a different one
 * (ALREADY_EXISTS, or a revision for an unattested impact report).
 *
 * <p>Never put it on a request whose second sending would apply it again: the retry would then
 * apply a write twice.
 */
public interface Idempotent {
}
