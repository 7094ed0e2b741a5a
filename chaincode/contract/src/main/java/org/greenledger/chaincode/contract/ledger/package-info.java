/** World-state access: composite keys, JSON records, range reads, transaction time and events. */
package org.greenledger.chaincode.contract.ledger;
