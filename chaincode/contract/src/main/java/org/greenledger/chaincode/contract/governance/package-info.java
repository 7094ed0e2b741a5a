/** Governance of the consortium: admitting members, their roles, and key-level endorsement. */
package org.greenledger.chaincode.contract.governance;
