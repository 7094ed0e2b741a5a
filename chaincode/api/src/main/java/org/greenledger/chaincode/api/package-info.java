/**
 * GreenLedger's chaincode interface: what clients send and get back. Transaction names
 * ({@link org.greenledger.chaincode.api.Transaction}), request and record types (validated in
 * their constructors), event types, error codes ({@link org.greenledger.chaincode.api.ErrorCode})
 * and the one JSON codec ({@link org.greenledger.chaincode.api.Json}).
 */
package org.greenledger.chaincode.api;
