/**
 * GreenLedger's chaincode: contracts per concept (governance, accounts), with access control in
 * {@link org.greenledger.chaincode.contract.access} and state access in
 * {@link org.greenledger.chaincode.contract.ledger}.
 */
package org.greenledger.chaincode.contract;
