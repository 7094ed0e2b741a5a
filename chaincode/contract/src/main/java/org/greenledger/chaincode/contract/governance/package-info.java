/** Governance of the consortium: member orgs and their roles. */
package org.greenledger.chaincode.contract.governance;
