/** Chaincode event names and payloads. */
package org.greenledger.chaincode.api.event;
