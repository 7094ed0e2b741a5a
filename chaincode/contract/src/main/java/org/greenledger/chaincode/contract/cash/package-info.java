/** Deposit tokens: minted and burned by the bank that owes them, for its own clients' accounts. */
package org.greenledger.chaincode.contract.cash;
