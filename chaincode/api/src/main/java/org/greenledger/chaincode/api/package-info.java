/**
 * GreenLedger's chaincode interface: what clients send and get back. The transaction catalog
 * ({@link org.greenledger.chaincode.api.Transaction}: each transaction once, typed with its request
 * and result), request and record types (validated in
 * their constructors), event types, error codes ({@link org.greenledger.chaincode.api.ErrorCode})
 * and the one JSON codec ({@link org.greenledger.chaincode.api.Json}).
 */
package org.greenledger.chaincode.api;
